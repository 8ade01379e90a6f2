import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/figures";
import { formatRupiah } from "@/lib/domain/money";
import { CATEGORIES } from "@/lib/stats/queries";

/** The headline figures; participant counts link to the list they count. */
export async function SummaryCards({ data, listHref }: { data: DashboardData; listHref: (category?: string) => string }) {
  const [tc, td] = await Promise.all([getTranslations("category"), getTranslations("staff.dashboard")]);
  const cards: [string, string, string, string?][] = [
    ["total", td("total"), data.participants.total.toLocaleString("id-ID"), listHref()],
    ...CATEGORIES.map((c): [string, string, string, string] => [c, tc(c), data.participants[c].toLocaleString("id-ID"), listHref(c)]),
    ["companies", td("activeCompanies"), data.activeCompanies.toLocaleString("id-ID")],
    [
      "umkm",
      td("umkmShare"),
      data.umkmShare === null
        ? "–"
        : `${(data.umkmShare * 100).toLocaleString("id-ID", { maximumFractionDigits: 1 })}% (${data.companies.umkm.toLocaleString("id-ID")})`,
    ],
    ["new", td("newThisMonth"), data.newThisMonth.toLocaleString("id-ID")],
    ["billed", td("billed"), formatRupiah(Number(data.moneyTotals.billed))],
    ["collected", td("collected"), formatRupiah(Number(data.moneyTotals.collected))],
    ["arrears", td("arrears"), formatRupiah(Number(data.moneyTotals.arrears))],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="dashboard-cards">
      {cards.map(([key, label, value, href]) => (
        <div key={key} className="rounded-xl bg-white p-4 shadow-sm" data-testid={`card-${key}`}>
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="text-xl font-bold tabular-nums">
            {href ? (
              <Link href={href} className="text-brand-700 underline decoration-1">
                {value}
              </Link>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
