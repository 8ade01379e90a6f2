// Sponsored cover (issue 16), the rule at its heart: a programme takes people
// who qualify, at most one payer a month, never past its budget; a list with
// any problem saves nobody; the same list again adds nobody twice; two uploads
// at the same moment cannot both pay one month.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeNik } from "../support/factories";
import { setupTestDatabase } from "../support/database";
import { budgetUsed, sponsorParticipants } from "../../lib/sponsorship/beneficiaries";
import type { Db } from "../../lib/db/prisma";
import { isoDate, type Period } from "../../lib/domain/billing-period";
import { generateBills } from "../../lib/billing";
import { queueDailyNotices } from "../../lib/messages/notices";
import { applyPayment } from "../../lib/payments/apply-payment";
import { programmeFigures, sponsoredByRegency } from "../../lib/stats/sponsorship";

const t = setupTestDatabase();
const actor = { userAgent: "vitest" };
let serial = 0;

async function participant(
  db: Db,
  overrides: { regencyCode?: string; occupation?: string; birthDate?: string; category?: "PU" | "BPU" } = {},
) {
  const birthDate = overrides.birthDate ?? "1980-03-03";
  return db.participant.create({
    data: {
      kpj: String(31_000_000_000 + ++serial + Math.floor(Math.random() * 1_000_000) * 100).slice(0, 11),
      nik: makeNik(birthDate, "M"),
      name: "Nelayan Uji",
      birthDate: new Date(birthDate),
      gender: "M",
      category: overrides.category ?? "BPU",
      channel: "SELF",
      regencyCode: overrides.regencyCode ?? "3601",
      occupation: overrides.occupation ?? "FISHER",
      programs: ["JKK", "JKM"],
    },
  });
}

async function programme(db: Db, overrides: { ceiling?: bigint; funding?: "APBD" | "CSR"; name?: string } = {}) {
  const sponsor = await db.sponsor.create({
    data: { name: `Sponsor ${randomUUID()}`, kind: overrides.funding === "CSR" ? "CSR" : "PROVINCE" },
  });
  return db.sponsorProgramme.create({
    data: {
      sponsorId: sponsor.id,
      name: overrides.name ?? "Nelayan Sejahtera",
      legalBasis: "Pergub Banten (uji)",
      funding: overrides.funding ?? "APBD",
      budgetYear: 2026,
      ceiling: overrides.ceiling ?? 1_000_000n,
      fromPeriod: "2026-07",
      toPeriod: "2026-12",
      regencyCodes: ["3601", "3602"],
      occupations: ["FISHER"],
      minAge: 18,
      maxAge: 60,
    },
    include: { sponsor: true },
  });
}

const add = (db: Db, programmeId: string, participantIds: string[], from: Period = "2026-07") =>
  db.$transaction((tx) => sponsorParticipants(tx, { programmeId, participantIds, from }, actor));

/** The sponsorship rollups (lib/stats/sponsorship-rollups.sql) against a naive GROUP BY over their base tables. */
async function expectSponsorshipRollupsMatch(db: Db) {
  const months = await db.$queryRaw<unknown[]>`
    WITH base AS (SELECT "period", "regencyCode", count(*)::int AS n FROM "SponsoredMonth" GROUP BY 1, 2),
    rollup AS (SELECT "period", "regencyCode", SUM("participants")::int AS n FROM "SponsoredMonthCount" GROUP BY 1, 2 HAVING SUM("participants") <> 0)
    (SELECT * FROM base EXCEPT SELECT * FROM rollup) UNION ALL (SELECT * FROM rollup EXCEPT SELECT * FROM base)`;
  expect(months).toEqual([]);
  const sponsorships = await db.$queryRaw<unknown[]>`
    WITH base AS (
      SELECT "programmeId", "regencyCode", "toPeriod", count(*)::int AS people, SUM("committed")::bigint AS committed,
        count("continuedAt")::int AS continued
      FROM "Sponsorship" GROUP BY 1, 2, 3
    ), rollup AS (
      SELECT "programmeId", "regencyCode", "toPeriod", "people", "committed", "continued" FROM "SponsorshipFigures"
      WHERE "people" <> 0 OR "committed" <> 0 OR "continued" <> 0
    )
    (SELECT * FROM base EXCEPT SELECT * FROM rollup) UNION ALL (SELECT * FROM rollup EXCEPT SELECT * FROM base)`;
  expect(sponsorships).toEqual([]);
}

describe("sponsoring participants", () => {
  it("takes people who qualify for the programme's months, at the full price for APBD money, and counts the budget", async () => {
    const p = await programme(t.db);
    const [a, b] = [await participant(t.db), await participant(t.db, { regencyCode: "3602" })];
    const added = await add(t.db, p.id, [a.id, b.id], "2026-10");
    // Oct–Dec, 16,800 a month (no PP 50/2025 relief for APBD-paid participants), two people.
    expect(added).toEqual({ ok: true, added: 2, skipped: 0, committed: 2 * 3 * 16_800, used: 100_800, remaining: 899_200 });
    expect(await t.db.sponsoredMonth.count({ where: { participantId: a.id } })).toBe(3);
    expect(await budgetUsed(t.db as never, p.id)).toBe(100_800);
    // The same list again: nobody twice, no error, no budget spent.
    expect(await add(t.db, p.id, [a.id, b.id], "2026-10")).toMatchObject({ ok: true, added: 0, skipped: 2, committed: 0 });
    expect(await t.db.auditLog.count({ where: { action: "sponsorship.added", entityId: p.id } })).toBe(2);
  });

  it("refuses a list with anyone who does not qualify or has another payer, per person, and saves nobody", async () => {
    const first = await programme(t.db, { name: "Program A" });
    const second = await programme(t.db, { name: "Program B" });
    const taken = await participant(t.db);
    expect(await add(t.db, first.id, [taken.id])).toMatchObject({ ok: true, added: 1 });
    const fine = await participant(t.db);
    const wageEarner = await participant(t.db, { category: "PU" });
    const trader = await participant(t.db, { occupation: "TRADER", regencyCode: "3673" });
    const child = await participant(t.db, { birthDate: "2010-01-01" });
    const outcome = await add(t.db, second.id, [fine.id, taken.id, wageEarner.id, trader.id, child.id, randomUUID()]);
    expect(outcome).toMatchObject({ ok: false });
    const problems = "problems" in outcome ? outcome.problems : [];
    expect(problems.map((p) => p.problem)).toEqual(["otherPayer", "ineligible", "ineligible", "ineligible", "notFound"]);
    expect(problems[0]).toMatchObject({
      key: taken.id,
      sponsor: first.sponsor.name,
      programme: "Program A",
      months: ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"],
    });
    expect(problems.slice(1, 4).map((p) => ("reasons" in p ? p.reasons : []))).toEqual([
      ["notBpu"],
      ["outsideArea", "occupation"],
      ["tooYoung"],
    ]);
    // Nobody saved, not even the one who qualified.
    expect(await t.db.sponsorship.count({ where: { programmeId: second.id } })).toBe(0);
  });

  it("refuses beneficiaries beyond the budget ceiling, and months outside the programme", async () => {
    // Room for one person's six months at 16,800 and a little more.
    const p = await programme(t.db, { ceiling: 120_000n });
    const [a, b] = [await participant(t.db), await participant(t.db)];
    expect(await add(t.db, p.id, [a.id, b.id])).toEqual({ ok: false, overBudget: { needed: 201_600, remaining: 120_000 } });
    expect(await add(t.db, p.id, [a.id])).toMatchObject({ ok: true, remaining: 120_000 - 100_800 });
    expect(await add(t.db, p.id, [b.id])).toEqual({ ok: false, overBudget: { needed: 100_800, remaining: 19_200 } });
    expect(await add(t.db, p.id, [b.id], "2027-01")).toEqual({ ok: false, problems: [{ key: b.id, problem: "noMonths" }] });
    // CSR money keeps the relief: the same six months cost half for JKK and JKM while PP 50/2025 runs (to December 2026).
    const csr = await programme(t.db, { funding: "CSR", ceiling: 10_000_000n });
    expect(await add(t.db, csr.id, [b.id])).toMatchObject({ ok: true, committed: 6 * 8_400 });
  });

  it("leaves a participant's own billed months theirs, and starts their own cycles again after the sponsorship", async () => {
    const p = await programme(t.db);
    const person = await participant(t.db);
    await t.db.participant.update({ where: { id: person.id }, data: { declaredIncome: 1_500_000, paymentPeriodMonths: 3 } });
    // They paid July–September themselves: the sponsor pays from October, not July.
    await t.db.bill.create({
      data: {
        billingKey: `BPU:${person.id}:2026-07`,
        category: "BPU",
        participantId: person.id,
        periodStart: new Date("2026-07-01"),
        periodMonths: 3,
        dueDate: new Date("2026-07-15"),
        total: 50_400n,
        virtualAccount: `8812${String(Date.now()).slice(-12)}`,
      },
    });
    expect(await add(t.db, p.id, [person.id])).toMatchObject({ ok: true, added: 1, committed: 3 * 16_800 });
    const sponsorship = await t.db.sponsorship.findFirstOrThrow({ where: { participantId: person.id } });
    expect([sponsorship.fromPeriod, sponsorship.toPeriod]).toEqual(["2026-10", "2026-12"]);
    // From January their own three-month cycles count again, at their own income.
    expect(
      await t.db.bpuTerms.findMany({
        where: { participantId: person.id },
        select: { fromPeriod: true, declaredIncome: true, paymentPeriodMonths: true },
      }),
    ).toEqual([{ fromPeriod: "2027-01", declaredIncome: 1_500_000, paymentPeriodMonths: 3 }]);
  });

  it("the monthly billing run never bills a participant for a month their sponsor pays, and bills them again after", async () => {
    const p = await programme(t.db);
    await t.db.sponsorProgramme.update({ where: { id: p.id }, data: { fromPeriod: "2027-02", toPeriod: "2027-04" } });
    const person = await participant(t.db);
    await t.db.participant.update({
      where: { id: person.id },
      data: { status: "ACTIVE", declaredIncome: 1_000_000, paymentPeriodMonths: 3, createdAt: new Date("2027-01-05T03:00:00Z") },
    });
    expect(await add(t.db, p.id, [person.id], "2027-02")).toMatchObject({ ok: true, added: 1 });
    for (const period of ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"] as const) {
      await generateBills(t.db, period, { now: new Date(`${period}-01T05:00:00Z`) });
    }
    const bills = await t.db.bill.findMany({ where: { participantId: person.id }, orderBy: { periodStart: "asc" } });
    // January alone (its three-month cycle would have reached into February), nothing while sponsored, then May–July.
    expect(bills.map((b) => [isoDate(b.periodStart), b.periodMonths, Number(b.total)])).toEqual([
      ["2027-01-01", 1, 16_800],
      ["2027-05-01", 3, 3 * 16_800],
    ]);
  });

  it("tells each person who pays and until when, and a month before the end what going on alone costs, once", async () => {
    const p = await programme(t.db);
    const person = await participant(t.db);
    await t.db.participant.update({ where: { id: person.id }, data: { phone: "+6281234500099", declaredIncome: 1_000_000 } });
    await add(t.db, p.id, [person.id], "2026-10");
    const told = await t.db.message.findMany({ where: { participantId: person.id }, select: { template: true, body: true } });
    expect(told).toEqual([
      { template: "sponsored", body: expect.stringContaining(`dibayar ${p.sponsor.name} mulai Oktober 2026 sampai Desember 2026`) },
    ]);
    // October is not the notice month; November is (the last month is December); a second run adds nothing.
    expect(await queueDailyNotices(t.db, new Date("2026-10-20T02:00:00Z"))).toMatchObject({ sponsorshipEnding: 0 });
    expect(await queueDailyNotices(t.db, new Date("2026-11-02T02:00:00Z"))).toMatchObject({ sponsorshipEnding: 1 });
    expect(await queueDailyNotices(t.db, new Date("2026-11-03T02:00:00Z"))).toMatchObject({ sponsorshipEnding: 0 });
    const ending = await t.db.message.findFirstOrThrow({ where: { participantId: person.id, template: "sponsorshipEnding" } });
    // From January 2027 on their own: JKK+JKM on Rp 1,000,000 with no relief then (PP 50/2025 runs to December 2026).
    expect(ending.body).toContain("mulai Januari 2027: iuran Rp 16.800 per bulan");
  });

  it("bills each programme once a month, itemised, with no relief for APBD money; paying it the BJB way covers everyone on it", async () => {
    const apbd = await programme(t.db);
    const csr = await programme(t.db, { funding: "CSR", name: "CSR Nelayan" });
    const [a, b, c] = [await participant(t.db), await participant(t.db), await participant(t.db)];
    await add(t.db, apbd.id, [a.id, b.id], "2026-07");
    await add(t.db, csr.id, [c.id], "2026-07");
    // (Other tests' programmes in this database are billed too: each programme's own bills are what is checked.)
    await generateBills(t.db, "2026-07", { now: new Date("2026-07-01T01:00:00Z") });
    const [apbdBill, csrBill] = await Promise.all(
      [apbd, csr].map((p) => t.db.bill.findFirstOrThrow({ where: { programmeId: p.id }, include: { lines: true } })),
    );
    // JKK + JKM for two people at 16,800 (PP 50/2025 leaves out APBD-paid participants); CSR money keeps the relief.
    expect(Number(apbdBill.total)).toBe(2 * 16_800);
    expect(apbdBill.lines.map((l) => [l.participantId, l.program, l.amount, l.reliefAmount]).sort()).toEqual(
      [
        [a.id, "JKK", 10_000, 0],
        [a.id, "JKM", 6_800, 0],
        [b.id, "JKK", 10_000, 0],
        [b.id, "JKM", 6_800, 0],
      ].sort(),
    );
    expect(Number(csrBill.total)).toBe(8_400);
    expect(
      await t.db.ledgerEntry.findMany({ where: { billId: apbdBill.id }, select: { accountType: true, accountId: true, debit: true } }),
    ).toEqual([{ accountType: "PROGRAMME", accountId: apbd.id, debit: 33_600n }]);
    // Neither participant is billed themselves for a month the sponsor pays.
    expect(await t.db.bill.count({ where: { participantId: { in: [a.id, b.id, c.id] } } })).toBe(0);

    const paid = await t.db.$transaction((tx) =>
      applyPayment(tx, {
        virtualAccount: apbdBill.virtualAccount,
        amount: 33_600n,
        paidAt: new Date("2026-07-10T03:00:00Z"),
        bankReference: `SPONSOR-${apbdBill.id}`,
        source: "NOTIFICATION",
      }),
    );
    expect(paid).toMatchObject({ kind: "credited", billStatus: "PAID" });
    expect(new Set("activatedParticipantIds" in paid ? paid.activatedParticipantIds : [])).toEqual(new Set([a.id, b.id]));
    expect((await t.db.participant.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("PENDING");

    // Run again: nothing twice. Next month, a participant who died is on no line.
    await generateBills(t.db, "2026-07");
    expect(await t.db.bill.count({ where: { programmeId: { in: [apbd.id, csr.id] } } })).toBe(2);
    await t.db.participant.update({ where: { id: b.id }, data: { status: "DECEASED" } });
    await generateBills(t.db, "2026-08", { now: new Date("2026-08-01T01:00:00Z") });
    const august = await t.db.bill.findFirstOrThrow({
      where: { programmeId: apbd.id, periodStart: new Date("2026-08-01") },
      include: { lines: true },
    });
    expect(new Set(august.lines.map((l) => l.participantId))).toEqual(new Set([a.id]));
  });

  it("the dashboard counts who pays per regency, each programme's money, and who went on paying after it ended", async () => {
    const p = await programme(t.db, { name: "Tiga Bulan" });
    await t.db.sponsorProgramme.update({ where: { id: p.id }, data: { fromPeriod: "2026-07", toPeriod: "2026-09" } });
    const [a, b] = [await participant(t.db, { regencyCode: "3602" }), await participant(t.db, { regencyCode: "3602" })];
    await add(t.db, p.id, [a.id, b.id], "2026-07");
    expect((await sponsoredByRegency(t.db, "2026-08", "3602")).get("3602")).toBe(2);
    expect((await sponsoredByRegency(t.db, "2027-03", "3602")).get("3602")).toBeUndefined();
    // After September, one of them pays October themself.
    await t.db.bill.create({
      data: {
        billingKey: `BPU:${a.id}:2026-10`,
        category: "BPU",
        participantId: a.id,
        periodStart: new Date("2026-10-01"),
        periodMonths: 1,
        dueDate: new Date("2026-10-15"),
        total: 16_800n,
        paidAmount: 16_800n,
        status: "PAID",
        virtualAccount: `8813${String(Date.now()).slice(-12)}`,
      },
    });
    const figures = (await programmeFigures(t.db, "2026-11", null)).find((f) => f.id === p.id);
    expect(figures).toMatchObject({ people: 2, committed: 2n * 3n * 16_800n, ended: 2, continued: 1 });
    // Her payment reversed: she did not go on after all (kept by the trigger on bills, whatever path un-pays it).
    await t.db.bill.update({ where: { billingKey: `BPU:${a.id}:2026-10` }, data: { status: "UNPAID", paidAmount: 0n } });
    expect((await programmeFigures(t.db, "2026-11", null)).find((f) => f.id === p.id)).toMatchObject({ ended: 2, continued: 0 });
    // Held to another regency, the programme's people there are none.
    expect((await programmeFigures(t.db, "2026-11", "3673")).find((f) => f.id === p.id)).toBeUndefined();
    await expectSponsorshipRollupsMatch(t.db);
    // Moved to another regency's count, then removed: the rollups follow every path.
    const pandeglang = (await sponsoredByRegency(t.db, "2026-08", "3601")).get("3601") ?? 0;
    await t.db.sponsoredMonth.updateMany({ where: { participantId: b.id, period: "2026-08" }, data: { regencyCode: "3601" } });
    expect((await sponsoredByRegency(t.db, "2026-08", "3601")).get("3601")).toBe(pandeglang + 1);
    await t.db.sponsoredMonth.deleteMany({ where: { participantId: b.id } });
    await t.db.sponsorship.deleteMany({ where: { participantId: b.id } });
    expect((await programmeFigures(t.db, "2026-11", null)).find((f) => f.id === p.id)).toMatchObject({ people: 1, ended: 1 });
    expect((await sponsoredByRegency(t.db, "2026-08", "3602")).get("3602")).toBe(1);
    await expectSponsorshipRollupsMatch(t.db);
  });

  it("lets only one of two uploads at the same moment pay a month, to two programmes or to one", async () => {
    const [one, two] = [await programme(t.db, { name: "Satu" }), await programme(t.db, { name: "Dua" })];
    const person = await participant(t.db);
    const settled = await Promise.allSettled([add(t.db, one.id, [person.id]), add(t.db, two.id, [person.id])]);
    const succeeded = settled.filter((s) => s.status === "fulfilled" && s.value.ok);
    expect(succeeded).toHaveLength(1);
    // The other lost: refused with the first payer's name, or stopped by the one-payer key (the form says "try again").
    const lost = settled.find((s) => !(s.status === "fulfilled" && s.value.ok))!;
    if (lost.status === "fulfilled") expect(lost.value).toMatchObject({ ok: false, problems: [{ problem: "otherPayer" }] });
    else expect(String(lost.reason)).toMatch(/Unique constraint|SponsoredMonth_pkey|unique/i);
    const months = await t.db.sponsoredMonth.findMany({ where: { participantId: person.id } });
    expect(months).toHaveLength(6);
    expect(new Set(months.map((m) => m.sponsorshipId)).size).toBe(1);

    // One programme, two uploads of two people with room for one: the lock makes the second count the first.
    const tight = await programme(t.db, { ceiling: 150_000n });
    const [x, y] = [await participant(t.db), await participant(t.db)];
    const both = await Promise.all([add(t.db, tight.id, [x.id]), add(t.db, tight.id, [y.id])]);
    expect(both.filter((o) => o.ok)).toHaveLength(1);
    expect(both.filter((o) => "overBudget" in o)).toHaveLength(1);
    expect(await budgetUsed(t.db as never, tight.id)).toBe(100_800);
  });
});
