// The branches, and the plan as a temporary table the statements join.
import bantenDistricts from "../../domain/data/banten-districts.json";
import type { SeedContext } from "../context";
import { SCALE_BRANCHES } from "../plan";
import { DAY_ZERO } from "../sql";

function regencyDistricts(): Map<string, string[]> {
  const byRegency = new Map<string, string[]>();
  for (const [code, district] of Object.entries(bantenDistricts as Record<string, { regencyCode: string }>)) {
    const list = byRegency.get(district.regencyCode) ?? [];
    list.push(code.slice(4));
    byRegency.set(district.regencyCode, list);
  }
  return byRegency;
}

/** One branch per regency; ones already there (the demo's) are kept. */
export async function insertBranches(seed: SeedContext) {
  await seed.q(
    `INSERT INTO "Branch" ("id", "code", "name", "regencyCode", "createdAt")
       SELECT gen_random_uuid(), u.code, u.name, u.regency, ${DAY_ZERO}
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(code, name, regency)
       ON CONFLICT ("code") DO NOTHING`,
    [SCALE_BRANCHES.map((b) => b.code), SCALE_BRANCHES.map((b) => b.name), SCALE_BRANCHES.map((b) => b.regencyCode)],
  );
}

/** `seed_range`: the planned ranges with their regency's branch and districts. */
export async function createRangeTable(seed: SeedContext) {
  const { ranges } = seed;
  const districts = regencyDistricts();
  await seed.q(`CREATE TEMP TABLE seed_range (kind text, regency text, lo bigint, hi bigint, sub_lo bigint, sub_count bigint,
      nik_base bigint, branch_id uuid, districts text[])`);
  await seed.q(
    `INSERT INTO seed_range
       SELECT u.kind, u.regency, u.lo, u.hi, u.sub_lo, u.sub_count, u.nik_base, b."id",
         string_to_array(u.districts, ',')
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[], $8::text[])
         AS u(kind, regency, lo, hi, sub_lo, sub_count, nik_base, districts)
       JOIN "Branch" b ON b."code" = (SELECT code FROM unnest($9::text[], $10::text[]) AS m(code, regency) WHERE m.regency = u.regency)`,
    [
      ranges.map((r) => r.kind),
      ranges.map((r) => r.regency),
      ranges.map((r) => r.lo),
      ranges.map((r) => r.hi),
      ranges.map((r) => r.subLo),
      ranges.map((r) => r.subCount),
      ranges.map((r) => r.nikBase),
      ranges.map((r) => (districts.get(r.regency) ?? ["01"]).join(",")),
      SCALE_BRANCHES.map((b) => b.code),
      SCALE_BRANCHES.map((b) => b.regencyCode),
    ],
  );
}

/** The rows of `seed_range` (as `r`) of the given kinds, with their row numbers in lo..hi (as `column`). */
export const inRange = (kinds: string[], lo: number, hi: number, column = "g") =>
  `FROM seed_range r CROSS JOIN LATERAL generate_series(GREATEST(r.lo, ${lo}), LEAST(r.hi, ${hi})) AS ${column}
       WHERE r.kind IN (${kinds.map((k) => `'${k}'`).join(", ")}) AND r.lo <= ${hi} AND r.hi >= ${lo}`;
/** A district of the row's regency (`r`), spread by `k`. */
export const districtOf = (k: string) => `(r.regency || r.districts[1 + (${k}) % array_length(r.districts, 1)])`;
