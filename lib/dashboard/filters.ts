// Dashboard filters live in the URL, so a view can be shared. Bad values fall
// back to defaults rather than failing the page; a staff member's region and a
// BJB manager's "through BJB only" always win over the URL.
import { z } from "zod";
import type { Access } from "../auth/access";
import { regionScope, throughBjbOnly } from "../auth/scope";
import { addMonths, currentPeriod, periodStartDate } from "../domain/billing-period";
import { BANTEN_REGENCY_CODES } from "../domain/regions";
import { isSupportedDay, jakartaDate } from "../domain/time";
import { CATEGORIES, CHANNELS } from "../stats/queries";
import { PARTICIPANT_STATUSES } from "../participants/statuses";
import { firstValues, queryString } from "../http/search-params";

export const dashboardFiltersSchema = z.object({
  // A day outside the supported range reads as today (it made the figures fail under HTTP 200: issue 15).
  asOf: z.iso.date().refine(isSupportedDay).optional().catch(undefined),
  regency: z.enum(BANTEN_REGENCY_CODES).optional().catch(undefined),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  branch: z.uuid().optional().catch(undefined),
  /** "bjb": only enrollments that came through BJB (the BJB management view). */
  via: z.literal("bjb").optional().catch(undefined),
  /**
   * The list and its exports only (the figures count every participant not rejected): one status, rejected
   * and deceased ones included, so they stay findable (issue 14).
   */
  status: z.enum(PARTICIPANT_STATUSES).optional().catch(undefined),
});

export type DashboardFilters = z.output<typeof dashboardFiltersSchema> & { asOf: string; from: string };

/** The filters in the shape lib/stats reads. */
export function statsDimensions(filters: DashboardFilters) {
  return {
    regency: filters.regency,
    category: filters.category,
    channel: filters.channel,
    branchId: filters.branch,
    viaBjb: filters.via === "bjb",
  };
}

/** The filters an access may see: a regional scope holds staff to their regency, BJB's to what came through BJB. */
export function dashboardFilters(searchParams: Record<string, string | string[] | undefined>, access: Access): DashboardFilters {
  const parsed = dashboardFiltersSchema.parse(firstValues(searchParams));
  const asOf = parsed.asOf ?? jakartaDate();
  const regency = regionScope(access).regionCode ?? parsed.regency;
  const via = throughBjbOnly(access) ? "bjb" : parsed.via;
  // The trend covers the twelve months up to asOf.
  const from = periodStartDate(addMonths(currentPeriod(new Date(`${asOf}T12:00:00+07:00`)), -11));
  return { ...parsed, asOf, regency, via, from };
}

type FilterKey = keyof z.output<typeof dashboardFiltersSchema>;

/** The filters as the URL carries them (and a form's hidden fields). */
export function filterValues(filters: DashboardFilters): Record<FilterKey, string | undefined> {
  return {
    asOf: filters.asOf,
    regency: filters.regency,
    category: filters.category,
    channel: filters.channel,
    branch: filters.branch,
    via: filters.via,
    status: filters.status,
  };
}

/** "?asOf=…&regency=…" for these filters, with some changed (undefined removes one): the same view on any page. */
export function filterQuery(filters: DashboardFilters, changes: Partial<Record<FilterKey, string | undefined>> = {}) {
  return queryString({ ...filterValues(filters), ...changes });
}

/** The dashboard URL of this view with one filter changed. */
export function withFilter(filters: DashboardFilters, key: FilterKey, value?: string) {
  return `/dashboard${filterQuery(filters, { [key]: value })}`;
}
