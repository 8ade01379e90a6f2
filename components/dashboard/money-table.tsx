import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { AGEING_BUCKETS, type AgeingBucket } from "@/lib/domain/arrears-ageing";
import { formatRupiah } from "@/lib/domain/money";
import { DashboardSection } from "./dashboard-section";
import { monthLabels } from "./month-labels";

const BUCKET_KEY: Record<AgeingBucket, "d0_30" | "d31_60" | "d61_90" | "d90plus"> = {
  "0-30": "d0_30",
  "31-60": "d31_60",
  "61-90": "d61_90",
  "90+": "d90plus",
};

/** Billed, collected and in arrears, per period and category; then the arrears by how long they are overdue. */
export async function MoneyTable({ data }: { data: Pick<DashboardData, "money" | "moneyByMonth" | "ageing"> }) {
  const [td, format] = await Promise.all([getTranslations("staff.dashboard"), getFormatter()]);
  const rupiah = (n: number) => formatRupiah(n);
  const months = data.moneyByMonth.map((m) => m.period);
  const bucketLabel = (b: AgeingBucket) => td(`ageingBuckets.${BUCKET_KEY[b]}`);
  return (
    <DashboardSection id="money" title={td("money")}>
      <div className="space-y-6">
        {months.length > 0 && (
          <BarChart
            id="money-by-month"
            title={td("chartMoney")}
            summary={td("chartSummary", { what: td("chartMoney"), from: months[0]!, to: months.at(-1)! })}
            labels={monthLabels(format, months)}
            format={rupiah}
            series={[
              { key: "billed", label: td("billed"), values: data.moneyByMonth.map((m) => Number(m.billed)) },
              { key: "collected", label: td("collected"), values: data.moneyByMonth.map((m) => Number(m.collected)) },
            ]}
          />
        )}
        <FigureTable
          caption={td("money")}
          testId="money-table"
          columns={[
            { label: td("period") },
            { label: td("category") },
            { label: td("billed"), numeric: true },
            { label: td("collected"), numeric: true },
            { label: td("arrears"), numeric: true },
          ]}
          rows={data.money.map((m) => ({
            key: `${m.period}-${m.category}`,
            head: m.period,
            cells: [m.category, formatRupiah(Number(m.billed)), formatRupiah(Number(m.collected)), formatRupiah(Number(m.arrears))],
          }))}
        />
        <div className="space-y-2">
          <h3 className="font-semibold">{td("ageing")}</h3>
          <p className="text-sm text-slate-600">{td("ageingIntro")}</p>
          <BarChart
            id="arrears-ageing"
            title={td("ageing")}
            summary={td("ageingSummary", {
              parts: AGEING_BUCKETS.map((b) => `${bucketLabel(b)} ${formatRupiah(Number(data.ageing[b]))}`).join("; "),
            })}
            labels={AGEING_BUCKETS.map(bucketLabel)}
            format={rupiah}
            height={160}
            series={[{ key: "arrears", label: td("ageingAmount"), values: AGEING_BUCKETS.map((b) => Number(data.ageing[b])) }]}
          />
          <FigureTable
            caption={td("ageing")}
            testId="ageing-table"
            columns={[{ label: td("ageingBucket") }, { label: td("ageingAmount"), numeric: true }]}
            rows={AGEING_BUCKETS.map((b) => ({ key: b, head: bucketLabel(b), cells: [formatRupiah(Number(data.ageing[b]))] }))}
          />
        </div>
      </div>
    </DashboardSection>
  );
}
