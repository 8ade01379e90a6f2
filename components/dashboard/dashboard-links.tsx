import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { holds } from "@/lib/auth/session";
import { filterQuery, type DashboardFilters } from "@/lib/dashboard/filters";

/** Where to go from here: the list and exports of this same view, and BPJS TK's own queues. */
export async function DashboardLinks({ filters, listHref }: { filters: DashboardFilters; listHref: string }) {
  // BPJS TK's own queues, shown to whoever holds their permission (not BJB management).
  const [t, td, ta, review, identity, reconcile, audit, delivery, admin] = await Promise.all([
    getTranslations("staff"),
    getTranslations("staff.dashboard"),
    getTranslations("admin"),
    holds("review.decide"),
    holds("identity.decide"),
    holds("payment.reconcile"),
    holds("audit.read"),
    holds("messages.status"),
    holds("admin.users"),
  ]);
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
      {review && (
        <Link href="/dashboard/tinjauan" className="font-semibold text-brand-700 underline">
          {t("review.title")}
        </Link>
      )}
      {identity && (
        <Link href="/dashboard/perubahan" className="font-semibold text-brand-700 underline">
          {t("identity.link")}
        </Link>
      )}
      {reconcile && (
        <Link href="/dashboard/rekonsiliasi" className="font-semibold text-brand-700 underline">
          {t("reconciliation.title")}
        </Link>
      )}
      {audit && (
        <Link href="/dashboard/audit" className="font-semibold text-brand-700 underline">
          {t("audit.link")}
        </Link>
      )}
      {delivery && (
        <Link href="/dashboard/pesan" className="font-semibold text-brand-700 underline">
          {t("delivery.link")}
        </Link>
      )}
      {admin && (
        <Link href="/admin" className="font-semibold text-brand-700 underline">
          {ta("title")}
        </Link>
      )}
    </p>
  );
}
