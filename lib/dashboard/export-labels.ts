// The labels of a dashboard export, in the requester's language: read when the
// export is asked for (in a request, or stored with a job a worker builds later),
// so the worker needs no request and no framework.
import { createTranslator } from "use-intl/core";
import type { Db } from "../db/prisma";
import { regencyName } from "../domain/regions";
import { JAKARTA_TZ } from "../domain/time";
import type { Locale } from "../i18n/locales";
import commonEn from "../../messages/en/common.json";
import commonId from "../../messages/id/common.json";
import staffEn from "../../messages/en/staff.json";
import staffId from "../../messages/id/staff.json";
import type { ExportLabels } from "./export";
import type { DashboardFilters } from "./filters";

const MESSAGES = { id: { ...commonId, ...staffId }, en: { ...commonEn, ...staffEn } } as const;

/** The filters applied, as label/value rows written at the top of every export, and the translators for the rest. */
export async function exportFilterLabels(database: Db, filters: DashboardFilters, locale: Locale) {
  const messages: (typeof MESSAGES)["id"] = MESSAGES[locale];
  const branch = filters.branch ? await database.branch.findUnique({ where: { id: filters.branch }, select: { name: true } }) : null;
  const t = createTranslator({ locale, messages, timeZone: JAKARTA_TZ, namespace: "staff.dashboard" });
  const tc = createTranslator({ locale, messages, timeZone: JAKARTA_TZ, namespace: "category" });
  const ts = createTranslator({ locale, messages, timeZone: JAKARTA_TZ, namespace: "status" });
  const filterRows: [string, string][] = [
    [t("asOf"), filters.asOf],
    [t("regency"), filters.regency ? (regencyName(filters.regency) ?? filters.regency) : t("all")],
    [t("category"), filters.category ? tc(filters.category) : t("all")],
    [t("channel"), filters.channel ? t(`channels.${filters.channel}`) : t("all")],
    [t("branch"), branch?.name ?? t("all")],
    [t("viaBjb"), filters.via === "bjb" ? t("yes") : t("no")],
    [t("columns.status"), filters.status ? ts(filters.status) : t("statusAll")],
    [t("nikMasked"), t("yes")],
  ];
  return { t, tc, filterRows };
}

/** Title, filters and column names of the participant list export. */
export async function participantExportLabels(database: Db, filters: DashboardFilters, locale: Locale): Promise<ExportLabels> {
  const { t, filterRows } = await exportFilterLabels(database, filters, locale);
  return {
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
}
