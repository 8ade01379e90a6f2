import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { DashboardSection } from "./dashboard-section";
import { formatRupiah } from "@/lib/domain/money";
import { withFilter, type DashboardFilters } from "@/lib/dashboard/filters";
import { PERFORMANCE_COLUMNS, type Performance } from "@/lib/dashboard/performance";

/**
 * Per BJB officer (or the API key, which has none) and per branch: participants, clients, first payments, arrears,
 * and the self-registrations their campaigns brought; the BJB view only.
 */
export async function OfficerTable({
  data,
  filters,
}: {
  data: Pick<DashboardData, "officers" | "branchPerformance">;
  filters: DashboardFilters;
}) {
  const td = await getTranslations("staff.dashboard");
  const figureColumns = PERFORMANCE_COLUMNS.map((c) => ({ label: td(c.label), numeric: true }));
  const figures = (p: Performance) =>
    PERFORMANCE_COLUMNS.map(({ key }) => (key === "arrears" ? formatRupiah(Number(p.arrears)) : p[key].toLocaleString("id-ID")));
  const branchLink = (branchId: string, name: string) => (
    <Link key="branch" href={withFilter(filters, "branch", branchId)} className="text-brand-700 underline">
      {name}
    </Link>
  );
  return (
    <DashboardSection id="officers" title={td("officers")} empty={data.officers.length === 0 ? td("noData") : undefined}>
      <div className="space-y-4">
        <p className="text-sm text-slate-600">{td("officersIntro")}</p>
        <FigureTable
          caption={td("officers")}
          testId="officer-table"
          columns={[{ label: td("officer") }, { label: td("branch") }, ...figureColumns]}
          rows={data.officers.map((o) => ({
            key: `${o.branchId}-${o.officerId ?? "api"}`,
            head: o.name ?? td("apiKey"),
            cells: [branchLink(o.branchId, o.branchName), ...figures(o)],
          }))}
        />
        <FigureTable
          caption={td("branchPerformance")}
          captionVisible
          testId="branch-performance"
          columns={[{ label: td("branch") }, ...figureColumns]}
          rows={data.branchPerformance.map((b) => ({ key: b.branchId, head: branchLink(b.branchId, b.branchName), cells: figures(b) }))}
        />
      </div>
    </DashboardSection>
  );
}
