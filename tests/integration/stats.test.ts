import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { insertParticipants } from "../../lib/db/bulk";
import type { Db } from "../../lib/db/prisma";
import { jakartaDate } from "../../lib/domain/time";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { applyPayment } from "../../lib/payments/apply-payment";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { runAs, succeeded } from "../support/actions";
import { HAND_WRITTEN_MARKER, splitSafeSql } from "../../lib/stats/migration-sql";
import {
  activeCompanies,
  billedVsCollected,
  companiesByScale,
  monthlyTrend,
  officerLeague,
  participantStats,
} from "../../lib/stats/queries";
import { setupTestDatabase } from "../support/database";
import { makeNik, registrationForm } from "../support/factories";
import { createBranch, createOfficer } from "../support/records";

const t = setupTestDatabase();
const today = jakartaDate();

let serial = Math.floor(Math.random() * 1_000_000);
const nextKpj = () => String(40_000_000_000 + ++serial);

type ParticipantSeed = {
  category: "PU" | "BPU" | "JAKON";
  channel: "SELF" | "BANK_OFFICER" | "API" | "STAFF";
  regencyCode: string;
  createdAt: string;
  branchId?: string | null;
  enrolledById?: string | null;
  status?: "PENDING" | "ACTIVE" | "REJECTED";
};

function createParticipant(db: Db, seed: ParticipantSeed) {
  return db.participant.create({
    data: {
      kpj: nextKpj(),
      nik: makeNik("1990-01-01", "M"),
      name: "Peserta Statistik",
      birthDate: new Date("1990-01-01"),
      gender: "M",
      category: seed.category,
      channel: seed.channel,
      regencyCode: seed.regencyCode,
      branchId: seed.branchId ?? null,
      enrolledById: seed.enrolledById ?? null,
      status: seed.status ?? "PENDING",
      createdAt: new Date(seed.createdAt),
    },
  });
}

let npp = 70_000_000 + Math.floor(Math.random() * 1_000_000);
function createCompany(db: Db, input: { regencyCode: string; createdAt: string; branchId?: string | null; scale?: "SMALL" | "LARGE" }) {
  return db.company.create({
    data: {
      npp: String(++npp),
      name: "PT Statistik",
      scale: input.scale ?? "SMALL",
      riskClass: 1,
      regencyCode: input.regencyCode,
      channel: "BANK_OFFICER",
      branchId: input.branchId ?? null,
      createdAt: new Date(input.createdAt),
    },
  });
}

let vaSerial = 60_000_000_000 + Math.floor(Math.random() * 1_000_000);
function createBill(db: Db, input: { participantId?: string; companyId?: string; category: "PU" | "BPU"; period: string; total: number }) {
  return db.bill.create({
    data: {
      billingKey: `STATS:${++vaSerial}`,
      category: input.category,
      participantId: input.participantId ?? null,
      companyId: input.companyId ?? null,
      periodStart: new Date(input.period),
      periodMonths: 1,
      dueDate: new Date(input.period),
      total: BigInt(input.total),
      virtualAccount: formatVirtualAccount(BigInt(vaSerial)),
    },
  });
}

/** The rollups summed over all time, against a naive GROUP BY over the base tables: they must be equal. */
async function expectRollupsMatchBaseTables(db: Db) {
  const participants = await db.$queryRaw<unknown[]>`
    (SELECT "regencyCode", "category"::text, "channel"::text, "branchKey", SUM("delta")::int AS n
       FROM "ParticipantDailyCount" GROUP BY 1, 2, 3, 4 HAVING SUM("delta") <> 0
     EXCEPT
     SELECT "regencyCode", "category"::text, "channel"::text, COALESCE("branchId"::text, ''), count(*)::int
       FROM "Participant" WHERE "status" <> 'REJECTED' GROUP BY 1, 2, 3, 4)
    UNION ALL
    (SELECT "regencyCode", "category"::text, "channel"::text, COALESCE("branchId"::text, ''), count(*)::int
       FROM "Participant" WHERE "status" <> 'REJECTED' GROUP BY 1, 2, 3, 4
     EXCEPT
     SELECT "regencyCode", "category"::text, "channel"::text, "branchKey", SUM("delta")::int
       FROM "ParticipantDailyCount" GROUP BY 1, 2, 3, 4 HAVING SUM("delta") <> 0)`;
  expect(participants).toEqual([]);

  const active = await db.$queryRaw<unknown[]>`
    WITH base AS (
      SELECT "regencyCode"::text AS regency, "category"::text AS category, "channel"::text AS channel,
        COALESCE("branchId"::text, '') AS branch, count(*)::int AS n
      FROM "Participant" WHERE "status" = 'ACTIVE' GROUP BY 1, 2, 3, 4
    ), daily AS (
      SELECT "regencyCode"::text, "category"::text, "channel"::text, "branchKey", SUM("activeDelta")::int
      FROM "ParticipantDailyCount" GROUP BY 1, 2, 3, 4 HAVING SUM("activeDelta") <> 0
    ), monthly AS (
      SELECT "regencyCode"::text, "category"::text, "channel"::text, "branchKey", SUM("activeDelta")::int
      FROM "ParticipantMonthlyCount" GROUP BY 1, 2, 3, 4 HAVING SUM("activeDelta") <> 0
    )
    (SELECT * FROM base EXCEPT SELECT * FROM daily) UNION ALL (SELECT * FROM daily EXCEPT SELECT * FROM base)
    UNION ALL (SELECT * FROM base EXCEPT SELECT * FROM monthly) UNION ALL (SELECT * FROM monthly EXCEPT SELECT * FROM base)`;
  expect(active).toEqual([]);

  const monthlyVsDaily = await db.$queryRaw<unknown[]>`
    (SELECT "month", "regencyCode", "category", "channel", "branchKey", SUM("delta")::int FROM "ParticipantMonthlyCount" GROUP BY 1, 2, 3, 4, 5 HAVING SUM("delta") <> 0
     EXCEPT
     SELECT date_trunc('month', "day")::date, "regencyCode", "category", "channel", "branchKey", SUM("delta")::int FROM "ParticipantDailyCount" GROUP BY 1, 2, 3, 4, 5 HAVING SUM("delta") <> 0)
    UNION ALL
    (SELECT date_trunc('month', "day")::date, "regencyCode", "category", "channel", "branchKey", SUM("delta")::int FROM "ParticipantDailyCount" GROUP BY 1, 2, 3, 4, 5 HAVING SUM("delta") <> 0
     EXCEPT
     SELECT "month", "regencyCode", "category", "channel", "branchKey", SUM("delta")::int FROM "ParticipantMonthlyCount" GROUP BY 1, 2, 3, 4, 5 HAVING SUM("delta") <> 0)`;
  expect(monthlyVsDaily).toEqual([]);

  const companies = await db.$queryRaw<unknown[]>`
    WITH base AS (
      SELECT "regencyCode"::text AS regency, COALESCE("branchId"::text, '') AS branch, "scale"::text AS scale, count(*)::int AS n
      FROM "Company" WHERE "status" = 'ACTIVE' GROUP BY 1, 2, 3
    ), daily AS (
      SELECT "regencyCode"::text, "branchKey", "scale"::text, SUM("delta")::int FROM "CompanyDailyCount" GROUP BY 1, 2, 3 HAVING SUM("delta") <> 0
    ), monthly AS (
      SELECT "regencyCode"::text, "branchKey", "scale"::text, SUM("delta")::int FROM "CompanyMonthlyCount" GROUP BY 1, 2, 3 HAVING SUM("delta") <> 0
    )
    (SELECT * FROM base EXCEPT SELECT * FROM daily) UNION ALL (SELECT * FROM daily EXCEPT SELECT * FROM base)
    UNION ALL (SELECT * FROM base EXCEPT SELECT * FROM monthly) UNION ALL (SELECT * FROM monthly EXCEPT SELECT * FROM base)`;
  expect(companies).toEqual([]);

  const officers = await db.$queryRaw<unknown[]>`
    WITH base AS (
      SELECT COALESCE("enrolledById"::text, '') AS officer, "branchId"::text AS branch, "regencyCode"::text AS regency,
        "category"::text AS category, count(*)::int AS n
      FROM "Participant" WHERE "status" <> 'REJECTED' AND "branchId" IS NOT NULL GROUP BY 1, 2, 3, 4
    ), daily AS (
      SELECT "officerKey", "branchKey", "regencyCode"::text, "category"::text, SUM("delta")::int FROM "OfficerDailyCount"
      GROUP BY 1, 2, 3, 4 HAVING SUM("delta") <> 0
    ), monthly AS (
      SELECT "officerKey", "branchKey", "regencyCode"::text, "category"::text, SUM("delta")::int FROM "OfficerMonthlyCount"
      GROUP BY 1, 2, 3, 4 HAVING SUM("delta") <> 0
    )
    (SELECT * FROM base EXCEPT SELECT * FROM daily) UNION ALL (SELECT * FROM daily EXCEPT SELECT * FROM base)
    UNION ALL (SELECT * FROM base EXCEPT SELECT * FROM monthly) UNION ALL (SELECT * FROM monthly EXCEPT SELECT * FROM base)`;
  expect(officers).toEqual([]);

  const billing = await db.$queryRaw<unknown[]>`
    WITH base AS (
      SELECT date_trunc('month', b."periodStart")::date AS period, b."category"::text AS category,
        SUM(b."total")::bigint AS billed, SUM(b."fineAmount")::bigint AS fines, SUM(b."paidAmount")::bigint AS collected
      FROM "Bill" b GROUP BY 1, 2
    ), rollup AS (
      SELECT "period", "category"::text AS category, SUM("billed")::bigint AS billed, SUM("fines")::bigint AS fines,
        SUM("collected")::bigint AS collected
      FROM "BillingMonthlyTotals" GROUP BY 1, 2 HAVING SUM("billed") <> 0 OR SUM("fines") <> 0 OR SUM("collected") <> 0
    )
    (SELECT * FROM base EXCEPT SELECT * FROM rollup) UNION ALL (SELECT * FROM rollup EXCEPT SELECT * FROM base)`;
  expect(billing).toEqual([]);
}

/** Naive count for "as of today" in one regency, straight from Participant. */
async function naiveCount(db: Db, regencyCode: string) {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS n FROM "Participant" WHERE "regencyCode" = ${regencyCode} AND "status" <> 'REJECTED'`;
  return Number(row.n);
}

const regencyOf = (stats: Awaited<ReturnType<typeof participantStats>>, code: string) =>
  stats.byRegency.find((regency) => regency.code === code)!;

describe("dashboard rollups", () => {
  let branchA: { id: string };
  let bpu: { id: string };
  let jakon: { id: string };

  beforeAll(async () => {
    branchA = await createBranch(t.db, "3673");
    // 2025-01-31 18:00 UTC is 2025-02-01 01:00 in Jakarta: the day boundary is WIB, not UTC.
    bpu = await createParticipant(t.db, { category: "BPU", channel: "SELF", regencyCode: "3673", createdAt: "2025-01-10T03:00:00Z" });
    await createParticipant(t.db, {
      category: "PU",
      channel: "BANK_OFFICER",
      regencyCode: "3673",
      branchId: branchA.id,
      createdAt: "2025-01-31T18:00:00Z",
    });
    jakon = await createParticipant(t.db, { category: "JAKON", channel: "STAFF", regencyCode: "3603", createdAt: "2025-02-15T03:00:00Z" });
    await createParticipant(t.db, {
      category: "PU",
      channel: "API",
      regencyCode: "3671",
      createdAt: "2025-03-01T03:00:00Z",
      status: "REJECTED",
    });
  });

  it.each([
    ["_stats_rollups", "lib/stats/rollups.sql"],
    ["_stats_bjb_officers", "lib/stats/bjb-rollups.sql"],
    ["_audit_append_only", "lib/db/audit-append-only.sql"],
    ["_bpu_retention", "lib/stats/retention-rollups.sql"],
    ["_registration_funnel", "lib/stats/funnel-rollups.sql"],
    ["_participant_active_count", "lib/stats/active-rollups.sql"],
    ["_sponsorship_rollups", "lib/stats/sponsorship-rollups.sql"],
  ])("the %s migration applies the readable trigger source %s exactly", async (suffix, sourcePath) => {
    const folder = (await readdir("prisma/migrations")).find((name) => name.endsWith(suffix))!;
    const migration = await readFile(path.join("prisma/migrations", folder, "migration.sql"), "utf8");
    const source = await readFile(sourcePath, "utf8");
    const applied = migration.slice(migration.lastIndexOf("-- ----", migration.indexOf(HAND_WRITTEN_MARKER)));
    expect(applied).toBe(splitSafeSql(source));
  });

  it("counts participants by category and regency as of each day (Asia/Jakarta), rejected ones never", async () => {
    const jan31 = await participantStats(t.db, { asOf: "2025-01-31" });
    expect(jan31.participants).toEqual({ total: 1, PU: 0, BPU: 1, JAKON: 0 });
    expect(jan31.byRegency).toHaveLength(8);
    expect(regencyOf(jan31, "3673")).toMatchObject({ name: "Kota Serang", total: 1, BPU: 1 });
    expect(regencyOf(jan31, "3603")).toMatchObject({ total: 0, PU: 0, BPU: 0, JAKON: 0 });

    expect((await participantStats(t.db, { asOf: "2025-02-01" })).participants).toEqual({ total: 2, PU: 1, BPU: 1, JAKON: 0 });
    const mar31 = await participantStats(t.db, { asOf: "2025-03-31" });
    expect(mar31.participants).toEqual({ total: 3, PU: 1, BPU: 1, JAKON: 1 });
    expect(regencyOf(mar31, "3603")).toMatchObject({ total: 1, JAKON: 1 });
    expect(regencyOf(mar31, "3671").total).toBe(0);
    expect((await participantStats(t.db, { asOf: "2024-12-31" })).participants.total).toBe(0);

    const serang = await participantStats(t.db, { asOf: "2025-03-31", regency: "3673" });
    expect(serang.participants).toEqual({ total: 2, PU: 1, BPU: 1, JAKON: 0 });
    expect(serang.byRegency.map((r) => r.code)).toEqual(["3673"]);
    expect((await participantStats(t.db, { asOf: "2025-03-31", channel: "BANK_OFFICER" })).participants.total).toBe(1);
    expect((await participantStats(t.db, { asOf: "2025-03-31", branchId: branchA.id })).participants.PU).toBe(1);
    expect((await participantStats(t.db, { asOf: "2025-03-31", category: "JAKON" })).participants).toEqual({
      total: 1,
      PU: 0,
      BPU: 0,
      JAKON: 1,
    });
    await expectRollupsMatchBaseTables(t.db);
  });

  it("takes a rejected participant out on the day of the rejection, and back when un-rejected", async () => {
    await t.db.participant.update({ where: { id: jakon.id }, data: { status: "REJECTED" } });
    expect((await participantStats(t.db, { asOf: today, regency: "3603" })).participants.total).toBe(await naiveCount(t.db, "3603"));
    expect((await participantStats(t.db, { asOf: today, regency: "3603" })).participants.JAKON).toBe(0);
    // Figures already reported for past days do not change.
    expect((await participantStats(t.db, { asOf: "2025-03-31" })).participants.JAKON).toBe(1);
    await expectRollupsMatchBaseTables(t.db);

    await t.db.participant.update({ where: { id: jakon.id }, data: { status: "PENDING" } });
    expect((await participantStats(t.db, { asOf: today, regency: "3603" })).participants.JAKON).toBe(1);
    // Activation and other changes that keep a participant counted change nothing.
    await t.db.participant.update({ where: { id: jakon.id }, data: { status: "ACTIVE" } });
    expect((await participantStats(t.db, { asOf: today, regency: "3603" })).participants.JAKON).toBe(1);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("counts a participant active from the day they become ACTIVE until the day they lapse, past days unchanged", async () => {
    const created = await createParticipant(t.db, {
      category: "BPU",
      channel: "SELF",
      regencyCode: "3604",
      createdAt: "2025-04-02T03:00:00Z",
    });
    const activeIn = async (asOf: string) => regencyOf(await participantStats(t.db, { asOf, regency: "3604" }), "3604");
    const before = await activeIn(today);
    expect(before.active).toBeLessThan(before.total);

    await t.db.participant.update({ where: { id: created.id }, data: { status: "ACTIVE", activatedAt: new Date() } });
    expect((await activeIn(today)).active).toBe(before.active + 1);
    expect((await activeIn(today)).total).toBe(before.total);
    expect((await participantStats(t.db, { asOf: today })).active).toBe(
      (await participantStats(t.db, { asOf: today })).byRegency.reduce((sum, r) => sum + r.active, 0),
    );
    // A past day: figures already reported stay put.
    expect((await activeIn("2025-04-30")).active).toBe(0);
    await expectRollupsMatchBaseTables(t.db);

    await t.db.participant.update({ where: { id: created.id }, data: { status: "INACTIVE" } });
    expect((await activeIn(today)).active).toBe(before.active);
    expect((await activeIn(today)).total).toBe(before.total);
    await expectRollupsMatchBaseTables(t.db);

    // Created ACTIVE (an officer's client with a paid first bill): active from the day of creation.
    await createParticipant(t.db, {
      category: "PU",
      channel: "BANK_OFFICER",
      regencyCode: "3604",
      status: "ACTIVE",
      createdAt: "2025-05-05T03:00:00Z",
    });
    expect((await activeIn("2025-05-04")).active).toBe(0);
    expect((await activeIn("2025-05-05")).active).toBe(1);
    await t.db.participant.deleteMany({ where: { regencyCode: "3604" } });
    expect((await activeIn(today)).active).toBe(0);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("the active-count migration's backfill rebuilds activeDelta from today's ACTIVE participants", async () => {
    await createParticipant(t.db, {
      category: "BPU",
      channel: "SELF",
      regencyCode: "3671",
      status: "ACTIVE",
      createdAt: "2025-06-01T03:00:00Z",
    });
    const source = await readFile("lib/stats/active-rollups.sql", "utf8");
    const backfill = source.slice(source.indexOf("-- Participants ACTIVE before this migration"));
    await t.db.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "ParticipantDailyCount" SET "activeDelta" = 0`;
      await tx.$executeRaw`UPDATE "ParticipantMonthlyCount" SET "activeDelta" = 0`;
      for (const statement of backfill.split(";").filter((s) => s.trim())) await tx.$executeRawUnsafe(statement);
    });
    expect((await participantStats(t.db, { asOf: "2025-06-01", regency: "3671" })).active).toBe(1);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("moves a participant between regencies when their regency changes", async () => {
    await t.db.participant.update({ where: { id: bpu.id }, data: { regencyCode: "3674" } });
    const now = await participantStats(t.db, { asOf: today });
    expect(regencyOf(now, "3674").BPU).toBe(1);
    expect(regencyOf(now, "3673").BPU).toBe(0);
    await expectRollupsMatchBaseTables(t.db);
    await t.db.participant.update({ where: { id: bpu.id }, data: { regencyCode: "3673" } });
    await expectRollupsMatchBaseTables(t.db);
  });

  it("counts a bulk insert of 1,000 workers (lib/db/bulk.ts) in one statement", async () => {
    const before = await participantStats(t.db, { asOf: today });
    const branchB = await createBranch(t.db, "3602");
    const rows = Array.from({ length: 1000 }, () => ({
      kpj: nextKpj(),
      nik: makeNik("1992-03-04", "M"),
      name: "Pekerja Massal",
      birthPlace: null,
      birthDate: "1992-03-04",
      gender: "M" as const,
      phone: null,
    }));
    await t.db.$transaction((tx) =>
      insertParticipants(
        tx,
        {
          category: "PU",
          channel: "BANK_OFFICER",
          regencyCode: "3602",
          programs: ["JKK", "JKM", "JHT", "JP"],
          branchId: branchB.id,
          enrolledById: null,
        },
        rows,
      ),
    );
    const after = await participantStats(t.db, { asOf: today });
    expect(after.participants.total - before.participants.total).toBe(1000);
    expect(regencyOf(after, "3602").PU - regencyOf(before, "3602").PU).toBe(1000);
    expect(regencyOf(after, "3602").PU).toBe(await naiveCount(t.db, "3602"));
    expect((await participantStats(t.db, { asOf: today, branchId: branchB.id })).participants.PU).toBe(1000);
    const [dailyRows] = await t.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*)::bigint AS n FROM "ParticipantDailyCount" WHERE "branchKey" = ${branchB.id}`;
    expect(dailyRows.n).toBe(1n);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("counts a self-registration (bpuSelfRegistration) and its first bill", async () => {
    const before = await participantStats(t.db, { asOf: today, regency: "3672" });
    succeeded(await runAs(t.db, bpuSelfRegistration, registrationForm({ regencyCode: "3672", districtCode: "367201" })));
    const after = await participantStats(t.db, { asOf: today, regency: "3672" });
    expect(after.participants.BPU - before.participants.BPU).toBe(1);
    const trend = await monthlyTrend(t.db, { from: today, to: today, regency: "3672" });
    expect(trend).toEqual([{ month: today.slice(0, 7), category: "BPU", channel: "SELF", change: after.participants.BPU }]);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("gives the monthly trend by category and channel", async () => {
    expect(await monthlyTrend(t.db, { from: "2025-01-01", to: "2025-03-31" })).toEqual([
      { month: "2025-01", category: "BPU", channel: "SELF", change: 1 },
      { month: "2025-02", category: "PU", channel: "BANK_OFFICER", change: 1 },
      { month: "2025-02", category: "JAKON", channel: "STAFF", change: 1 },
    ]);
  });

  it("counts active companies as of a day, and takes one out when it becomes inactive", async () => {
    const old = await createCompany(t.db, { regencyCode: "3601", createdAt: "2025-01-05T03:00:00Z" });
    await createCompany(t.db, { regencyCode: "3601", createdAt: "2025-03-05T03:00:00Z", branchId: branchA.id });
    expect(await activeCompanies(t.db, { asOf: "2025-01-04", regency: "3601" })).toBe(0);
    expect(await activeCompanies(t.db, { asOf: "2025-01-05", regency: "3601" })).toBe(1);
    expect(await activeCompanies(t.db, { asOf: "2025-12-31", regency: "3601" })).toBe(2);
    expect(await activeCompanies(t.db, { asOf: "2025-12-31", branchId: branchA.id })).toBe(1);
    await t.db.company.update({ where: { id: old.id }, data: { status: "INACTIVE" } });
    expect(await activeCompanies(t.db, { asOf: today, regency: "3601" })).toBe(1);
    expect(await activeCompanies(t.db, { asOf: "2025-12-31", regency: "3601" })).toBe(2);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("counts companies by business scale (UMKM share), and moves one when its scale changes", async () => {
    const big = await createCompany(t.db, { regencyCode: "3672", createdAt: "2025-04-05T03:00:00Z", scale: "LARGE" });
    await createCompany(t.db, { regencyCode: "3672", createdAt: "2025-04-06T03:00:00Z", branchId: branchA.id });
    expect(await companiesByScale(t.db, { asOf: "2025-04-30", regency: "3672" })).toEqual({
      MICRO: 0,
      SMALL: 1,
      MEDIUM: 0,
      LARGE: 1,
      total: 2,
      umkm: 1,
    });
    expect((await companiesByScale(t.db, { asOf: "2025-04-30", regency: "3672", viaBjb: true })).total).toBe(1);
    await t.db.company.update({ where: { id: big.id }, data: { scale: "MEDIUM" } });
    expect(await companiesByScale(t.db, { asOf: today, regency: "3672" })).toMatchObject({ LARGE: 0, MEDIUM: 1, total: 2, umkm: 2 });
    await expectRollupsMatchBaseTables(t.db);
  });

  it("counts BJB enrollments per officer (API key: no officer), and follows a rejection", async () => {
    const branchC = await createBranch(t.db, "3671");
    const [ani, budi] = [await createOfficer(t.db, branchC.id), await createOfficer(t.db, branchC.id)];
    const seed = { category: "PU" as const, channel: "BANK_OFFICER" as const, regencyCode: "3671", branchId: branchC.id };
    await createParticipant(t.db, { ...seed, enrolledById: ani.id, createdAt: "2025-05-02T03:00:00Z" });
    const second = await createParticipant(t.db, { ...seed, enrolledById: ani.id, createdAt: "2025-06-02T03:00:00Z" });
    await createParticipant(t.db, { ...seed, category: "BPU", enrolledById: budi.id, createdAt: "2025-06-03T03:00:00Z" });
    await createParticipant(t.db, { ...seed, channel: "API", createdAt: "2025-06-04T03:00:00Z" });

    expect(await officerLeague(t.db, { asOf: "2025-06-30", branchId: branchC.id })).toEqual([
      { officerId: ani.id, branchId: branchC.id, participants: 2, newThisMonth: 1 },
      ...[
        { officerId: null, branchId: branchC.id, participants: 1, newThisMonth: 1 },
        { officerId: budi.id, branchId: branchC.id, participants: 1, newThisMonth: 1 },
      ].sort((a, b) => (a.officerId ?? "").localeCompare(b.officerId ?? "")),
    ]);
    expect(await officerLeague(t.db, { asOf: "2025-06-30", branchId: branchC.id, category: "BPU" })).toEqual([
      { officerId: budi.id, branchId: branchC.id, participants: 1, newThisMonth: 1 },
    ]);
    // The BJB view counts only what has a branch: the same four, and none of the self-registered.
    expect((await participantStats(t.db, { asOf: "2025-06-30", regency: "3671", viaBjb: true })).participants.total).toBe(4);

    await t.db.participant.update({ where: { id: second.id }, data: { status: "REJECTED" } });
    const now = await officerLeague(t.db, { asOf: today, branchId: branchC.id });
    expect(now.find((o) => o.officerId === ani.id)?.participants).toBe(1);
    await expectRollupsMatchBaseTables(t.db);
  });

  it("adds up billed, fines and collected per billing period, after a bill and a partial payment", async () => {
    const company = await createCompany(t.db, { regencyCode: "3604", createdAt: "2025-01-05T03:00:00Z" });
    const bill = await createBill(t.db, { participantId: bpu.id, category: "BPU", period: "2025-02-01", total: 100_000 });
    await createBill(t.db, { companyId: company.id, category: "PU", period: "2025-02-01", total: 2_500_000 });
    const range = { from: "2025-02-01", to: "2025-02-28" };
    expect(await billedVsCollected(t.db, { ...range, regency: "3673" })).toEqual([
      { period: "2025-02", category: "BPU", billed: 100_000n, fines: 0n, collected: 0n, arrears: 100_000n },
    ]);

    await t.db.$transaction((tx) =>
      applyPayment(tx, {
        virtualAccount: bill.virtualAccount,
        amount: 40_000n,
        paidAt: new Date(),
        bankReference: `STATS-${vaSerial}`,
        source: "NOTIFICATION",
      }),
    );
    await t.db.bill.update({ where: { id: bill.id }, data: { fineAmount: 2_000n } });
    expect(await billedVsCollected(t.db, { ...range, regency: "3673" })).toEqual([
      { period: "2025-02", category: "BPU", billed: 100_000n, fines: 2_000n, collected: 40_000n, arrears: 62_000n },
    ]);
    expect(await billedVsCollected(t.db, range)).toEqual([
      { period: "2025-02", category: "PU", billed: 2_500_000n, fines: 0n, collected: 0n, arrears: 2_500_000n },
      { period: "2025-02", category: "BPU", billed: 100_000n, fines: 2_000n, collected: 40_000n, arrears: 62_000n },
    ]);
    expect(await billedVsCollected(t.db, { ...range, regency: "3604" })).toHaveLength(1);
    await expectRollupsMatchBaseTables(t.db);
  });
});
