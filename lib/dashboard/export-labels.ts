import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "../db/database";
import { regencyName } from "../domain/regions";
import type { DashboardFilters } from "./filters";

/** The filters applied, as label/value rows written at the top of every export. */
export async function exportFilterLabels(filters: DashboardFilters) {
  const [t, tc, branch] = await Promise.all([
    getTranslations("staff.dashboard"),
    getTranslations("category"),
    filters.branch ? db().branch.findUnique({ where: { id: filters.branch }, select: { name: true } }) : null,
  ]);
  const filterRows: [string, string][] = [
    [t("asOf"), filters.asOf],
    [t("regency"), filters.regency ? (regencyName(filters.regency) ?? filters.regency) : t("all")],
    [t("category"), filters.category ? tc(filters.category) : t("all")],
    [t("channel"), filters.channel ? t(`channels.${filters.channel}`) : t("all")],
    [t("branch"), branch?.name ?? t("all")],
    [t("viaBjb"), filters.via === "bjb" ? t("yes") : t("no")],
    [t("nikMasked"), t("yes")],
  ];
  return { t, tc, filterRows };
}
