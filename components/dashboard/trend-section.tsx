import { getTranslations } from "next-intl/server";
import { TrendTable } from "@/components/staff/trend-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { CATEGORIES, CHANNELS } from "@/lib/stats/queries";

/** The twelve months up to the chosen date, by category and by channel. */
export async function TrendSection({ data }: { data: Pick<DashboardData, "trendByCategory" | "trendByChannel"> }) {
  const td = await getTranslations("staff.dashboard");
  return (
    <section className="space-y-6 rounded-xl bg-white p-4 shadow-sm" data-testid="trend-section">
      {data.trendByCategory.length === 0 ? (
        <p className="text-slate-600">{td("noData")}</p>
      ) : (
        <>
          <TrendTable
            caption={td("trendCategory")}
            columns={CATEGORIES}
            rows={data.trendByCategory}
            columnLabel={(c) => c}
            monthLabel={td("month")}
          />
          <TrendTable
            caption={td("trendChannel")}
            columns={CHANNELS}
            rows={data.trendByChannel}
            columnLabel={(c) => td(`channels.${c as (typeof CHANNELS)[number]}`)}
            monthLabel={td("month")}
          />
        </>
      )}
    </section>
  );
}
