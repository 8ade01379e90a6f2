import { authorize } from "@/lib/auth/session";
import { participantsCsv, participantsXlsx, type ExportLabels } from "@/lib/dashboard/export";
import { exportFilterLabels } from "@/lib/dashboard/export-labels";
import { dashboardFilters } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/database";

/** GET ?format=csv|xlsx&asOf=…&regency=…: the participant list with the dashboard's filters, streamed. */
export async function GET(request: Request) {
  const access = await authorize("dashboard.read");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const filters = dashboardFilters(params, access);
  const { t, filterRows } = await exportFilterLabels(filters);
  const labels: ExportLabels = {
    title: t("exportTitle"),
    filters: filterRows,
    columns: {
      kpj: "KPJ",
      nik: "NIK",
      name: t("columns.name"),
      category: t("category"),
      channel: t("channel"),
      status: t("columns.status"),
      regency: t("regency"),
      createdAt: t("columns.registered"),
    },
  };
  const name = `peserta-${filters.regency ?? "banten"}-${filters.asOf}.${format}`;
  const body = format === "xlsx" ? participantsXlsx(db(), filters, labels) : participantsCsv(db(), filters, labels);
  return new Response(body, {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
