import { getLocale } from "next-intl/server";
import { authorize } from "@/lib/auth/session";
import { tableFile } from "@/lib/dashboard/export";
import { exportFilterLabels } from "@/lib/dashboard/export-labels";
import { dashboardFigures } from "@/lib/dashboard/figures";
import { dashboardFilters } from "@/lib/dashboard/filters";
import { PERFORMANCE_COLUMNS } from "@/lib/dashboard/performance";
import { summaryRows } from "@/lib/dashboard/summary";
import { readDb } from "@/lib/db/database";
import { localeOr } from "@/lib/i18n/locales";
import { CATEGORIES } from "@/lib/stats/queries";

/** GET ?format=csv|xlsx&…filters: the dashboard's figures, with the filters written in the file. */
export async function GET(request: Request) {
  const access = await authorize("dashboard.read");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const filters = dashboardFilters(params, access);
  const [{ t, tc, filterRows }, data] = await Promise.all([
    exportFilterLabels(readDb(), filters, localeOr(await getLocale())),
    dashboardFigures(readDb(), filters),
  ]);
  const rows = summaryRows(data, {
    title: t("summaryTitle"),
    filters: filterRows,
    figures: [
      [t("total"), data.participants.total],
      ...CATEGORIES.map((c): [string, number] => [tc(c), data.participants[c]]),
      [t("activeCompanies"), data.activeCompanies],
      [t("umkmCompanies"), data.companies.umkm],
      [t("newThisMonth"), data.newThisMonth],
      [t("billed"), Number(data.moneyTotals.billed)],
      [t("collected"), Number(data.moneyTotals.collected)],
      [t("arrears"), Number(data.moneyTotals.arrears)],
    ],
    regency: t("regency"),
    categories: CATEGORIES,
    total: t("total"),
    month: t("month"),
    officers: data.officers.length
      ? {
          heading: [t("officer"), t("branch"), ...PERFORMANCE_COLUMNS.map((c) => t(c.label))],
          unknown: t("apiKey"),
          branch: t("branch"),
        }
      : undefined,
  });
  const file = await tableFile(format, "Ringkasan", rows);
  return new Response(Buffer.from(file), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="ringkasan-${filters.regency ?? "banten"}-${filters.asOf}.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
