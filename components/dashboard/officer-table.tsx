import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { DashboardSection } from "./dashboard-section";
import { formatRupiah } from "@/lib/domain/money";
import { withFilter, type DashboardFilters } from "@/lib/dashboard/filters";

/** Per BJB officer (or the API key, which has none) and branch: participants, clients, first payments, arrears; the BJB view only. */
export async function OfficerTable({ officers, filters }: { officers: DashboardData["officers"]; filters: DashboardFilters }) {
  const td = await getTranslations("staff.dashboard");
  return (
    <DashboardSection id="officers" title={td("officers")} empty={officers.length === 0 ? td("noData") : undefined}>
      <p className="mb-2 text-sm text-slate-600">{td("officersIntro")}</p>
      <FigureTable
        caption={td("officers")}
        testId="officer-table"
        columns={[
          { label: td("officer") },
          { label: td("branch") },
          { label: td("total"), numeric: true },
          { label: td("newThisMonth"), numeric: true },
          { label: td("clients"), numeric: true },
          { label: td("firstPayments"), numeric: true },
          { label: td("clientArrears"), numeric: true },
        ]}
        rows={officers.map((o) => ({
          key: `${o.branchId}-${o.officerId ?? "api"}`,
          head: o.name ?? td("apiKey"),
          cells: [
            <Link key="branch" href={withFilter(filters, "branch", o.branchId)} className="text-brand-700 underline">
              {o.branchName}
            </Link>,
            o.participants.toLocaleString("id-ID"),
            o.newThisMonth.toLocaleString("id-ID"),
            o.clients.toLocaleString("id-ID"),
            o.paying.toLocaleString("id-ID"),
            formatRupiah(Number(o.arrears)),
          ],
        }))}
      />
    </DashboardSection>
  );
}
