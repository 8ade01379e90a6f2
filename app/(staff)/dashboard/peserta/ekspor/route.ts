import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { participantsCsv, participantsXlsx, type ExportLabels } from "@/lib/dashboard/export";
import { dashboardFilters } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/client";
import { regencyName } from "@/lib/domain/regions";

/** GET ?format=csv|xlsx&asOf=…&regency=…: the participant list with the dashboard's filters, streamed. */
export async function GET(request: Request) {
  const user = await requireArea("/dashboard", "/dashboard/peserta");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const filters = dashboardFilters(params, user);
  const [t, tc] = await Promise.all([getTranslations("staff.dashboard"), getTranslations("category")]);
  const labels: ExportLabels = {
    title: t("exportTitle"),
    filters: [
      [t("asOf"), filters.asOf],
      [t("regency"), filters.regency ? (regencyName(filters.regency) ?? filters.regency) : t("all")],
      [t("category"), filters.category ? tc(filters.category) : t("all")],
      [t("channel"), filters.channel ? t(`channels.${filters.channel}`) : t("all")],
      [t("nikMasked"), t("yes")],
    ],
    columns: {
      kpj: "KPJ", nik: "NIK", name: t("columns.name"), category: t("category"), channel: t("channel"),
      status: t("columns.status"), regency: t("regency"), createdAt: t("columns.registered"),
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
