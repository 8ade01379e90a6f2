import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { RETENTION_MARKS, type RetentionRow, type Share } from "@/lib/domain/bpu-retention";
import { regencyName } from "@/lib/domain/regions";
import { DashboardSection } from "./dashboard-section";

type Retention = NonNullable<DashboardData["retention"]>;

const MARKS = [0, ...RETENTION_MARKS] as const;

/** A reading aid only (the percentage is the figure): a lighter green where fewer went on paying. */
const shade = (share: number) => ({
  backgroundColor: `color-mix(in srgb, var(--color-brand-100) ${Math.round(share * 100)}%, transparent)`,
});

/** BPU retention: per registration month, then per regency and per channel, the share paying at each mark. */
export async function RetentionSection({ retention }: { retention: Retention }) {
  const td = await getTranslations("staff.dashboard");
  const cell = (share: Share) =>
    share ? (
      <span className="block rounded px-1" style={shade(share.paid / share.of)} title={td("shareOf", share)}>
        {((share.paid / share.of) * 100).toLocaleString("id-ID", { maximumFractionDigits: 0 })}%
      </span>
    ) : (
      "–"
    );
  const columns = (first: string) => [
    { label: first },
    { label: td("registered"), numeric: true },
    ...MARKS.map((m) => ({ label: m === 0 ? td("firstMonthPaid") : td("monthsAfter", { months: m }), numeric: true })),
  ];
  const rows = (list: RetentionRow[], head: (key: string) => string) =>
    list.map((r) => ({
      key: r.key,
      head: head(r.key),
      cells: [r.participants.toLocaleString("id-ID"), ...MARKS.map((m) => cell(r.shares[m]))],
    }));
  return (
    <DashboardSection id="retention" title={td("retention")} empty={retention.byCohort.length ? undefined : td("retentionEmpty")}>
      <p className="mb-3 text-sm text-slate-600">{td("retentionIntro")}</p>
      <FigureTable
        caption={td("retention")}
        testId="retention-cohorts"
        columns={columns(td("cohort"))}
        rows={rows(retention.byCohort, (k) => k)}
      />
      <div className="mt-4 grid items-start gap-4 xl:grid-cols-2 [&>*]:min-w-0">
        <FigureTable
          caption={td("retentionByRegency")}
          captionVisible
          testId="retention-by-regency"
          columns={columns(td("regency"))}
          rows={rows(retention.byRegency, (k) => regencyName(k) ?? k)}
        />
        <FigureTable
          caption={td("retentionByChannel")}
          captionVisible
          testId="retention-by-channel"
          columns={columns(td("channel"))}
          rows={rows(retention.byChannel, (k) => td(`channels.${k as "SELF"}`))}
        />
      </div>
    </DashboardSection>
  );
}
