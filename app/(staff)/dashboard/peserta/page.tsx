import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ExportRequestForm } from "@/components/dashboard/export-request-form";
import { ButtonLink } from "@/components/ui/button";
import { authorize } from "@/lib/auth/session";
import { dashboardFilters, filterQuery, filterValues } from "@/lib/dashboard/filters";
import { listParticipants } from "@/lib/dashboard/participants";
import { readDb } from "@/lib/db/database";
import { env } from "@/lib/env";
import { expectedExportRows } from "@/lib/exports/participant-export";
import { regencyName } from "@/lib/domain/regions";
import { PARTICIPANT_STATUSES } from "@/lib/participants/statuses";

/** The participants behind the dashboard's figures, with the same filters. */
export default async function ParticipantListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await authorize("dashboard.read");
  const params = await searchParams;
  const filters = dashboardFilters(params, access);
  const after = typeof params.after === "string" ? params.after : undefined;
  const [t, te, tc, ts, format, page, rows] = await Promise.all([
    getTranslations("staff.dashboard"),
    getTranslations("staff.exports"),
    getTranslations("category"),
    getTranslations("status"),
    getFormatter(),
    listParticipants(readDb(), filters, after),
    expectedExportRows(readDb(), filters),
  ]);
  const query = filterQuery(filters);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("listTitle")}</h1>
      <p className="text-slate-700">
        {t("asOf")} {filters.asOf} · {filters.regency ? regencyName(filters.regency) : t("all")}
        {filters.category && ` · ${tc(filters.category)}`}
        {filters.channel && ` · ${t(`channels.${filters.channel}`)}`}
      </p>
      {rows > env.EXPORT_DIRECT_MAX_ROWS && <ExportRequestForm rows={rows} filters={filterValues(filters)} />}
      <div className="flex flex-wrap gap-3">
        {rows <= env.EXPORT_DIRECT_MAX_ROWS && (
          <>
            <a href={`/dashboard/peserta/ekspor${query}&format=csv`} download className="font-semibold text-brand-700 underline">
              {t("exportCsv")}
            </a>
            <a href={`/dashboard/peserta/ekspor${query}&format=xlsx`} download className="font-semibold text-brand-700 underline">
              {t("exportXlsx")}
            </a>
          </>
        )}
        <Link href="/dashboard/ekspor" className="font-medium text-brand-700 underline">
          {te("mine")}
        </Link>
        <Link href={`/dashboard${query}`} className="font-medium text-brand-700 underline">
          {t("back")}
        </Link>
      </div>
      <nav aria-label={t("columns.status")} className="flex flex-wrap gap-3 text-sm" data-testid="status-filter">
        {[undefined, ...PARTICIPANT_STATUSES].map((status) => (
          <Link
            key={status ?? "all"}
            href={`/dashboard/peserta${filterQuery(filters, { status })}`}
            aria-current={filters.status === status ? "page" : undefined}
            className={filters.status === status ? "font-bold text-brand-900" : "font-medium text-brand-700 underline"}
          >
            {status ? ts(status) : t("statusAll")}
          </Link>
        ))}
      </nav>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{t("noData")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm" data-testid="participant-list">
          {page.rows.map((p) => (
            <li key={p.id} className="p-3 text-sm">
              <span className="font-medium">{p.name}</span> · KPJ {p.kpj} · {p.nik}
              <span className="block text-slate-600">
                {tc(p.category as "PU")} · {t(`channels.${p.channel as "SELF"}`)} · {ts(p.status as "ACTIVE")}
                {p.statusNote && ` (${p.statusNote})`} · {p.regency} · {format.dateTime(p.createdAt, { dateStyle: "medium" })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {page.next && <ButtonLink href={`/dashboard/peserta${query}&after=${page.next}`}>{t("next")}</ButtonLink>}
    </div>
  );
}
