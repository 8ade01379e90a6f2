import { authorize } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { participantsCsv, participantsXlsx } from "@/lib/dashboard/export";
import { participantExportLabels } from "@/lib/dashboard/export-labels";
import { dashboardFilters } from "@/lib/dashboard/filters";
import { readDb } from "@/lib/db/database";
import { env } from "@/lib/env";
import { localeOr } from "@/lib/i18n/locales";
import { CONTENT_TYPES, expectedExportRows, exportFileName } from "@/lib/exports/participant-export";

/** GET ?format=csv|xlsx&asOf=…&regency=…: the participant list with the dashboard's filters, streamed. */
export async function GET(request: Request) {
  const access = await authorize("dashboard.read");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "xlsx" ? "xlsx" : "csv";
  const filters = dashboardFilters(params, access);
  // A province-sized list would hold this request for minutes: those are built by a worker (/dashboard/ekspor).
  if ((await expectedExportRows(readDb(), filters)) > env.EXPORT_DIRECT_MAX_ROWS) {
    const t = await getTranslations("staff.exports");
    return new Response(t("tooLarge"), { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const labels = await participantExportLabels(readDb(), filters, localeOr(await getLocale()));
  const name = exportFileName(filters, format);
  const body = format === "xlsx" ? participantsXlsx(readDb(), filters, labels) : participantsCsv(readDb(), filters, labels);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
