import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { DashboardSection } from "./dashboard-section";
import { formatRupiah } from "@/lib/domain/money";

/** Billed, collected and in arrears, per period and category. */
export async function MoneyTable({ money }: { money: DashboardData["money"] }) {
  const td = await getTranslations("staff.dashboard");
  return (
    <DashboardSection id="money" title={td("money")}>
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
        rows={money.map((m) => ({
          key: `${m.period}-${m.category}`,
          head: m.period,
          cells: [m.category, formatRupiah(Number(m.billed)), formatRupiah(Number(m.collected)), formatRupiah(Number(m.arrears))],
        }))}
      />
    </DashboardSection>
  );
}
