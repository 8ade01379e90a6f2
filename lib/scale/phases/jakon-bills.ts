// Jakon: one bill per project for the whole project, JKK + JKM from the
// contract value in marginal tiers (lib/domain/contributions/jakon.ts).
import { JAKON_TIERS } from "../../domain/contributions/jakon";
import type { SeedContext } from "../context";
import { bp, hash, seedId, seedNumber } from "../sql";
import { billAndPayments, fate, priced, vaLayout } from "./bills";

/** The contribution at `rate` on contract value `v`, summed over the tiers' slices of it. */
const slices = (rate: "jkkBp" | "jkmBp") => {
  let lower = 0;
  return JAKON_TIERS.map((tier) => {
    const upper = Number.isFinite(tier.upTo) ? `LEAST(v, ${tier.upTo})` : "v";
    const part = `${bp(`GREATEST(${upper} - ${lower}, 0)`, tier[rate])}`;
    lower = Number.isFinite(tier.upTo) ? tier.upTo : lower;
    return part;
  }).join(" + ");
};

/** The bills of projects lo..hi, for the month each starts in. */
function jakonBillsStatement(seed: SeedContext, lo: number, hi: number) {
  return billAndPayments(
    priced(`
          SELECT gen_random_uuid() AS id, 'JAKON:' || x."id" AS billing_key, 'JAKON' AS category,
            NULL::uuid AS participant_id, NULL::uuid AS company_id, x."id" AS project_id,
            date_trunc('month', x."startDate")::date AS period_start,
            (date_trunc('month', x."startDate") + interval '1 month' + interval '14 days')::date AS due_date,
            ${vaLayout(seed).project} + x.p AS va_seq, ${hash("x.p", 137)} AS h, ${fate(`${hash("x.p", 137)} % 100`)} AS status,
            ARRAY['JKK', 'JKM'] AS programs, ARRAY[0, 0] AS bases,
            ARRAY[(${slices("jkkBp")}), (${slices("jkmBp")})]::int[] AS employer, ARRAY[0, 0] AS worker
          FROM (SELECT pr."id", pr."startDate", pr."contractValue" AS v, ${seedNumber('pr."id"')} AS p FROM "ConstructionProject" pr
            WHERE pr."id" BETWEEN ${seedId(5, String(lo))} AND ${seedId(5, String(hi))}) x`),
  );
}

export async function seedJakonBills(seed: SeedContext) {
  await seed.batched("projects billed", seed.projects, seed.batch, (lo, hi) => jakonBillsStatement(seed, lo, hi));
  return seed.count(`SELECT count(*) AS bills FROM "Bill" WHERE "category" = 'JAKON'`);
}
