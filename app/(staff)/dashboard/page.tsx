import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegencyTileMap } from "@/components/staff/regency-tile-map";
import { TrendTable } from "@/components/staff/trend-table";
import { requireArea } from "@/lib/auth/session";
import { dashboardFigures } from "@/lib/dashboard/figures";
import { dashboardFilters, filterQuery, withFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/client";
import { formatRupiah } from "@/lib/domain/money";
import { BANTEN_REGENCIES, regencyName } from "@/lib/domain/regions";
import { REFERRAL_STATUSES } from "@/lib/credit/schema";
import { CATEGORIES, CHANNELS } from "@/lib/stats/queries";

export default async function StaffDashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("/dashboard");
  const filters = dashboardFilters(await searchParams, user);
  const [t, tc, td, tr, data] = await Promise.all([
    getTranslations("staff"),
    getTranslations("category"),
    getTranslations("staff.dashboard"),
    getTranslations("officer.credit"),
    dashboardFigures(db(), filters),
  ]);
  const regionLocked = user.role === "BPJS_STAFF" && Boolean(user.regionCode);
  const select = "mt-1 block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-2";
  const listHref = (category?: string) => `/dashboard/peserta${filterQuery(filters, { category: category ?? filters.category })}`;
  const cards: [string, string, string, string?][] = [
    ["total", td("total"), data.participants.total.toLocaleString("id-ID"), listHref()],
    ...CATEGORIES.map((c): [string, string, string, string] => [c, tc(c), data.participants[c].toLocaleString("id-ID"), listHref(c)]),
    ["companies", td("activeCompanies"), data.activeCompanies.toLocaleString("id-ID")],
    ["new", td("newThisMonth"), data.newThisMonth.toLocaleString("id-ID")],
    ["billed", td("billed"), formatRupiah(Number(data.moneyTotals.billed))],
    ["collected", td("collected"), formatRupiah(Number(data.moneyTotals.collected))],
    ["arrears", td("arrears"), formatRupiah(Number(data.moneyTotals.arrears))],
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-700">{t("scope", { region: filters.regency ? (regencyName(filters.regency) ?? filters.regency) : t("allBanten") })}</p>
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
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="w-full text-sm whitespace-nowrap" data-testid="regency-table">
            <caption className="sr-only">{td("regencyTable")}</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col">{td("regency")}</th>
                {CATEGORIES.map((c) => (
                  <th key={c} scope="col" className="px-1 text-right">{c}</th>
                ))}
                <th scope="col" className="text-right">{td("total")}</th>
              </tr>
            </thead>
            <tbody>
              {data.byRegency.map((r) => (
                <tr key={r.code} className="border-t border-slate-100">
                  <th scope="row" className="text-left font-normal">
                    <Link href={withFilter(filters, "regency", r.code)} className="text-brand-700 underline">{r.name}</Link>
                  </th>
                  {CATEGORIES.map((c) => (
                    <td key={c} className="px-1 text-right tabular-nums">{r[c].toLocaleString("id-ID")}</td>
                  ))}
                  <td className="text-right font-semibold tabular-nums">{r.total.toLocaleString("id-ID")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
                  {b.name}: <span className="font-semibold tabular-nums">{b.participants.toLocaleString("id-ID")}</span>
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

      <section aria-labelledby="money" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="money" className="mb-2 text-lg font-semibold">{td("money")}</h2>
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="w-full text-sm whitespace-nowrap" data-testid="money-table">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col">{td("period")}</th>
                <th scope="col">{td("category")}</th>
                <th scope="col" className="text-right">{td("billed")}</th>
                <th scope="col" className="text-right">{td("collected")}</th>
                <th scope="col" className="text-right">{td("arrears")}</th>
              </tr>
            </thead>
            <tbody>
              {data.money.map((m) => (
                <tr key={`${m.period}-${m.category}`} className="border-t border-slate-100">
                  <th scope="row" className="text-left font-normal">{m.period}</th>
                  <td>{m.category}</td>
                  <td className="text-right tabular-nums">{formatRupiah(Number(m.billed))}</td>
                  <td className="text-right tabular-nums">{formatRupiah(Number(m.collected))}</td>
                  <td className="text-right tabular-nums">{formatRupiah(Number(m.arrears))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
        <Link href="/dashboard/tinjauan" className="font-semibold text-brand-700 underline">
          {t("review.title")}
        </Link>
        <Link href="/dashboard/rekonsiliasi" className="font-semibold text-brand-700 underline">{t("reconciliation.title")}</Link>
      </p>
    </div>
  );
}
