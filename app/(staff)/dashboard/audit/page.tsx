import Link from "next/link";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { FILTER_CONTROL, FilterSelect } from "@/components/ui/filter-select";
import { Suspense } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LoadingStatus } from "@/components/loading-status";
import { Button, ButtonLink } from "@/components/ui/button";
import {
  AUDIT_ENTITIES,
  auditFiltersSchema,
  auditJson,
  searchAudit,
  type AuditEntity,
  type AuditFilters,
  type AuditScope,
} from "@/lib/audit/search";
import { regionScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import type { Role } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/database";
import { firstValues, queryString } from "@/lib/http/search-params";

/** The audit log, searchable and read-only: there is no way to change an entry from the app. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await authorize("audit.read");
  const filters = auditFiltersSchema.parse(firstValues(await searchParams));
  const t = await getTranslations("staff.audit");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-3" aria-label={t("filters")}>
        {(["action", "entityId", "actor"] as const).map((name) => (
          <label key={name}>
            <span className="font-medium">{t(`fields.${name}`)}</span>
            <input name={name} defaultValue={filters[name] ?? ""} className={FILTER_CONTROL} />
          </label>
        ))}
        <FilterSelect
          name="entity"
          label={t("fields.entity")}
          value={filters.entity}
          anyLabel={t("all")}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`entities.${e}`) }))}
        />
        <label>
          <span className="font-medium">{t("fields.from")}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={FILTER_CONTROL} />
        </label>
        <label>
          <span className="font-medium">{t("fields.to")}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={FILTER_CONTROL} />
        </label>
        <div className="flex gap-3 sm:col-span-3">
          <Button type="submit">{t("search")}</Button>
          <Link href="/dashboard/audit" className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 underline">
            {t("reset")}
          </Link>
        </div>
      </form>
      {/* The search can take a moment over a long log: the form stays usable while it runs. */}
      <Suspense key={queryString(filters)} fallback={<LoadingStatus />}>
        <AuditEntries filters={filters} scope={{ ...regionScope(access), userId: access.user.id }} />
      </Suspense>
    </div>
  );
}

async function AuditEntries({ filters, scope }: { filters: AuditFilters; scope: AuditScope }) {
  const [t, format, page] = await Promise.all([getTranslations("staff.audit"), getFormatter(), searchAudit(db(), filters, scope)]);
  // Records the search does not offer (a billing period, say) keep their own name.
  const entityName = (entity: string) =>
    (AUDIT_ENTITIES as readonly string[]).includes(entity) ? t(`entities.${entity as AuditEntity}`) : entity;
  if (page.rows.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <>
      <ol className="space-y-2" data-testid="audit-log">
        {page.rows.map((entry) => (
          <li key={String(entry.id)} className="rounded-xl bg-white p-3 text-sm shadow-sm">
            <p className="font-semibold">
              {entry.action} · {entityName(entry.entity)} {entry.entityId}
            </p>
            <p className="text-slate-700">
              {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium", timeZone: JAKARTA_TZ })} ·{" "}
              {entry.actorName ? `${entry.actorName} (${entry.actorRole ? t(`roles.${entry.actorRole as Role}`) : "-"})` : t("system")} ·{" "}
              {t("from")} {entry.ip ?? "-"}
            </p>
            {(entry.before !== null || entry.after !== null) && (
              <dl className="mt-1 grid gap-1 font-mono text-xs break-all">
                {entry.before !== null && (
                  <div>
                    <dt className="inline font-sans font-medium">{t("before")}: </dt>
                    <dd className="inline">{auditJson(entry.before)}</dd>
                  </div>
                )}
                {entry.after !== null && (
                  <div>
                    <dt className="inline font-sans font-medium">{t("after")}: </dt>
                    <dd className="inline">{auditJson(entry.after)}</dd>
                  </div>
                )}
              </dl>
            )}
          </li>
        ))}
      </ol>
      {page.next && <ButtonLink href={`/dashboard/audit${queryString({ ...filters, before: page.next })}`}>{t("next")}</ButtonLink>}
    </>
  );
}
