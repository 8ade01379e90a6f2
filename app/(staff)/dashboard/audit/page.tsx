import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { auditFiltersSchema, auditJson, searchAudit } from "@/lib/audit/search";
import { requireArea } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The audit log, searchable and read-only: there is no way to change an entry from the app. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("/dashboard/audit");
  const params = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = auditFiltersSchema.parse(params);
  const [t, format, page] = await Promise.all([
    getTranslations("staff.audit"),
    getFormatter(),
    searchAudit(db(), filters, { regionCode: user.role === "ADMIN" ? null : user.regionCode, userId: user.id }),
  ]);
  const input = "mt-1 block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-2";
  const nextQuery = new URLSearchParams(
    Object.entries({ ...filters, before: page.next }).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <form className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-3" aria-label={t("filters")}>
        {(["action", "entityId", "actor"] as const).map((name) => (
          <label key={name}>
            <span className="font-medium">{t(`fields.${name}`)}</span>
            <input name={name} defaultValue={filters[name] ?? ""} className={input} />
          </label>
        ))}
        <label>
          <span className="font-medium">{t("fields.entity")}</span>
          <select name="entity" defaultValue={filters.entity ?? ""} className={input}>
            <option value="">{t("all")}</option>
            {auditFiltersSchema.shape.entity.unwrap().unwrap().options.map((e) => (
              <option key={e} value={e}>{e}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="font-medium">{t("fields.from")}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={input} />
        </label>
        <label>
          <span className="font-medium">{t("fields.to")}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={input} />
        </label>
        <div className="flex gap-3 sm:col-span-3">
          <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white">{t("search")}</button>
          <Link href="/dashboard/audit" className="inline-flex min-h-11 items-center px-2 font-medium text-brand-700 underline">{t("reset")}</Link>
        </div>
      </form>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-2" data-testid="audit-log">
          {page.rows.map((entry) => (
            <li key={String(entry.id)} className="rounded-xl bg-white p-3 text-sm shadow-sm">
              <p className="font-semibold">
                {entry.action} · {entry.entity} {entry.entityId}
              </p>
              <p className="text-slate-700">
                {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" })} ·{" "}
                {entry.actorName ? `${entry.actorName} (${entry.actorRole})` : t("system")} · {t("from")} {entry.ip ?? "-"}
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
      )}
      {page.next && <ButtonLink href={`/dashboard/audit?${nextQuery}`}>{t("next")}</ButtonLink>}
    </div>
  );
}
