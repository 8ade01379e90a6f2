import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { coverageRate } from "@/lib/domain/employed-population";
import { CoverageMap } from "./coverage-map";
import { FigureTable } from "@/components/ui/figure-table";
import type { DashboardData } from "@/lib/dashboard/figures";
import { withFilter, type DashboardFilters } from "@/lib/dashboard/filters";
import { CATEGORIES } from "@/lib/stats/queries";

/** Participants by regency, how many are active, and the coverage rate (active ÷ people at work), as a map and as the table behind it; both drill down to a regency. */
export async function CoverageSection({ regencies, filters }: { regencies: DashboardData["byRegency"]; filters: DashboardFilters }) {
  const td = await getTranslations("staff.dashboard");
  const percent = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 });
  return (
    <section
      aria-labelledby="coverage"
      className="grid gap-4 rounded-xl bg-white p-4 shadow-sm md:grid-cols-2 xl:grid-cols-[5fr_7fr] [&>*]:min-w-0"
    >
      <h2 id="coverage" className="text-lg font-semibold md:col-span-2">
        {td("coverage")}
      </h2>
      <CoverageMap regencies={regencies} hrefFor={(code) => withFilter(filters, "regency", code)} />
      <FigureTable
        caption={td("regencyTable")}
        testId="regency-table"
        columns={[
          { label: td("regency") },
          ...CATEGORIES.map((c) => ({ label: c, numeric: true })),
          { label: td("total"), numeric: true },
          { label: td("map.active"), numeric: true },
          { label: td("map.employed"), numeric: true },
          { label: td("map.rate"), numeric: true },
        ]}
        rows={regencies.map((r) => {
          const coverage = coverageRate(r.active, r.code);
          return {
            key: r.code,
            head: (
              <Link href={withFilter(filters, "regency", r.code)} className="text-brand-700 underline">
                {r.name}
              </Link>
            ),
            cells: [
              ...CATEGORIES.map((c) => r[c].toLocaleString("id-ID")),
              <strong key="total">{r.total.toLocaleString("id-ID")}</strong>,
              r.active.toLocaleString("id-ID"),
              coverage ? (
                <abbr key="employed" title={coverage.population.source} className="no-underline">
                  {coverage.population.employed.toLocaleString("id-ID")} ({coverage.population.month})
                </abbr>
              ) : (
                td("map.missing")
              ),
              coverage ? percent.format(coverage.rate) : "–",
            ],
          };
        })}
      />
    </section>
  );
}
