// Banten's eight regencies and cities with their real boundaries, shaded by coverage rate (ACTIVE participants per
// person at work, BPS Sakernas); a regency without a BPS figure is hatched and says so. Drawn on the server as SVG: every
// shape is a link to that regency's view (keyboard: Tab), named with its figures; the table beside it has them all.
import { getTranslations } from "next-intl/server";
import { MAP_HEIGHT, MAP_SHAPES, MAP_WIDTH } from "@/lib/dashboard/map-shapes";
import { coverageRate } from "@/lib/domain/employed-population";
import type { RegencyCounts } from "@/lib/stats/queries";

/** Rate thresholds and their shades, light to dark. */
const SHADES: [from: number, fill: string][] = [
  [0, "#e7f5ee"],
  [0.1, "#b7e2cb"],
  [0.25, "#6cc197"],
  [0.5, "#1f9a5e"],
  [0.75, "#0b5e36"],
];
const shadeOf = (rate: number) => SHADES.findLast(([from]) => rate >= from)![1];
const percent = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 });

export async function CoverageMap({ regencies, hrefFor }: { regencies: RegencyCounts[]; hrefFor: (code: string) => string }) {
  const td = await getTranslations("staff.dashboard.map");
  const byCode = new Map(regencies.map((r) => [r.code, r]));
  return (
    <figure className="space-y-2">
      <nav aria-label={td("label")}>
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="h-auto w-full" data-testid="coverage-map">
          <defs>
            <pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#f8fafc" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#94a3b8" strokeWidth="2" />
            </pattern>
          </defs>
          {[...MAP_SHAPES].map(([code, shape]) => {
            const row = byCode.get(code);
            // Outside the view (a region-locked staff member, a chosen regency): drawn for orientation, not a link.
            if (!row) return <path key={code} d={shape.d} fill="#f1f5f9" stroke="#cbd5e1" strokeWidth="1" />;
            const coverage = coverageRate(row.active, code);
            const figures = coverage
              ? td("shapeRate", {
                  name: shape.name,
                  participants: row.total,
                  active: row.active,
                  rate: percent.format(coverage.rate),
                  employed: coverage.population.employed,
                  month: coverage.population.month,
                })
              : td("shapeNoData", { name: shape.name, participants: row.total, active: row.active });
            return (
              <a key={code} href={hrefFor(code)} aria-label={figures} className="group outline-none">
                <title>{figures}</title>
                <path
                  d={shape.d}
                  fill={coverage ? shadeOf(coverage.rate) : "url(#no-data)"}
                  stroke="#334155"
                  strokeWidth="1"
                  className="group-hover:opacity-80 group-focus-visible:stroke-amber-500 group-focus-visible:[stroke-width:4]"
                />
              </a>
            );
          })}
        </svg>
      </nav>
      <figcaption className="space-y-1 text-sm text-slate-700">
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label={td("legend")}>
          {SHADES.map(([from, fill], i) => (
            <li key={from} className="flex items-center gap-1">
              <Swatch fill={fill} />
              {i + 1 < SHADES.length ? `${percent.format(from)}–${percent.format(SHADES[i + 1]![0])}` : `≥ ${percent.format(from)}`}
            </li>
          ))}
          <li className="flex items-center gap-1">
            <Swatch fill="url(#no-data)" />
            {td("noData")}
          </li>
        </ul>
        <p className="text-xs text-slate-600">{td("attribution")}</p>
      </figcaption>
    </figure>
  );
}

/** A legend's sample; the hatching is the map's own pattern (one definition in the page). */
function Swatch({ fill }: { fill: string }) {
  return (
    <svg aria-hidden width="14" height="14" className="shrink-0">
      <rect width="14" height="14" rx="2" fill={fill} stroke="#334155" strokeWidth="0.5" />
    </svg>
  );
}
