import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import { FUNNEL_STEPS, type FunnelRow } from "@/lib/domain/funnel";

const count = (n: number) => n.toLocaleString("id-ID");
const percent = (share: number | null) =>
  share === null ? "–" : `${(share * 100).toLocaleString("id-ID", { maximumFractionDigits: share < 0.1 ? 1 : 0 })}%`;

/** Each step with its count, its share of the first step and of the step before (a bar for the count). */
export async function FunnelStepsTable({ rows, caption, testId }: { rows: FunnelRow[]; caption: string; testId: string }) {
  const t = await getTranslations("funnel");
  return (
    <FigureTable
      caption={caption}
      testId={testId}
      columns={[
        { label: t("step") },
        { label: t("count"), numeric: true },
        { label: t("ofFirst"), numeric: true },
        { label: t("ofPrevious"), numeric: true },
      ]}
      rows={rows.map((r) => ({
        key: r.step,
        head: t(`steps.${r.step}`),
        cells: [count(r.count), percent(r.ofFirst), percent(r.ofPrevious)],
      }))}
      bars={rows.map((r) => r.count)}
    />
  );
}

/** One row per group (a source, a campaign, a day): its count at every step and the share that paid of those who opened. */
export async function FunnelGroupsTable({
  groups,
  caption,
  first,
  testId,
}: {
  groups: { key: string; head: ReactNode; rows: FunnelRow[] }[];
  caption: string;
  first: string;
  testId: string;
}) {
  // Nothing counted yet: no table of headers alone.
  if (groups.length === 0) return null;
  const t = await getTranslations("funnel");
  return (
    <FigureTable
      caption={caption}
      captionVisible
      testId={testId}
      columns={[
        { label: first },
        ...FUNNEL_STEPS.map((s) => ({ label: t(`short.${s}`), numeric: true })),
        { label: t("conversion"), numeric: true },
      ]}
      rows={groups.map((g) => ({
        key: g.key,
        head: g.head,
        cells: [...g.rows.map((r) => count(r.count)), percent(g.rows.at(-1)!.ofFirst)],
      }))}
    />
  );
}
