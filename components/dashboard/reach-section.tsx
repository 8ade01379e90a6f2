import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { regencyName } from "@/lib/domain/regions";
import type { ReachMonth } from "@/lib/stats/reach";
import { DashboardSection } from "./dashboard-section";

const count = (n: number) => n.toLocaleString("id-ID");
const percent = (share: number) => `${(share * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 })}%`;

/** Reminders sent and paid within 7 days, and BPU cover lapsed, per month; the lapse rate per regency beside it. */
export async function ReachSection({ reach }: { reach: DashboardData["reach"] }) {
  const td = await getTranslations("staff.dashboard");
  // Unknown where the month's start was not counted; a dash where nobody was active to lapse.
  const rate = (m: ReachMonth) => (m.bpuActiveAtStart === null ? td("unknown") : m.lapseRate === null ? "–" : percent(m.lapseRate));
  return (
    <DashboardSection id="reach" title={td("reach")} empty={reach.months.length ? undefined : td("reachEmpty")}>
      <p className="mb-3 text-sm text-slate-600">{td("reachIntro")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <FigureTable
          caption={td("reach")}
          testId="reach-table"
          columns={[
            { label: td("month") },
            { label: td("remindersSent"), numeric: true },
            { label: td("paidWithin7Days"), numeric: true },
            { label: td("bpuActiveAtStart"), numeric: true },
            { label: td("bpuLapsed"), numeric: true },
            { label: td("lapseRate"), numeric: true },
          ]}
          rows={reach.months.map((m) => ({
            key: m.month,
            head: m.month,
            cells: [
              count(m.remindersSent),
              m.paidShare === null ? "–" : `${count(m.paidWithin7Days)} (${percent(m.paidShare)})`,
              m.bpuActiveAtStart === null ? td("unknown") : count(m.bpuActiveAtStart),
              count(m.bpuLapsed),
              rate(m),
            ],
          }))}
        />
        <FigureTable
          caption={td("lapseByRegency")}
          captionVisible
          testId="lapse-by-regency"
          columns={[{ label: td("regency") }, ...reach.months.map((m) => ({ label: m.month, numeric: true }))]}
          rows={reach.byRegency.map((r) => ({
            key: r.regencyCode,
            head: regencyName(r.regencyCode) ?? r.regencyCode,
            cells: r.months.map(rate),
          }))}
        />
      </div>
    </DashboardSection>
  );
}
