import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/figures";
import { DashboardSection } from "./dashboard-section";
import { withFilter, type DashboardFilters } from "@/lib/dashboard/filters";

/** Branches ranked by participants; each drills down to that branch. */
export async function BranchLeague({ league, filters }: { league: DashboardData["league"]; filters: DashboardFilters }) {
  const td = await getTranslations("staff.dashboard");
  return (
    <DashboardSection id="league" title={td("league")} empty={league.length === 0 ? td("noData") : undefined}>
      <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="branch-league">
        {league.map((b) => (
          <li key={b.branchId}>
            <Link href={withFilter(filters, "branch", b.branchId)} className="text-brand-700 underline">
              {b.name}
            </Link>
            : <span className="font-semibold tabular-nums">{b.participants.toLocaleString("id-ID")}</span>
          </li>
        ))}
      </ol>
    </DashboardSection>
  );
}
