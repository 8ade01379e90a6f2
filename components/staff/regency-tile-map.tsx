import Link from "next/link";
import type { RegencyCounts } from "@/lib/stats/queries";

// No boundary data can be shipped here, so Banten is drawn as tiles placed
// roughly where each regency lies (west to east, north to south).
const TILE_POSITION: Record<string, [column: number, row: number]> = {
  "3672": [1, 1], // Kota Cilegon
  "3673": [2, 1], // Kota Serang
  "3603": [3, 1], // Kab. Tangerang
  "3671": [4, 1], // Kota Tangerang
  "3604": [1, 2], // Kab. Serang
  "3674": [4, 2], // Kota Tangerang Selatan
  "3601": [1, 3], // Kab. Pandeglang
  "3602": [2, 3], // Kab. Lebak
};
const SHADES = ["bg-brand-50", "bg-brand-100", "bg-emerald-300", "bg-brand-600 text-white", "bg-brand-900 text-white"];

/** Participants by regency as a tile map; every tile drills down to that regency. */
export function RegencyTileMap({
  regencies,
  hrefFor,
  label,
}: {
  regencies: RegencyCounts[];
  hrefFor: (code: string) => string;
  label: string;
}) {
  const max = Math.max(1, ...regencies.map((r) => r.total));
  return (
    <nav aria-label={label} className="grid grid-cols-4 grid-rows-3 gap-1">
      {regencies.map((r) => {
        const [column, row] = TILE_POSITION[r.code] ?? [1, 1];
        const shade = SHADES[Math.min(SHADES.length - 1, Math.floor((r.total / max) * (SHADES.length - 1)))];
        return (
          <Link
            key={r.code}
            href={hrefFor(r.code)}
            style={{ gridColumn: column, gridRow: row }}
            className={`flex min-h-16 flex-col justify-between rounded-md p-1.5 text-xs leading-tight ${shade}`}
          >
            <span className="font-medium">{r.name.replace(/^(Kabupaten|Kota) /, (m) => (m.startsWith("Kota") ? "Kota " : "Kab. "))}</span>
            <span className="font-bold tabular-nums">{r.total.toLocaleString("id-ID")}</span>
          </Link>
        );
      })}
    </nav>
  );
}
