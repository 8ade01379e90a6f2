import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { TrendTable } from "@/components/staff/trend-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { CATEGORIES, CHANNELS } from "@/lib/stats/queries";
import { monthLabels } from "./month-labels";

/** The twelve months up to the chosen date, by category and by channel: a chart of each, then its table. */
export async function TrendSection({ data }: { data: Pick<DashboardData, "trendByCategory" | "trendByChannel"> }) {
  const [td, format] = await Promise.all([getTranslations("staff.dashboard"), getFormatter()]);
  const months = data.trendByCategory.map((r) => r.month);
  const labels = monthLabels(format, months);
  const range = { from: months[0] ?? "", to: months.at(-1) ?? "" };
  const chart = (
    id: string,
    what: string,
    columns: readonly string[],
    rows: DashboardData["trendByCategory"],
    label: (c: string) => string,
  ) => (
    <BarChart
      id={id}
      title={what}
      summary={td("chartSummary", { what, ...range })}
      labels={labels}
      stacked
      series={columns.map((c) => ({ key: c, label: label(c), values: rows.map((r) => r.values[c] ?? 0) }))}
    />
  );
  const channelLabel = (c: string) => td(`channels.${c as (typeof CHANNELS)[number]}`);
  return (
    <section className="space-y-6 rounded-xl bg-white p-4 shadow-sm" data-testid="trend-section">
      {data.trendByCategory.length === 0 ? (
        <p className="text-slate-600">{td("noData")}</p>
      ) : (
        <>
          {chart("new-by-category", td("chartNewByCategory"), CATEGORIES, data.trendByCategory, (c) => c)}
          <TrendTable
            caption={td("trendCategory")}
            columns={CATEGORIES}
            rows={data.trendByCategory}
            columnLabel={(c) => c}
            monthLabel={td("month")}
          />
          {chart("new-by-channel", td("chartNewByChannel"), CHANNELS, data.trendByChannel, channelLabel)}
          <TrendTable
            caption={td("trendChannel")}
            columns={CHANNELS}
            rows={data.trendByChannel}
            columnLabel={channelLabel}
            monthLabel={td("month")}
          />
        </>
      )}
    </section>
  );
}
