import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegencyTileMap } from "@/components/staff/regency-tile-map";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { withFilter, type DashboardFilters } from "@/lib/dashboard/filters";
import { CATEGORIES } from "@/lib/stats/queries";

/** Participants by regency, as a tile map and as the table behind it; both drill down to a regency. */
export async function CoverageSection({ regencies, filters }: { regencies: DashboardData["byRegency"]; filters: DashboardFilters }) {
  const td = await getTranslations("staff.dashboard");
  return (
    <section aria-labelledby="coverage" className="grid gap-4 rounded-xl bg-white p-4 shadow-sm md:grid-cols-2">
      <h2 id="coverage" className="text-lg font-semibold md:col-span-2">
        {td("coverage")}
      </h2>
      <RegencyTileMap regencies={regencies} hrefFor={(code) => withFilter(filters, "regency", code)} label={td("mapLabel")} />
      <FigureTable
        caption={td("regencyTable")}
        testId="regency-table"
        columns={[{ label: td("regency") }, ...CATEGORIES.map((c) => ({ label: c, numeric: true })), { label: td("total"), numeric: true }]}
        rows={regencies.map((r) => ({
          key: r.code,
          head: (
            <Link href={withFilter(filters, "regency", r.code)} className="text-brand-700 underline">
              {r.name}
            </Link>
          ),
          cells: [...CATEGORIES.map((c) => r[c].toLocaleString("id-ID")), <strong key="total">{r.total.toLocaleString("id-ID")}</strong>],
        }))}
      />
    </section>
  );
}
