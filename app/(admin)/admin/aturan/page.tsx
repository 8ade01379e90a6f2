import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import { ruleTablesInForce } from "@/lib/admin/rule-tables";
import { authorize } from "@/lib/auth/session";
import { currentPeriod, isPeriod } from "@/lib/domain/billing-period";
import { isSupportedDay } from "@/lib/domain/time";

export const dynamic = "force-dynamic";

/** The rate, relief, wage and limit tables the calculations use in a contribution month: read-only, with sources. */
export default async function RulesPage({ searchParams }: { searchParams: Promise<{ bulan?: string }> }) {
  await authorize("admin.rules");
  const { bulan } = await searchParams;
  // Only a month the calendar knows (issue 15's out-of-range probes): anything else shows this month.
  const period = bulan && isPeriod(bulan) && isSupportedDay(`${bulan}-01`) ? bulan : currentPeriod();
  const t = await getTranslations("admin.rules");
  const tables = ruleTablesInForce(period);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { period })}</p>
      <form className="flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("period")}</span>
          <input type="month" name="bulan" defaultValue={period} className="min-h-11 rounded-lg border border-slate-400 px-3" />
        </label>
        <button className="min-h-11 rounded-lg border border-slate-300 px-4 font-semibold">{t("show")}</button>
      </form>
      {tables.map((table) => (
        <section key={table.id} aria-labelledby={`rule-${table.id}`} className="space-y-2">
          <h2 id={`rule-${table.id}`} className="text-lg font-semibold">
            {t(`tables.${table.id}`)}
          </h2>
          <p className="text-sm text-slate-600">
            {t("source")}: {table.source}
            {table.from && ` · ${t("valid", { from: table.from, to: table.to ?? t("open") })}`}
          </p>
          {table.rows.length ? (
            <FigureTable
              caption={t(`tables.${table.id}`)}
              testId={`rule-${table.id}`}
              columns={table.columns.map((c, i) => ({ label: t(`columns.${c}`), numeric: i > 0 && table.id !== "relief" }))}
              rows={table.rows.map((row, i) => ({ key: `${table.id}-${i}`, head: row[0], cells: row.slice(1) }))}
            />
          ) : (
            <p>{t("noRelief")}</p>
          )}
        </section>
      ))}
    </div>
  );
}
