import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { filterQuery, type DashboardFilters } from "@/lib/dashboard/filters";

/** Where to go from here: the list and exports of this same view, and BPJS TK's own queues. */
export async function DashboardLinks({
  filters,
  listHref,
  bjbManager,
}: {
  filters: DashboardFilters;
  listHref: string;
  bjbManager: boolean;
}) {
  const [t, td] = await Promise.all([getTranslations("staff"), getTranslations("staff.dashboard")]);
  return (
    <p className="flex flex-wrap gap-4">
      <Link href={listHref} className="font-semibold text-brand-700 underline">
        {td("seeList")}
      </Link>
      <a href={`/dashboard/ringkasan/ekspor${filterQuery(filters)}&format=csv`} download className="font-semibold text-brand-700 underline">
        {td("summaryCsv")}
      </a>
      <a
        href={`/dashboard/ringkasan/ekspor${filterQuery(filters)}&format=xlsx`}
        download
        className="font-semibold text-brand-700 underline"
      >
        {td("summaryXlsx")}
      </a>
      {/* The review, reconciliation and audit queues are BPJS TK's own, not BJB management's. */}
      {!bjbManager && (
        <>
          <Link href="/dashboard/tinjauan" className="font-semibold text-brand-700 underline">
            {t("review.title")}
          </Link>
          <Link href="/dashboard/rekonsiliasi" className="font-semibold text-brand-700 underline">
            {t("reconciliation.title")}
          </Link>
          <Link href="/dashboard/audit" className="font-semibold text-brand-700 underline">
            {t("audit.link")}
          </Link>
        </>
      )}
    </p>
  );
}
