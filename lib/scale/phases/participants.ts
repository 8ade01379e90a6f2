// Participants with their employment (PU) or project (Jakon), one statement per batch.
import type { SeedContext } from "../context";
import { DAYS, companyDay, createdAtOf, hash, kpjOf, pick, projectDay, seedId, unit } from "../sql";
import { inRange } from "./branches";
import { BPU_INCOME_RANGES } from "../../domain/contributions/bpu-income-ranges";

// BPU workers declare incomes on the lower bases of the BPU table (Rp 1,000,000 to 3,950,000), most near the bottom;
// a declared income equal to a base is stored as that base, as registration would.
const SEED_BPU_BASES = BPU_INCOME_RANGES.slice(0, 12).map((range) => range.base);

const GIVEN = [
  "Ahmad",
  "Siti",
  "Budi",
  "Dewi",
  "Agus",
  "Nur",
  "Rina",
  "Dedi",
  "Sri",
  "Andi",
  "Yuli",
  "Hendra",
  "Fitri",
  "Asep",
  "Ujang",
  "Euis",
  "Rudi",
  "Lina",
  "Iwan",
  "Maya",
];
const FAMILY = [
  "Hidayat",
  "Saputra",
  "Rahmawati",
  "Setiawan",
  "Wulandari",
  "Santoso",
  "Kurniawan",
  "Lestari",
  "Nugraha",
  "Fauzi",
  "Suryani",
  "Permana",
  "Maulana",
  "Pratama",
  "Sulastri",
  "Gunawan",
];
const OCCUPATIONS = ["TRADER", "DRIVER", "FARMER", "FISHER", "UMKM_OWNER"];

/** The company (PU, skewed towards the regency's first companies) or project (Jakon, round robin) of row `g`. */
const OWNER = `CASE r.kind
      WHEN 'PU' THEN r.sub_lo + LEAST(r.sub_count - 1, floor(r.sub_count * power(${unit("g", 3)}, 1.5))::bigint)
      WHEN 'JAKON' THEN r.sub_lo + (g - r.lo) % r.sub_count END`;

/** CTEs base, timed and p: each row's kind, owner, enrolment day and attributes, all from its row number. */
function attributes(lo: number, hi: number, companies: number) {
  return `base AS MATERIALIZED (
          SELECT g AS n, r.kind, r.regency, r.branch_id, r.districts, r.nik_base + (g - r.lo) AS k, ${OWNER} AS owner
          ${inRange(["PU", "BPU", "JAKON"], lo, hi)}
        ), timed AS MATERIALIZED (
          SELECT b.*, b.start_day + ${hash("b.n", 5)} % (${DAYS} - b.start_day) AS day
          FROM (SELECT base.*, CASE base.kind WHEN 'PU' THEN ${companyDay("base.owner")}
            WHEN 'JAKON' THEN ${projectDay("base.owner", companies)} ELSE 0 END AS start_day FROM base) b
        ), p AS MATERIALIZED (
          SELECT t.*, ${createdAtOf("t.day", "t.n", 7)} AS created_at,
            ${hash("t.n", 83)} % 100 < 45 AS female,
            date '1960-01-01' + ((t.k / array_length(t.districts, 1)) % 14245 * 7919 % 14245)::int AS birth,
            t.k / array_length(t.districts, 1) / 14245 + 1 AS serial,
            t.districts[1 + t.k % array_length(t.districts, 1)] AS district,
            CASE WHEN ${hash("t.n", 9)} % 100 < 3 THEN 'PENDING' WHEN ${hash("t.n", 9)} % 100 < 8 THEN 'INACTIVE' ELSE 'ACTIVE' END AS status,
            CASE t.kind
              WHEN 'PU' THEN CASE WHEN ${hash("t.n", 89)} % 100 < 50 THEN 'BANK_OFFICER' WHEN ${hash("t.n", 89)} % 100 < 80 THEN 'STAFF' ELSE 'API' END
              WHEN 'BPU' THEN CASE WHEN ${hash("t.n", 89)} % 100 < 45 THEN 'SELF' WHEN ${hash("t.n", 89)} % 100 < 80 THEN 'BANK_OFFICER'
                WHEN ${hash("t.n", 89)} % 100 < 95 THEN 'STAFF' ELSE 'API' END
              ELSE CASE WHEN ${hash("t.n", 89)} % 100 < 60 THEN 'STAFF' WHEN ${hash("t.n", 89)} % 100 < 85 THEN 'API' ELSE 'BANK_OFFICER' END
            END AS channel,
            (ARRAY[${SEED_BPU_BASES}])[1 + floor(${SEED_BPU_BASES.length} * power(${unit("t.n", 97)}, 2))::int] AS income,
            2000000 + 100000 * floor(80 * power(${unit("t.n", 101)}, 2))::int AS wage
          FROM timed t
        )`;
}

/** INSERT of the Participant rows from p. */
const INSERT_PARTICIPANTS = `
          INSERT INTO "Participant" ("id", "kpj", "nik", "name", "birthDate", "gender", "category", "status", "channel", "occupation",
            "regencyCode", "districtCode", "declaredIncome", "incomeTier", "programs", "paymentPeriodMonths", "branchId",
            "createdAt", "activatedAt")
          SELECT ${seedId(3, "p.n")}, ${kpjOf("p.n")},
            p.regency || p.district || lpad((extract(day FROM p.birth)::int + CASE WHEN p.female THEN 40 ELSE 0 END)::text, 2, '0')
              || to_char(p.birth, 'MMYY') || lpad(p.serial::text, 4, '0'),
            ${pick(GIVEN, "p.n", 103)} || ' ' || ${pick(FAMILY, "p.n", 107)}, p.birth,
            (CASE WHEN p.female THEN 'F' ELSE 'M' END)::"Gender", p.kind::"Category", p.status::"ParticipantStatus",
            p.channel::"Channel", CASE WHEN p.kind = 'BPU' THEN ${pick(OCCUPATIONS, "p.n", 109)} END,
            p.regency, p.regency || p.district,
            CASE WHEN p.kind = 'BPU' THEN p.income END, CASE WHEN p.kind = 'BPU' THEN p.income END,
            (CASE p.kind WHEN 'PU' THEN '{JKK,JKM,JHT,JP}' WHEN 'JAKON' THEN '{JKK,JKM}'
              ELSE CASE WHEN ${hash("p.n", 113)} % 100 < 30 THEN '{JKK,JKM,JHT}' ELSE '{JKK,JKM}' END END)::"Program"[],
            CASE WHEN p.kind = 'BPU' THEN 1 END,
            CASE WHEN p.channel = 'BANK_OFFICER' THEN p.branch_id END,
            p.created_at, CASE WHEN p.status <> 'PENDING' THEN p.created_at END
          FROM p`;

/** A PU participant's employment at its company, starting the day it enrolled (WIB). */
const INSERT_EMPLOYMENTS = `
          INSERT INTO "Employment" ("id", "participantId", "companyId", "monthlyWage", "startDate", "createdAt")
          SELECT gen_random_uuid(), ${seedId(3, "p.n")}, ${seedId(2, "p.owner")}, p.wage, (p.created_at + interval '7 hours')::date, p.created_at
          FROM p WHERE p.kind = 'PU'`;

/** A Jakon participant on its project. */
const INSERT_PROJECT_WORKERS = `
        INSERT INTO "ProjectWorker" ("projectId", "participantId", "createdAt")
        SELECT ${seedId(5, "p.owner")}, ${seedId(3, "p.n")}, p.created_at FROM p WHERE p.kind = 'JAKON'`;

const participantsStatement = (lo: number, hi: number, companies: number) => `
        WITH ${attributes(lo, hi, companies)}, participants AS (${INSERT_PARTICIPANTS}
        ), employments AS (${INSERT_EMPLOYMENTS}
        )${INSERT_PROJECT_WORKERS}`;

/** All participants; the count is of the table, as the statements' row counts are the project workers'. */
export async function seedParticipants(seed: SeedContext) {
  await seed.batched("participants", seed.targets.participants, seed.batch, (lo, hi) => participantsStatement(lo, hi, seed.companies));
  return seed.count(`SELECT count(*) AS count FROM "Participant"`);
}
