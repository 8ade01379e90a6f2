// Banten's regencies and cities as SVG paths, projected once when the module loads. Boundaries: cahyadsn/
// wilayah_boundaries (MIT, © 2025 cahya dsn), simplified to 13.7 KB (docs/research/banten-map: the script, the
// source and why). Equirectangular with the longitude scaled by cos(latitude): at 6° south the distortion is
// nothing a coverage map would show.
import boundaries from "../domain/data/banten-boundaries.json";

type Boundaries = Record<string, { name: string; polygons: number[][][] }>;
const regions = boundaries as Boundaries;

export const MAP_WIDTH = 600;

const all = Object.values(regions).flatMap((r) => r.polygons.flat());
const [minLng, maxLng] = [Math.min(...all.map((p) => p[0]!)), Math.max(...all.map((p) => p[0]!))];
const [minLat, maxLat] = [Math.min(...all.map((p) => p[1]!)), Math.max(...all.map((p) => p[1]!))];
const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const unit = MAP_WIDTH / ((maxLng - minLng) * xScale);
export const MAP_HEIGHT = Math.round((maxLat - minLat) * unit);

const point = ([lng, lat]: number[]) => `${((lng! - minLng) * xScale * unit).toFixed(1)},${((maxLat - lat!) * unit).toFixed(1)}`;

/** Per regency code: its name and one SVG path for all its rings (islands included). */
export const MAP_SHAPES: ReadonlyMap<string, { name: string; d: string }> = new Map(
  Object.entries(regions).map(([code, region]) => [
    code,
    { name: region.name, d: region.polygons.map((ring) => `M${ring.map(point).join("L")}Z`).join("") },
  ]),
);
