import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegencyTileMap } from "@/components/staff/regency-tile-map";
import { TrendTable } from "@/components/staff/trend-table";
import { FigureTable } from "@/components/ui/figure-table";
import { requireArea } from "@/lib/auth/session";
import { dashboardFigures } from "@/lib/dashboard/figures";
import { dashboardFilters, filterQuery, withFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { BANTEN_REGENCIES, regencyName } from "@/lib/domain/regions";
import { REFERRAL_STATUSES } from "@/lib/credit/schema";
import { CATEGORIES, CHANNELS } from "@/lib/stats/queries";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import type { SessionUser } from "@/lib/auth/credentials";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffDashboard({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea("/dashboard");
  // The check stays outside the boundary (its redirect or 404 keeps its status); the data streams in after it.
  return (
    <Suspense fallback={<LoadingStatus />}>
      <Dashboard user={user} searchParams={searchParams} />
    </Suspense>
  );
}

async function Dashboard({ user, searchParams }: { user: SessionUser; searchParams: SearchParams }) {
  const filters = dashboardFilters(await searchParams, user);
  const [t, tc, td, tr, data] = await Promise.all([
    getTranslations("staff"),
    getTranslations("category"),
    getTranslations("staff.dashboard"),
    getTranslations("officer.credit"),
    dashboardFigures(db(), filters),
  ]);
  const regionLocked = user.role === "BPJS_STAFF" && Boolean(user.regionCode);
  // BJB managers always see the BJB view; BPJS TK's own queues are not theirs.
  const bjbManager = user.role === "BJB_MANAGER";
  const bjbView = filters.via === "bjb";
  const select = "mt-1 block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-2";
  const listHref = (category?: string) => `/dashboard/peserta${filterQuery(filters, { category: category ?? filters.category })}`;
  const cards: [string, string, string, string?][] = [
    ["total", td("total"), data.participants.total.toLocaleString("id-ID"), listHref()],
    ...CATEGORIES.map((c): [string, string, string, string] => [c, tc(c), data.participants[c].toLocaleString("id-ID"), listHref(c)]),
    ["companies", td("activeCompanies"), data.activeCompanies.toLocaleString("id-ID")],
    ["umkm", td("umkmShare"), data.umkmShare === null ? "–" : `${(data.umkmShare * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 })}% (${data.companies.umkm.toLocaleString("id-ID")})`],
    ["new", td("newThisMonth"), data.newThisMonth.toLocaleString("id-ID")],
    ["billed", td("billed"), formatRupiah(Number(data.moneyTotals.billed))],
    ["collected", td("collected"), formatRupiah(Number(data.moneyTotals.collected))],
    ["arrears", td("arrears"), formatRupiah(Number(data.moneyTotals.arrears))],
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{bjbView ? td("bjbTitle") : t("title")}</h1>
        <p className="text-slate-700">{t("scope", { region: filters.regency ? (regencyName(filters.regency) ?? filters.regency) : t("allBanten") })}</p>
        {bjbView && <p className="text-slate-700">{td("bjbScope")}</p>}
      </div>

      <form className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-4" aria-label={td("filters")}>
        <label>
          <span className="font-medium">{td("asOf")}</span>
          <input type="date" name="asOf" defaultValue={filters.asOf} className={select} />
        </label>
        <label>
          <span className="font-medium">{td("regency")}</span>
          <select name="regency" defaultValue={filters.regency ?? ""} disabled={regionLocked} className={select}>
            <option value="">{td("all")}</option>
            {BANTEN_REGENCIES.map((r) => (
              <option key={r.code} value={r.code}>{r.name}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="font-medium">{td("category")}</span>
          <select name="category" defaultValue={filters.category ?? ""} className={select}>
            <option value="">{td("all")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>{tc(c)}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="font-medium">{td("channel")}</span>
          <select name="channel" defaultValue={filters.channel ?? ""} className={select}>
            <option value="">{td("all")}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>{td(`channels.${c}`)}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="font-medium">{td("branch")}</span>
          <select name="branch" defaultValue={filters.branch ?? ""} className={select}>
            <option value="">{td("all")}</option>
            {data.branches.map((b) => (
              <option key={b.id} value={b.id}>{b.name}</option>
            ))}
          </select>
        </label>
        {!bjbManager && (
          <label className="flex min-h-11 items-center gap-2 self-end">
            <input type="checkbox" name="via" value="bjb" defaultChecked={bjbView} className="size-5" />
            <span className="font-medium">{td("viaBjb")}</span>
          </label>
        )}
        <div className="flex gap-3 sm:col-span-4">
          <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white">{td("apply")}</button>
          <Link href="/dashboard" className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 underline">{td("reset")}</Link>
        </div>
      </form>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="dashboard-cards">
        {cards.map(([key, label, value, href]) => (
          <div key={key} className="rounded-xl bg-white p-4 shadow-sm" data-testid={`card-${key}`}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-xl font-bold tabular-nums">
              {href ? <Link href={href} className="text-brand-700 underline decoration-1">{value}</Link> : value}
            </dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="coverage" className="grid gap-4 rounded-xl bg-white p-4 shadow-sm md:grid-cols-2">
        <h2 id="coverage" className="text-lg font-semibold md:col-span-2">{td("coverage")}</h2>
        <RegencyTileMap regencies={data.byRegency} hrefFor={(code) => withFilter(filters, "regency", code)} label={td("mapLabel")} />
        <FigureTable
          caption={td("regencyTable")}
          testId="regency-table"
          columns={[{ label: td("regency") }, ...CATEGORIES.map((c) => ({ label: c, numeric: true })), { label: td("total"), numeric: true }]}
          rows={data.byRegency.map((r) => ({
            key: r.code,
            head: <Link href={withFilter(filters, "regency", r.code)} className="text-brand-700 underline">{r.name}</Link>,
            cells: [...CATEGORIES.map((c) => r[c].toLocaleString("id-ID")), <strong key="total">{r.total.toLocaleString("id-ID")}</strong>],
          }))}
        />
      </section>

      <section className="space-y-6 rounded-xl bg-white p-4 shadow-sm">
        {data.trendByCategory.length === 0 ? (
          <p className="text-slate-600">{td("noData")}</p>
        ) : (
          <>
            <TrendTable caption={td("trendCategory")} columns={CATEGORIES} rows={data.trendByCategory} columnLabel={(c) => c} monthLabel={td("month")} />
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

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="league" className="rounded-xl bg-white p-4 shadow-sm">
          <h2 id="league" className="mb-2 text-lg font-semibold">{td("league")}</h2>
          {data.league.length === 0 ? (
            <p className="text-sm text-slate-600">{td("noData")}</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="branch-league">
              {data.league.map((b) => (
                <li key={b.branchId}>
                  <Link href={withFilter(filters, "branch", b.branchId)} className="text-brand-700 underline">{b.name}</Link>: <span className="font-semibold tabular-nums">{b.participants.toLocaleString("id-ID")}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="referrals" className="rounded-xl bg-white p-4 shadow-sm">
          <h2 id="referrals" className="mb-2 text-lg font-semibold">{td("referrals")}</h2>
          <dl className="grid grid-cols-2 gap-2 text-sm" data-testid="referral-counts">
            {REFERRAL_STATUSES.map((s) => (
              <div key={s}>
                <dt className="text-slate-600">{tr(`statuses.${s}`)}</dt>
                <dd className="font-semibold tabular-nums">{(data.referrals[s] ?? 0).toLocaleString("id-ID")}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      {bjbView && (
        <section aria-labelledby="officers" className="rounded-xl bg-white p-4 shadow-sm">
          <h2 id="officers" className="mb-2 text-lg font-semibold">{td("officers")}</h2>
          {data.officers.length === 0 ? (
            <p className="text-sm text-slate-600">{td("noData")}</p>
          ) : (
            <FigureTable
              caption={td("officers")}
              testId="officer-table"
              columns={[{ label: td("officer") }, { label: td("branch") }, { label: td("total"), numeric: true }, { label: td("newThisMonth"), numeric: true }]}
              rows={data.officers.map((o) => ({
                key: `${o.branchId}-${o.officerId ?? "api"}`,
                head: o.name ?? td("apiKey"),
                cells: [
                  <Link key="branch" href={withFilter(filters, "branch", o.branchId)} className="text-brand-700 underline">{o.branchName}</Link>,
                  o.participants.toLocaleString("id-ID"),
                  o.newThisMonth.toLocaleString("id-ID"),
                ],
              }))}
            />
          )}
        </section>
      )}

      <section aria-labelledby="money" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="money" className="mb-2 text-lg font-semibold">{td("money")}</h2>
        <FigureTable
          caption={td("money")}
          testId="money-table"
          columns={[
            { label: td("period") }, { label: td("category") },
            { label: td("billed"), numeric: true }, { label: td("collected"), numeric: true }, { label: td("arrears"), numeric: true },
          ]}
          rows={data.money.map((m) => ({
            key: `${m.period}-${m.category}`,
            head: m.period,
            cells: [m.category, formatRupiah(Number(m.billed)), formatRupiah(Number(m.collected)), formatRupiah(Number(m.arrears))],
          }))}
        />
      </section>

      <p className="flex flex-wrap gap-4">
        <Link href={listHref()} className="font-semibold text-brand-700 underline">
          {td("seeList")}
        </Link>
        <a href={`/dashboard/ringkasan/ekspor${filterQuery(filters)}&format=csv`} download className="font-semibold text-brand-700 underline">
          {td("summaryCsv")}
        </a>
        <a href={`/dashboard/ringkasan/ekspor${filterQuery(filters)}&format=xlsx`} download className="font-semibold text-brand-700 underline">
          {td("summaryXlsx")}
        </a>
        {!bjbManager && (
          <>
            <Link href="/dashboard/tinjauan" className="font-semibold text-brand-700 underline">
              {t("review.title")}
            </Link>
            <Link href="/dashboard/rekonsiliasi" className="font-semibold text-brand-700 underline">{t("reconciliation.title")}</Link>
            <Link href="/dashboard/audit" className="font-semibold text-brand-700 underline">{t("audit.link")}</Link>
          </>
        )}
      </p>
    </div>
  );
}
