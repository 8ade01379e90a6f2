import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BranchLeague } from "@/components/dashboard/branch-league";
import { CoverageSection } from "@/components/dashboard/coverage-section";
import { DashboardLinks } from "@/components/dashboard/dashboard-links";
import { FilterForm } from "@/components/dashboard/filter-form";
import { FunnelSection } from "@/components/dashboard/funnel-section";
import { MoneyTable } from "@/components/dashboard/money-table";
import { OfficerTable } from "@/components/dashboard/officer-table";
import { ReachSection } from "@/components/dashboard/reach-section";
import { ReferralCounts } from "@/components/dashboard/referral-counts";
import { RetentionSection } from "@/components/dashboard/retention-section";
import { SponsoredSection } from "@/components/dashboard/sponsored-section";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { TrendSection } from "@/components/dashboard/trend-section";
import { LoadingStatus } from "@/components/loading-status";
import { regionScope, throughBjbOnly } from "@/lib/auth/scope";
import { authorize, type UserAccess } from "@/lib/auth/session";
import { dashboardFigures } from "@/lib/dashboard/figures";
import { dashboardFilters, filterQuery } from "@/lib/dashboard/filters";
import { readDb, readSource } from "@/lib/db/database";
import { regencyName } from "@/lib/domain/regions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffDashboard({ searchParams }: { searchParams: SearchParams }) {
  const access = await authorize("dashboard.read");
  // The check stays outside the boundary (its redirect or 404 keeps its status); the data streams in after it.
  return (
    <Suspense fallback={<LoadingStatus />}>
      <Dashboard access={access} searchParams={searchParams} />
    </Suspense>
  );
}

async function Dashboard({ access, searchParams }: { access: UserAccess; searchParams: SearchParams }) {
  const filters = dashboardFilters(await searchParams, access);
  // One read for every section; each section loads only its own translations.
  const [t, td, data, source] = await Promise.all([
    getTranslations("staff"),
    getTranslations("staff.dashboard"),
    dashboardFigures(readDb(), filters),
    readSource(),
  ]);
  // BJB management always sees the BJB view; BPJS TK's own queues are not theirs.
  const bjbManager = throughBjbOnly(access);
  const bjbView = filters.via === "bjb";
  const listHref = (category?: string) => `/dashboard/peserta${filterQuery(filters, { category: category ?? filters.category })}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{bjbView ? td("bjbTitle") : t("title")}</h1>
        <p className="text-slate-700">
          {t("scope", { region: filters.regency ? (regencyName(filters.regency) ?? filters.regency) : t("allBanten") })}
        </p>
        {bjbView && <p className="text-slate-700">{td("bjbScope")}</p>}
        {/* Read from a streaming replica: how old the figures may be (issue 17.8). */}
        {source.replica && (
          <p className="text-sm text-slate-600" data-testid="replica-lag">
            {td("replicaLag", { seconds: Math.round(source.lagSeconds) })}
          </p>
        )}
      </div>
      <FilterForm
        filters={filters}
        branches={data.branches}
        regionLocked={regionScope(access).regionCode !== null}
        bjbManager={bjbManager}
      />
      <SummaryCards data={data} listHref={listHref} />
      <CoverageSection regencies={data.byRegency} filters={filters} />
      {/* At a desk, side by side; on a phone, one after another. */}
      <div className="grid items-start gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <TrendSection data={data} />
        <MoneyTable data={data} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <BranchLeague league={data.league} filters={filters} />
        <ReferralCounts referrals={data.referrals} />
      </div>
      {bjbView && <OfficerTable data={data} filters={filters} />}
      {/* BPJS TK's own follow-up of BPU cover; BJB management's view is its enrollments. */}
      {!bjbView && (
        <div className="grid items-start gap-6 xl:grid-cols-2 [&>*]:min-w-0">
          <ReachSection reach={data.reach} />
          <SponsoredSection payers={data.payers} programmes={data.programmes} />
        </div>
      )}
      {data.retention && <RetentionSection retention={data.retention} />}
      {data.funnel && <FunnelSection funnel={data.funnel} />}
      <DashboardLinks filters={filters} listHref={listHref()} />
    </div>
  );
}
