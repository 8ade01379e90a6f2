/**
 * Writes lib/domain/data/regions.json and banten-districts.json from the
 * `idn-area-data` package (Kemendagri codes). The package reads its CSVs
 * asynchronously from disk, which the domain cannot do in a phone browser,
 * so we snapshot the few fields we need. Run: npx tsx scripts/generate-regions.ts
 * tests/unit/regions.test.ts fails if the snapshot drifts from the package.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { getDistricts, getProvinces, getRegencies } from "idn-area-data";

const BANTEN = "36";

export type RegionData = {
  provinces: Record<string, string>;
  regencies: Record<string, string>;
};

export type BantenDistricts = Record<string, { name: string; regencyCode: string }>;

const undot = (code: string) => code.replaceAll(".", "");

export async function buildRegionData(): Promise<{ regions: RegionData; banten: BantenDistricts }> {
  const [provinces, regencies, districts] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
  ]);
  const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : 1);
  const sortedDistricts = districts.map((d) => ({ ...d, code: undot(d.code) })).sort(byCode);

  const banten: BantenDistricts = {};
  for (const d of sortedDistricts) {
    if (d.code.startsWith(BANTEN)) banten[d.code] = { name: d.name, regencyCode: d.code.slice(0, 4) };
  }
  return {
    regions: {
      provinces: Object.fromEntries([...provinces].sort(byCode).map((p) => [p.code, p.name])),
      regencies: Object.fromEntries(
        regencies
          .map((r) => ({ ...r, code: undot(r.code) }))
          .sort(byCode)
          .map((r) => [r.code, r.name]),
      ),
    },
    banten,
  };
}

async function main() {
  const { regions, banten } = await buildRegionData();
  const dir = new URL("../lib/domain/data/", import.meta.url);
  await writeFile(new URL("regions.json", dir), `${JSON.stringify(regions)}\n`);
  await writeFile(new URL("banten-districts.json", dir), `${JSON.stringify(banten, null, 1)}\n`);
  console.log(
    `regions.json: ${Object.keys(regions.provinces).length} provinces, ` +
      `${Object.keys(regions.regencies).length} regencies; ` +
      `banten-districts.json: ${Object.keys(banten).length} districts`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
