// Builds the Banten-sized dataset of issue 5 in a fresh, migrated database
// (docs/decisions/0009-scale-seed.md): set-based SQL only (INSERT … SELECT FROM
// generate_series, one statement per batch), every value derived from a row
// number, so the same scale always gives the same rows and the figures as of
// 2016-12-31 equal lib/scale/targets.ts exactly. The rollup triggers fire on
// every statement as they do for the app: nothing is disabled or backfilled.
import pg from "pg";
import bantenDistricts from "../domain/data/banten-districts.json";
import { JKK_RATE_BP, jpCapFor, riskClassForKbli } from "../domain/contributions/pu";
import { JAKON_TIERS } from "../domain/contributions/jakon";
import { BJB_VA_PREFIX } from "../domain/virtual-account";
import { DEMO_BRANCHES } from "../demo/branches";
import { regencySplit, scaleTargets, type ScaleTargets } from "./targets";
import { FIRST_NUMBER } from "../db/sequences";

/** The demo branches plus one for each regency they leave out, one per regency, in regency order. */
export const SCALE_BRANCHES = [
  ...DEMO_BRANCHES,
  { code: "BJB-TGK", name: "Bank BJB KC Tigaraksa", regencyCode: "3603" },
  { code: "BJB-CRS", name: "Bank BJB KCP Ciruas", regencyCode: "3604" },
].sort((a, b) => a.regencyCode.localeCompare(b.regencyCode));

/** Jakon workers per construction project (on average; the last project of a regency takes the rest). */
export const WORKERS_PER_PROJECT = 60;
/** Rows per INSERT statement: progress every batch, memory bounded. */
export const DEFAULT_BATCH = 200_000;

const PERIODS = Array.from({ length: 12 }, (_, i) => `2016-${String(i + 1).padStart(2, "0")}`);

// Where each counter's seeded numbers start: the app's own first numbers, so
// the NumberSequence rows advanced at the end make the app continue right
// after the seeded range.
const KPJ_FIRST = FIRST_NUMBER.KPJ;
const NPP_FIRST = Number(FIRST_NUMBER.NPP);

const KBLIS = ["47111", "56101", "10792", "13112", "25110", "24101", "20115", "41011", "49431", "62019", "46900", "85101"];
const GIVEN = ["Ahmad", "Siti", "Budi", "Dewi", "Agus", "Nur", "Rina", "Dedi", "Sri", "Andi", "Yuli", "Hendra", "Fitri", "Asep", "Ujang", "Euis", "Rudi", "Lina", "Iwan", "Maya"];
const FAMILY = ["Hidayat", "Saputra", "Rahmawati", "Setiawan", "Wulandari", "Santoso", "Kurniawan", "Lestari", "Nugraha", "Fauzi", "Suryani", "Permana", "Maulana", "Pratama", "Sulastri", "Gunawan"];
const COMPANY_WORDS = ["Maju", "Jaya", "Sentosa", "Makmur", "Abadi", "Karya", "Mandiri", "Sejahtera", "Baja", "Banten", "Nusantara", "Prima"];
const OCCUPATIONS = ["TRADER", "DRIVER", "FARMER", "FISHER", "UMKM_OWNER"];
const WORK_PACKAGES = ["Jalan", "Jembatan", "Gedung", "Irigasi", "Drainase", "Perumahan"];

export type SeedScaleOptions = {
  scale: number;
  batchSize?: number;
  log?: (line: string) => void;
};

export type SeedScaleResult = {
  targets: ScaleTargets;
  rows: Record<string, number>;
  /** Seconds per phase, and in all. */
  seconds: Record<string, number>;
};

/** Thrown when the database already holds participants or companies: the exact figures need a fresh one. */
export class NotFreshError extends Error {}

// --- SQL expressions over row numbers (all bigint arithmetic) ---------------

/** A well-spread value in [0, 4294967291) from a row number and a salt (multiplicative hash). */
const hash = (n: string, salt: number) => `(((${n}) * 2654435761 + ${salt}) % 4294967291)`;
/** A fraction in [0, 1) from a row number and a salt. */
const unit = (n: string, salt: number) => `(${hash(n, salt)} % 1000000 / 1000000.0)`;
/** Deterministic UUIDs: "5eed" + 4-hex kind, version 8 (custom), the row number in the last 12 hex digits. */
const seedId = (kind: number, n: string) =>
  `('5eed${kind.toString(16).padStart(4, "0")}-0000-8000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
/** The row number back from a seedId. */
const seedNumber = (id: string) => `(('x' || right((${id})::text, 12))::bit(48)::bigint)`;

/** Luhn check digit of a `digits`-digit payload (lib/domain/kpj.ts luhnCheckDigit), as arithmetic. */
function luhn(payload: string, digits: number) {
  const terms = Array.from({ length: digits }, (_, k) => {
    const d = `((${payload}) / ${10n ** BigInt(k)} % 10)`;
    return k % 2 === 0 ? `(2 * ${d} - 9 * (${d} / 5))` : d;
  });
  return `((10 - (${terms.join(" + ")}) % 10) % 10)`;
}
const withLuhn = (payload: string, digits: number) => `(lpad((${payload})::text, ${digits}, '0') || ${luhn(payload, digits)}::text)`;
const kpjOf = (n: string) => withLuhn(`${KPJ_FIRST - 1n} + ${n}`, 10);
const nppOf = (c: string) => withLuhn(`${NPP_FIRST - 1} + ${c}`, 7);
/** BJB virtual account (lib/domain/virtual-account.ts): prefix + 11-digit sequence + Luhn over the 15 digits. */
const vaOf = (seq: string) =>
  `('${BJB_VA_PREFIX}' || lpad((${seq})::text, 11, '0') || ${luhn(`${BJB_VA_PREFIX}00000000000::bigint + (${seq})`, 15)}::text)`;

/** WIB midnight of 2015-01-01 as a UTC timestamp; day d of the seed is this + d days. */
const DAY_ZERO = `timestamp '2014-12-31 17:00:00'`;
const DAYS = 731; // 2015-01-01 .. 2016-12-31
/** A time of day between 08:00 and 18:00 WIB on seed day `day`. */
const createdAtOf = (day: string, n: string, salt: number) =>
  `(${DAY_ZERO} + (${day}) * interval '1 day' + (28800 + ${hash(n, salt)} % 36000) * interval '1 second')`;
/** The day a company was enrolled: before December 2016, so each has had time to hire. */
const companyDay = (c: string) => `(${hash(c, 11)} % 700)`;
const contractorOf = (p: string, companies: number) => `(1 + ${hash(p, 17)} % ${companies})`;
/** A project starts after its contractor enrolled and at least 10 days before the end of 2016. */
const projectDay = (p: string, companies: number) => {
  const cd = companyDay(contractorOf(p, companies));
  return `(${cd} + ${hash(p, 13)} % (720 - ${cd}))`;
};
const sqlText = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::text[]`;
const pick = (values: readonly string[], n: string, salt: number) => `(${sqlText(values)})[1 + ${hash(n, salt)} % ${values.length}]`;

/** Basis points of an amount, rounded half up (lib/domain/money.ts basisPointsOf). */
const bp = (amount: string, points: string | number) => `(((${amount}) * ${points} + 5000) / 10000)`;

function regencyDistricts(): Map<string, string[]> {
  const byRegency = new Map<string, string[]>();
  for (const [code, district] of Object.entries(bantenDistricts as Record<string, { regencyCode: string }>)) {
    const list = byRegency.get(district.regencyCode) ?? [];
    list.push(code.slice(4));
    byRegency.set(district.regencyCode, list);
  }
  return byRegency;
}

type Range = { kind: string; regency: string; lo: number; hi: number; subLo: number; subCount: number; nikBase: number };

/** Consecutive row-number ranges per kind and regency; PU and Jakon ranges point at their regency's companies and projects. */
export function planRanges(targets: ScaleTargets) {
  const split = regencySplit(targets);
  const regencies = SCALE_BRANCHES.map((b) => b.regencyCode);
  const ranges: Range[] = [];
  const add = (kind: string, counts: Record<string, number>, first: number, sub?: (regency: string) => { lo: number; count: number }, nikBase?: (regency: string) => number) => {
    let next = first;
    for (const regency of regencies) {
      const count = counts[regency] ?? 0;
      if (count === 0) continue;
      const s = sub?.(regency) ?? { lo: 0, count: 0 };
      ranges.push({ kind, regency, lo: next, hi: next + count - 1, subLo: s.lo, subCount: s.count, nikBase: nikBase?.(regency) ?? 0 });
      next += count;
    }
    return next - first;
  };
  const companies = targets.activeCompanies;
  add("COMPANY", split.companies, 1);
  const projectCounts = Object.fromEntries(regencies.map((r) => [r, Math.ceil((split.JAKON[r] ?? 0) / WORKERS_PER_PROJECT)]));
  const projects = add("PROJECT", projectCounts, 1);
  const rangeOf = (kind: string, regency: string, all: number) => {
    const range = ranges.find((r) => r.kind === kind && r.regency === regency);
    return range ? { lo: range.lo, count: range.hi - range.lo + 1 } : { lo: 1, count: all };
  };
  add("PU", split.PU, 1, (r) => rangeOf("COMPANY", r, companies), () => 0);
  add("BPU", split.BPU, targets.PU + 1, undefined, (r) => split.PU[r] ?? 0);
  add("JAKON", split.JAKON, targets.PU + targets.BPU + 1, (r) => rangeOf("PROJECT", r, projects), (r) => (split.PU[r] ?? 0) + (split.BPU[r] ?? 0));
  return { ranges, companies, projects, split };
}

export async function seedScale(databaseUrl: string, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const targets = scaleTargets(options.scale);
  const batch = options.batchSize ?? DEFAULT_BATCH;
  const log = options.log ?? (() => {});
  const { ranges, companies, projects } = planRanges(targets);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const seconds: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const started = performance.now();
  const phase = async (name: string, run: () => Promise<number>) => {
    const t0 = performance.now();
    rows[name] = await run();
    seconds[name] = Math.round((performance.now() - t0) / 100) / 10;
    log(`${name}: ${rows[name].toLocaleString("en")} rows in ${seconds[name]} s`);
  };
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rowCount ?? 0;
  /** Runs `statement(lo, hi)` over 1..total in batches, printing progress. */
  const batched = async (label: string, total: number, size: number, statement: (lo: number, hi: number) => string) => {
    let inserted = 0;
    const t0 = performance.now();
    for (let lo = 1; lo <= total; lo += size) {
      const hi = Math.min(total, lo + size - 1);
      inserted += await q(statement(lo, hi));
      const elapsed = (performance.now() - t0) / 1000;
      log(`  ${label} ${hi.toLocaleString("en")}/${total.toLocaleString("en")} (${elapsed.toFixed(1)} s)`);
    }
    return inserted;
  };

  try {
    const [existing] = (
      await client.query<{ participants: boolean; companies: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM "Participant") AS participants, EXISTS (SELECT 1 FROM "Company") AS companies`,
      )
    ).rows;
    if (existing.participants || existing.companies) {
      throw new NotFreshError(
        "seed:scale needs a fresh database: this one already has participants or companies, and the figures as of 2016-12-31 " +
          "must equal the targets exactly. Point --database-url (or DATABASE_URL) at an empty database.",
      );
    }

    // Branches, and the plan as a temporary table the statements join.
    await q(
      `INSERT INTO "Branch" ("id", "code", "name", "regencyCode", "createdAt")
       SELECT gen_random_uuid(), u.code, u.name, u.regency, ${DAY_ZERO}
       FROM unnest($1::text[], $2::text[], $3::text[]) AS u(code, name, regency)
       ON CONFLICT ("code") DO NOTHING`,
      [SCALE_BRANCHES.map((b) => b.code), SCALE_BRANCHES.map((b) => b.name), SCALE_BRANCHES.map((b) => b.regencyCode)],
    );
    const districts = regencyDistricts();
    await q(`CREATE TEMP TABLE seed_range (kind text, regency text, lo bigint, hi bigint, sub_lo bigint, sub_count bigint,
      nik_base bigint, branch_id uuid, districts text[])`);
    await q(
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
    const inRange = (kinds: string[], lo: number, hi: number, column = "g") =>
      `FROM seed_range r CROSS JOIN LATERAL generate_series(GREATEST(r.lo, ${lo}), LEAST(r.hi, ${hi})) AS ${column}
       WHERE r.kind IN (${kinds.map((k) => `'${k}'`).join(", ")}) AND r.lo <= ${hi} AND r.hi >= ${lo}`;
    const districtOf = (k: string) => `(r.regency || r.districts[1 + (${k}) % array_length(r.districts, 1)])`;
    const kbliRisk = KBLIS.map((kbli) => riskClassForKbli(kbli) ?? 3);

    await phase("companies", () =>
      batched("companies", companies, batch, (lo, hi) => `
        INSERT INTO "Company" ("id", "npp", "name", "nib", "kbli", "scale", "riskClass", "jpIncluded", "regencyCode",
          "districtCode", "status", "channel", "branchId", "createdAt")
        SELECT ${seedId(2, "c")}, ${nppOf("c")},
          (CASE WHEN ${hash("c", 29)} % 3 = 0 THEN 'CV ' ELSE 'PT ' END) || ${pick(COMPANY_WORDS, "c", 31)} || ' ' || ${pick(COMPANY_WORDS, "c", 37)} || ' ' || c,
          '9120' || lpad(c::text, 9, '0'), x.kbli, x.scale::"BusinessScale", x.risk,
          x.scale <> 'MICRO' OR ${hash("c", 41)} % 2 = 0, r.regency, ${districtOf("c")}, 'ACTIVE',
          x.channel::"Channel", CASE WHEN x.channel = 'BANK_OFFICER' THEN r.branch_id END,
          ${createdAtOf(companyDay("c"), "c", 43)}
        FROM (SELECT r.*, c ${inRange(["COMPANY"], lo, hi, "c")}) r
        CROSS JOIN LATERAL (SELECT
          (${sqlText(KBLIS)})[1 + ${hash("c", 47)} % ${KBLIS.length}] AS kbli,
          (ARRAY[${kbliRisk.join(", ")}])[1 + ${hash("c", 47)} % ${KBLIS.length}] AS risk,
          CASE WHEN ${hash("c", 53)} % 100 < 60 THEN 'MICRO' WHEN ${hash("c", 53)} % 100 < 85 THEN 'SMALL'
            WHEN ${hash("c", 53)} % 100 < 95 THEN 'MEDIUM' ELSE 'LARGE' END AS scale,
          CASE WHEN ${hash("c", 59)} % 100 < 55 THEN 'BANK_OFFICER' WHEN ${hash("c", 59)} % 100 < 85 THEN 'STAFF' ELSE 'API' END AS channel
        ) x`),
    );

    await phase("projects", () =>
      batched("projects", projects, batch, (lo, hi) => `
        INSERT INTO "ConstructionProject" ("id", "contractorId", "name", "workPackage", "contractValue", "startDate", "endDate",
          "regencyCode", "districtCode", "branchId", "createdAt")
        SELECT ${seedId(5, "p")}, ${seedId(2, contractorOf("p", companies))},
          'Pembangunan ' || x.package || ' ' || p, x.package, (500000000 + ${hash("p", 61)} % 200 * 250000000)::bigint,
          (date '2015-01-01' + x.day::int), (date '2015-01-01' + x.day::int + 180 + (${hash("p", 67)} % 360)::int),
          r.regency, ${districtOf("p")}, CASE WHEN ${hash("p", 71)} % 3 = 0 THEN r.branch_id END,
          ${createdAtOf("x.day", "p", 73)}
        FROM (SELECT r.*, p ${inRange(["PROJECT"], lo, hi, "p")}) r
        CROSS JOIN LATERAL (SELECT ${pick(WORK_PACKAGES, "p", 79)} AS package, ${projectDay("p", companies)} AS day) x`),
    );

    // Participants with their employment (PU) or project (Jakon), one statement per batch.
    const owner = `CASE r.kind
      WHEN 'PU' THEN r.sub_lo + LEAST(r.sub_count - 1, floor(r.sub_count * power(${unit("g", 3)}, 1.5))::bigint)
      WHEN 'JAKON' THEN r.sub_lo + (g - r.lo) % r.sub_count END`;
    await phase("participants", () =>
      batched("participants", targets.participants, batch, (lo, hi) => `
        WITH base AS MATERIALIZED (
          SELECT g AS n, r.kind, r.regency, r.branch_id, r.districts, r.nik_base + (g - r.lo) AS k, ${owner} AS owner
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
            1000000 + 100000 * floor(30 * power(${unit("t.n", 97)}, 2))::int AS income,
            2000000 + 100000 * floor(80 * power(${unit("t.n", 101)}, 2))::int AS wage
          FROM timed t
        ), participants AS (
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
          FROM p
        ), employments AS (
          INSERT INTO "Employment" ("id", "participantId", "companyId", "monthlyWage", "startDate", "createdAt")
          SELECT gen_random_uuid(), ${seedId(3, "p.n")}, ${seedId(2, "p.owner")}, p.wage, (p.created_at + interval '7 hours')::date, p.created_at
          FROM p WHERE p.kind = 'PU'
        )
        INSERT INTO "ProjectWorker" ("projectId", "participantId", "createdAt")
        SELECT ${seedId(5, "p.owner")}, ${seedId(3, "p.n")}, p.created_at FROM p WHERE p.kind = 'JAKON'`).then(async () => {
        const [{ count }] = (await client.query<{ count: string }>(`SELECT count(*) AS count FROM "Participant"`)).rows;
        return Number(count);
      }),
    );

    // Bills: one per company and month of 2016 (lines per program, summed over
    // the company's workers), one per BPU participant and month, one per project.
    const caps = [...new Set(PERIODS.map((period) => jpCapFor(period)?.cap ?? 0))];
    if (caps.length > 2) throw new Error("seed:scale expects at most two JP wage caps in 2016");
    const [capA, capB = capA] = caps;
    await q(`CREATE TEMP TABLE seed_payroll AS
      WITH hires AS (
        SELECT "companyId" AS company_id, date_trunc('month', "startDate")::date AS month, count(*) AS workers,
          sum("monthlyWage") AS wages, sum(LEAST("monthlyWage", ${capA})) AS capped_a, sum(LEAST("monthlyWage", ${capB})) AS capped_b
        FROM "Employment" GROUP BY 1, 2
      )
      SELECT h.company_id, m.month::date AS month, sum(h.workers)::bigint AS workers, sum(h.wages)::bigint AS wages,
        sum(h.capped_a)::bigint AS capped_a, sum(h.capped_b)::bigint AS capped_b
      FROM hires h JOIN generate_series(date '2016-01-01', date '2016-12-01', interval '1 month') AS m(month) ON h.month <= m.month
      GROUP BY 1, 2`);
    await q(`CREATE INDEX ON seed_payroll (month)`);

    const BPU_FIRST = targets.PU + 1;
    const vaCompanyBase = 0;
    const vaBpuBase = 12 * companies;
    const vaProjectBase = vaBpuBase + 12 * targets.BPU;
    const vaTotal = vaProjectBase + projects;

    /** Fate of a bill from a hash in [0, 100): paid in full, half paid, or unpaid (overdue). */
    const fate = (h: string) => `CASE WHEN ${h} < 90 THEN 'PAID' WHEN ${h} < 93 THEN 'PARTIALLY_PAID' ELSE 'OVERDUE' END`;
    const billAndPayments = (source: string) => `
      WITH src AS MATERIALIZED (${source}),
      bills AS (
        INSERT INTO "Bill" ("id", "billingKey", "category", "participantId", "companyId", "projectId", "periodStart", "periodMonths",
          "dueDate", "total", "paidAmount", "status", "paidAt", "virtualAccount", "createdAt")
        SELECT s.id, s.billing_key, s.category::"Category", s.participant_id, s.company_id, s.project_id, s.period_start, 1,
          s.due_date, s.total, s.paid, s.status::"BillStatus", CASE WHEN s.status = 'PAID' THEN s.paid_at END, ${vaOf("s.va_seq")},
          s.period_start::timestamp - interval '6 hours'
        FROM src s
      ), lines AS (
        INSERT INTO "BillLine" ("id", "billId", "program", "participantId", "base", "employerAmount", "workerAmount", "amount")
        SELECT gen_random_uuid(), s.id, l.program::"Program", s.participant_id, l.base, l.employer, l.worker, l.employer + l.worker
        FROM src s CROSS JOIN LATERAL unnest(s.programs, s.bases, s.employer, s.worker) AS l(program, base, employer, worker)
        WHERE l.employer + l.worker > 0
      )
      INSERT INTO "Payment" ("id", "billId", "amount", "bankReference", "virtualAccount", "paidAt", "source", "createdAt")
      SELECT gen_random_uuid(), s.id, s.paid, 'BJB' || to_char(s.paid_at, 'YYMMDD') || lpad(s.va_seq::text, 12, '0'),
        ${vaOf("s.va_seq")}, s.paid_at, 'NOTIFICATION', s.paid_at
      FROM src s WHERE s.paid > 0`;
    const priced = (inner: string) => `
      SELECT a.*, CASE a.status WHEN 'PAID' THEN a.total WHEN 'PARTIALLY_PAID' THEN a.total / 2 ELSE 0 END AS paid,
        (a.due_date - (a.h % 14)::int)::timestamp + interval '3 hours' AS paid_at
      FROM (SELECT i.*, (SELECT sum(e) + sum(w) FROM unnest(i.employer, i.worker) AS x(e, w))::bigint AS total FROM (${inner}) i) a`;

    let companyBills = 0;
    let bpuBills = 0;
    await phase("company bills", async () => {
      let count = 0;
      for (const [index, period] of PERIODS.entries()) {
        const m = index + 1;
        const capped = jpCapFor(period)?.cap === capA ? "p.capped_a" : "p.capped_b";
        const due = m === 12 ? "2017-01-15" : `2016-${String(m + 1).padStart(2, "0")}-15`;
        count += await q(
          billAndPayments(
            priced(`
          SELECT gen_random_uuid() AS id, 'PU:' || c."id" || ':${period}' AS billing_key, 'PU' AS category,
            NULL::uuid AS participant_id, c."id" AS company_id, NULL::uuid AS project_id,
            date '${period}-01' AS period_start, date '${due}' AS due_date,
            ${vaCompanyBase} + ${(m - 1) * companies} + ${seedNumber('c."id"')} AS va_seq,
            ${hash(`${seedNumber('c."id"')} * 12 + ${m}`, 127)} AS h,
            ${fate(`${hash(`${seedNumber('c."id"')} * 12 + ${m}`, 127)} % 100`)} AS status,
            ARRAY['JKK', 'JKM', 'JHT', 'JP'] AS programs,
            ARRAY[p.wages / p.workers, p.wages / p.workers, p.wages / p.workers, ${capped} / p.workers]::int[] AS bases,
            ARRAY[${bp("p.wages", `(ARRAY[${[1, 2, 3, 4, 5].map((r) => JKK_RATE_BP[r as 1]).join(", ")}])[c."riskClass"]`)},
              ${bp("p.wages", 30)}, ${bp("p.wages", 370)}, CASE WHEN c."jpIncluded" THEN ${bp(capped, 200)} ELSE 0 END]::int[] AS employer,
            ARRAY[0, 0, ${bp("p.wages", 200)}, CASE WHEN c."jpIncluded" THEN ${bp(capped, 100)} ELSE 0 END]::int[] AS worker
          FROM seed_payroll p JOIN "Company" c ON c."id" = p.company_id
          WHERE p.month = date '${period}-01'`),
          ),
        );
        const [{ bills }] = (await client.query<{ bills: string }>(`SELECT count(*) AS bills FROM "Bill" WHERE "category" = 'PU'`)).rows;
        companyBills = Number(bills);
        log(`  company bills ${period}: ${companyBills.toLocaleString("en")} bills so far`);
      }
      return count > 0 ? companyBills : 0;
    });

    // BPU: a batch of participants × 12 months per statement (~batch bills).
    const bpuStep = Math.max(1, Math.floor(batch / 12));
    await phase("BPU bills", async () => {
      await batched("BPU participants billed", targets.BPU, bpuStep, (lo, hi) =>
        billAndPayments(
          priced(`
          SELECT gen_random_uuid() AS id, 'BPU:' || x."id" || ':' || to_char(x.period, 'YYYY-MM') AS billing_key, 'BPU' AS category,
            x."id" AS participant_id, NULL::uuid AS company_id, NULL::uuid AS project_id,
            x.period AS period_start, (x.period + interval '1 month' + interval '14 days')::date AS due_date,
            ${vaBpuBase} + (x.m - 1) * ${targets.BPU} + (x.n - ${BPU_FIRST} + 1) AS va_seq,
            ${hash("x.n * 12 + x.m", 131)} AS h,
            CASE WHEN x."status" = 'PENDING' OR (x."status" = 'INACTIVE' AND x.m >= 10) THEN 'OVERDUE'
              ELSE ${fate(`${hash("x.n * 12 + x.m", 131)} % 100`)} END AS status,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY['JKK', 'JKM', 'JHT'] ELSE ARRAY['JKK', 'JKM'] END AS programs,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY[x."incomeTier", x."incomeTier", x."incomeTier"] ELSE ARRAY[x."incomeTier", x."incomeTier"] END AS bases,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY[0, 0, 0] ELSE ARRAY[0, 0] END AS employer,
            CASE WHEN 'JHT' = ANY(x."programs") THEN ARRAY[${bp('x."incomeTier"', 100)}, 6800, ${bp('x."incomeTier"', 200)}]
              ELSE ARRAY[${bp('x."incomeTier"', 100)}, 6800] END AS worker
          FROM (
            SELECT pa."id", pa."status", pa."programs", pa."incomeTier", ${seedNumber('pa."id"')} AS n, m.m,
              (date '2016-01-01' + (m.m - 1) * interval '1 month')::date AS period
            FROM "Participant" pa CROSS JOIN generate_series(1, 12) AS m(m)
            WHERE pa."id" BETWEEN ${seedId(3, String(BPU_FIRST + lo - 1))} AND ${seedId(3, String(BPU_FIRST + hi - 1))}
              AND date_trunc('month', pa."createdAt" + interval '7 hours') <= date '2016-01-01' + (m.m - 1) * interval '1 month'
          ) x`),
        ),
      );
      const [{ bills }] = (await client.query<{ bills: string }>(`SELECT count(*) AS bills FROM "Bill" WHERE "category" = 'BPU'`)).rows;
      bpuBills = Number(bills);
      return bpuBills;
    });

    // Jakon: one bill per project for the whole project, JKK + JKM from the
    // contract value in marginal tiers (lib/domain/contributions/jakon.ts).
    const slices = (rate: "jkkBp" | "jkmBp") => {
      let lower = 0;
      return JAKON_TIERS.map((tier) => {
        const upper = Number.isFinite(tier.upTo) ? `LEAST(v, ${tier.upTo})` : "v";
        const part = `${bp(`GREATEST(${upper} - ${lower}, 0)`, tier[rate])}`;
        lower = Number.isFinite(tier.upTo) ? tier.upTo : lower;
        return part;
      }).join(" + ");
    };
    await phase("Jakon bills", async () => {
      await batched("projects billed", projects, batch, (lo, hi) =>
        billAndPayments(
          priced(`
          SELECT gen_random_uuid() AS id, 'JAKON:' || x."id" AS billing_key, 'JAKON' AS category,
            NULL::uuid AS participant_id, NULL::uuid AS company_id, x."id" AS project_id,
            date_trunc('month', x."startDate")::date AS period_start,
            (date_trunc('month', x."startDate") + interval '1 month' + interval '14 days')::date AS due_date,
            ${vaProjectBase} + x.p AS va_seq, ${hash("x.p", 137)} AS h, ${fate(`${hash("x.p", 137)} % 100`)} AS status,
            ARRAY['JKK', 'JKM'] AS programs, ARRAY[0, 0] AS bases,
            ARRAY[(${slices("jkkBp")}), (${slices("jkmBp")})]::int[] AS employer, ARRAY[0, 0] AS worker
          FROM (SELECT pr."id", pr."startDate", pr."contractValue" AS v, ${seedNumber('pr."id"')} AS p FROM "ConstructionProject" pr
            WHERE pr."id" BETWEEN ${seedId(5, String(lo))} AND ${seedId(5, String(hi))}) x`),
        ),
      );
      const [{ bills }] = (await client.query<{ bills: string }>(`SELECT count(*) AS bills FROM "Bill" WHERE "category" = 'JAKON'`)).rows;
      return Number(bills);
    });

    // Later app inserts continue after the seeded numbers.
    await q(
      `INSERT INTO "NumberSequence" ("name", "last") SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT ("name") DO UPDATE SET "last" = GREATEST("NumberSequence"."last", EXCLUDED."last")`,
      [["KPJ", "NPP", "VA"], [targets.participants, companies, vaTotal]],
    );
    const t0 = performance.now();
    await q("ANALYZE");
    seconds.analyze = Math.round((performance.now() - t0) / 100) / 10;
    seconds.total = Math.round((performance.now() - started) / 100) / 10;
    rows.bills = companyBills + bpuBills + (rows["Jakon bills"] ?? 0);
    return { targets, rows, seconds };
  } finally {
    await client.end();
  }
}
