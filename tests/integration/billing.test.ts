import { describe, expect, it } from "vitest";
import { applyCoverage, generateBills, markOverdue } from "../../lib/billing";
import { billTotalsByProgram } from "../../lib/officer/bills";
import type { Prisma } from "../../lib/db/generated/client";
import { takeNumbers } from "../../lib/db/sequences";
import { formatKpj } from "../../lib/domain/kpj";
import { formatVirtualAccount, isValidVirtualAccount } from "../../lib/domain/virtual-account";
import { concurrentClient, setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";
import { createBranch, createCompany } from "../support/records";

const t = setupTestDatabase();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Noon in Jakarta on that day. */
const jakartaNoon = (iso: string) => new Date(`${iso}T05:00:00Z`);

let kpjSequence = 5_000_000_000n + BigInt(Math.floor(Math.random() * 1_000_000_000));

function createParticipant(data: Partial<Prisma.ParticipantUncheckedCreateInput> = {}) {
  kpjSequence += 1n;
  return t.db.participant.create({
    data: {
      kpj: formatKpj(kpjSequence),
      nik: makeNik(),
      name: "Peserta Uji",
      birthDate: day("1990-07-05"),
      gender: "F",
      category: "BPU",
      status: "ACTIVE",
      channel: "SELF",
      regencyCode: "3673",
      declaredIncome: 1_000_000,
      incomeTier: 1_000_000,
      programs: ["JKK", "JKM"],
      paymentPeriodMonths: 1,
      // 10 November 2026 in Jakarta: the cycle's anchor is 2026-11.
      createdAt: new Date("2026-11-10T03:00:00Z"),
      ...data,
    },
  });
}

async function createEmployer(data: Partial<Prisma.CompanyUncheckedUpdateInput> = {}) {
  const branch = await createBranch(t.db);
  const company = await createCompany(t.db, branch.id);
  return t.db.company.update({ where: { id: company.id }, data });
}

async function employ(companyId: string, monthlyWage: number, startDate: string, endDate?: string) {
  const worker = await createParticipant({
    category: "PU",
    status: "PENDING",
    declaredIncome: null,
    incomeTier: null,
    programs: [],
    paymentPeriodMonths: null,
  });
  await t.db.employment.create({
    data: { participantId: worker.id, companyId, monthlyWage, startDate: day(startDate), endDate: endDate ? day(endDate) : null },
  });
  return worker;
}

async function createBill(data: {
  billingKey?: string;
  category?: "BPU" | "PU" | "JAKON";
  participantId?: string;
  companyId?: string;
  dueDate: string;
  total: number;
  status?: "UNPAID" | "PARTIALLY_PAID" | "PAID" | "OVERDUE";
  paidAmount?: number;
  lines?: { participantId: string; amount: number }[];
}) {
  return t.db.bill.create({
    data: {
      billingKey: data.billingKey ?? `TEST:${crypto.randomUUID()}`,
      category: data.category ?? "BPU",
      participantId: data.participantId,
      companyId: data.companyId,
      periodStart: day(`${data.dueDate.slice(0, 7)}-01`),
      periodMonths: 1,
      dueDate: day(data.dueDate),
      total: BigInt(data.total),
      paidAmount: BigInt(data.paidAmount ?? 0),
      status: data.status ?? "UNPAID",
      virtualAccount: formatVirtualAccount(await takeNumbers(t.db, "VA")),
      lines: {
        create: (data.lines ?? []).map((line) => ({
          program: "JKK" as const,
          base: 0,
          amount: line.amount,
          participantId: line.participantId,
        })),
      },
    },
  });
}

const billsOf = (where: Prisma.BillWhereInput) => t.db.bill.findMany({ where, include: { lines: true }, orderBy: { periodStart: "asc" } });

describe("BPU bills", () => {
  it("follow each participant's 1, 3 or 12-month cycle from the registration month", async () => {
    const monthly = await createParticipant({ paymentPeriodMonths: 1 });
    const quarterly = await createParticipant({ paymentPeriodMonths: 3, programs: ["JKK", "JKM", "JHT"] });
    const yearly = await createParticipant({ paymentPeriodMonths: 12 });
    for (const period of ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-11"] as const) {
      await generateBills(t.db, period, { now: jakartaNoon("2026-11-20") });
    }

    const keys = async (participantId: string) => (await billsOf({ participantId })).map((b) => b.billingKey.split(":")[2]);
    expect(await keys(monthly.id)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-11"]);
    expect(await keys(quarterly.id)).toEqual(["2026-11", "2027-02", "2027-11"]);
    expect(await keys(yearly.id)).toEqual(["2026-11", "2027-11"]);

    // A 3-month payment from November 2026 crosses the end of PP 50/2025's relief for non-transport
    // workers (December 2026): November and December at half JKK and JKM, January in full.
    const [first] = await billsOf({ participantId: quarterly.id });
    expect(first).toMatchObject({ category: "BPU", periodMonths: 3, total: 28_400n * 2n + 36_800n, status: "UNPAID" });
    expect(first.periodStart).toEqual(day("2026-11-01"));
    expect(first.dueDate).toEqual(day("2026-11-16")); // BPU: the 15th of the contribution month, a Sunday, so Monday
    expect(isValidVirtualAccount(first.virtualAccount)).toBe(true);
    expect(
      first.lines.map((l) => [l.program, l.base, l.workerAmount, l.amount, l.reliefAmount, l.reliefId, l.participantId]).sort(),
    ).toEqual([
      ["JHT", 1_000_000, 60_000, 60_000, 0, null, quarterly.id],
      ["JKK", 1_000_000, 20_000, 20_000, 10_000, "PP50_2025_OTHER", quarterly.id],
      ["JKM", 1_000_000, 13_600, 13_600, 6_800, "PP50_2025_OTHER", quarterly.id],
    ]);
    const [monthlyFirst, monthlyDecember, monthlyJanuary] = await billsOf({ participantId: monthly.id });
    expect(monthlyFirst).toMatchObject({ periodMonths: 1, total: 8_400n });
    expect(monthlyFirst.dueDate).toEqual(day("2026-11-16"));
    // Billed across the relief's last month: December still relieved, January not.
    expect(monthlyDecember).toMatchObject({ total: 8_400n, dueDate: day("2026-12-15") });
    expect(monthlyJanuary).toMatchObject({ total: 16_800n, dueDate: day("2027-01-15") });
    expect(monthlyJanuary.lines.every((l) => l.reliefAmount === 0 && l.reliefId === null)).toBe(true);
  });

  it("give transport workers the longer relief (to March 2027) and start the month's cycle from the occupation's sector", async () => {
    const driver = await createParticipant({ paymentPeriodMonths: 1, occupation: "DRIVER" });
    for (const period of ["2027-03", "2027-04"] as const) await generateBills(t.db, period, { now: jakartaNoon("2027-03-01") });
    const [march, april] = await billsOf({ participantId: driver.id });
    expect(march).toMatchObject({ total: 8_400n });
    expect(march.lines.map((l) => l.reliefId)).toEqual(["PP50_2025_TRANSPORT", "PP50_2025_TRANSPORT"]);
    expect(april).toMatchObject({ total: 16_800n });
  });

  it("skip inactive, rejected and unpaid-pending participants; a pending one without a bill gets its first", async () => {
    const inactive = await createParticipant({ status: "INACTIVE" });
    const rejected = await createParticipant({ status: "REJECTED" });
    const waiting = await createParticipant({ status: "PENDING" });
    await createBill({ billingKey: `BPU:${waiting.id}:2026-11`, participantId: waiting.id, dueDate: "2026-12-15", total: 16_800 });
    const owner = await createParticipant({ status: "PENDING", channel: "BANK_OFFICER" });

    await generateBills(t.db, "2026-12", { now: jakartaNoon("2026-12-01") });

    expect(await billsOf({ participantId: inactive.id })).toHaveLength(0);
    expect(await billsOf({ participantId: rejected.id })).toHaveLength(0);
    expect((await billsOf({ participantId: waiting.id })).map((b) => b.billingKey)).toEqual([`BPU:${waiting.id}:2026-11`]);
    expect((await billsOf({ participantId: owner.id })).map((b) => b.billingKey)).toEqual([`BPU:${owner.id}:2026-12`]);
  });
});

describe("PU bills", () => {
  it("have a line per active worker and program with employer and worker shares, JP capped", async () => {
    const company = await createEmployer({ scale: "MEDIUM", riskClass: 3, jpIncluded: true });
    const regular = await employ(company.id, 5_000_000, "2025-01-01");
    const aboveCap = await employ(company.id, 15_000_000, "2025-01-01");
    const leftMidMonth = await employ(company.id, 4_000_000, "2025-01-01", "2026-12-10");
    await employ(company.id, 4_000_000, "2025-01-01", "2026-11-30"); // left before December
    await employ(company.id, 4_000_000, "2027-01-05"); // starts after December

    const run = await generateBills(t.db, "2026-12", { now: jakartaNoon("2026-12-01") });
    expect(run.PU.created).toBeGreaterThanOrEqual(1);
    const audited = await t.db.auditLog.findFirst({ where: { action: "billing.run", entityId: "2026-12" }, orderBy: { id: "desc" } });
    expect(audited).toMatchObject({
      actorId: null,
      entity: "BillingPeriod",
      after: { period: "2026-12", PU: { created: run.PU.created } },
    });
    const [bill] = await billsOf({ companyId: company.id });
    expect(bill).toMatchObject({ billingKey: `PU:${company.id}:2026-12`, category: "PU", periodMonths: 1 });
    expect(bill.dueDate).toEqual(day("2027-01-15"));
    expect(new Set(bill.lines.map((l) => l.participantId))).toEqual(new Set([regular.id, aboveCap.id, leftMidMonth.id]));

    // The printed bill's per-program totals, summed by the database, match the lines.
    const totals = await billTotalsByProgram(t.db, bill.id);
    expect(totals.map((p) => p.program).sort()).toEqual([...new Set(bill.lines.map((l) => l.program))].sort());
    for (const p of totals) {
      const lines = bill.lines.filter((l) => l.program === p.program);
      expect(p).toEqual({
        program: p.program,
        employer: lines.reduce((sum, l) => sum + l.employerAmount, 0),
        worker: lines.reduce((sum, l) => sum + l.workerAmount, 0),
        amount: lines.reduce((sum, l) => sum + l.amount, 0),
      });
    }

    const lineOf = (participantId: string, program: string) =>
      bill.lines.find((l) => l.participantId === participantId && l.program === program);
    // 5,000,000 at risk class 3: JKK 0.89%, JKM 0.30% (employer), JHT 3.7% + 2%, JP 2% + 1%.
    expect(lineOf(regular.id, "JKK")).toMatchObject({ base: 5_000_000, employerAmount: 44_500, workerAmount: 0, amount: 44_500 });
    expect(lineOf(regular.id, "JKM")).toMatchObject({ employerAmount: 15_000, workerAmount: 0, amount: 15_000 });
    expect(lineOf(regular.id, "JHT")).toMatchObject({ employerAmount: 185_000, workerAmount: 100_000, amount: 285_000 });
    expect(lineOf(regular.id, "JP")).toMatchObject({ base: 5_000_000, employerAmount: 100_000, workerAmount: 50_000, amount: 150_000 });
    // 15,000,000 is above the cap in force since March 2026 (11,086,300): JP on the cap, the rest on the wage.
    expect(lineOf(aboveCap.id, "JP")).toMatchObject({ base: 11_086_300, employerAmount: 221_726, workerAmount: 110_863 });
    expect(lineOf(aboveCap.id, "JHT")).toMatchObject({ base: 15_000_000, employerAmount: 555_000, workerAmount: 300_000 });
    expect(bill.lines).toHaveLength(12);
    expect(bill.total).toBe(bill.lines.reduce((sum, l) => sum + BigInt(l.amount), 0n));
  });

  it("use the JP cap of the bill's own period", async () => {
    const company = await createEmployer({ scale: "LARGE", riskClass: 1 });
    const worker = await employ(company.id, 15_000_000, "2025-01-01");
    await generateBills(t.db, "2026-02", { now: jakartaNoon("2026-02-01") });
    const [bill] = await billsOf({ companyId: company.id });
    // February 2026 still has the 2025 cap (10,547,400).
    expect(bill.lines.find((l) => l.participantId === worker.id && l.program === "JP")).toMatchObject({
      base: 10_547_400,
      employerAmount: 210_948,
      workerAmount: 105_474,
    });
  });

  it("leave JP out where the company chose so, and bill no inactive or empty company", async () => {
    const withoutJp = await createEmployer({ scale: "MICRO", jpIncluded: false });
    await employ(withoutJp.id, 3_000_000, "2025-01-01");
    const closed = await createEmployer({ status: "INACTIVE" });
    await employ(closed.id, 3_000_000, "2025-01-01");
    const empty = await createEmployer();

    await generateBills(t.db, "2026-12", { now: jakartaNoon("2026-12-01") });

    const [bill] = await billsOf({ companyId: withoutJp.id });
    expect(bill.lines.map((l) => l.program).sort()).toEqual(["JHT", "JKK", "JKM"]);
    expect(await billsOf({ companyId: closed.id })).toHaveLength(0);
    expect(await billsOf({ companyId: empty.id })).toHaveLength(0);
  });
});

describe("Jasa Konstruksi bills", () => {
  it("bill a project once, JKK + JKM from the contract value, from the first period it has started in", async () => {
    const contractor = await createEmployer();
    const project = await t.db.constructionProject.create({
      data: {
        contractorId: contractor.id,
        name: "Jalan Desa Uji",
        workPackage: "Pengaspalan",
        contractValue: 500_000_000n,
        startDate: day("2026-10-05"),
        endDate: day("2027-03-31"),
        regencyCode: "3673",
      },
    });
    const later = await t.db.constructionProject.create({
      data: {
        ...{ contractorId: contractor.id, name: "Jembatan Uji", workPackage: "Jembatan", regencyCode: "3673" },
        contractValue: 10_000_000_000n,
        startDate: day("2027-02-01"),
        endDate: day("2027-12-31"),
      },
    });

    await generateBills(t.db, "2026-12", { now: jakartaNoon("2026-12-01") });
    await generateBills(t.db, "2027-01", { now: jakartaNoon("2027-01-01") });

    const bills = await billsOf({ projectId: project.id });
    expect(bills).toHaveLength(1);
    expect(bills[0]).toMatchObject({ billingKey: `JAKON:${project.id}`, category: "JAKON", periodMonths: 6, total: 1_000_000n });
    expect(bills[0].periodStart).toEqual(day("2026-10-01"));
    expect(bills[0].dueDate).toEqual(day("2027-01-15"));
    expect(bills[0].lines.map((l) => [l.program, l.amount, l.employerAmount, l.participantId]).sort()).toEqual([
      ["JKK", 890_000, 890_000, null],
      ["JKM", 110_000, 110_000, null],
    ]);
    expect(await billsOf({ projectId: later.id })).toHaveLength(0);
    await generateBills(t.db, "2027-02", { now: jakartaNoon("2027-02-01") });
    expect((await billsOf({ projectId: later.id })).map((b) => b.total)).toEqual([10_440_000n + 1_110_000n]);
  });
});

describe("billing runs", () => {
  it("create nothing twice: a rerun reports what exists", async () => {
    const company = await createEmployer();
    await employ(company.id, 4_000_000, "2025-01-01");
    await createParticipant({ createdAt: new Date("2027-05-02T03:00:00Z") });

    const first = await generateBills(t.db, "2027-05", { now: jakartaNoon("2027-05-01") });
    const rows = await Promise.all([t.db.bill.count(), t.db.billLine.count()]);
    const second = await generateBills(t.db, "2027-05", { now: jakartaNoon("2027-05-02") });

    expect(first.PU.created).toBeGreaterThan(0);
    expect(first.BPU.created).toBeGreaterThan(0);
    for (const category of ["BPU", "PU", "JAKON"] as const) {
      expect(second[category].created).toBe(0);
      expect(second[category].existing).toBe(first[category].created + first[category].existing);
    }
    expect(await Promise.all([t.db.bill.count(), t.db.billLine.count()])).toEqual(rows);
  });

  it("survive two runs of one period at once: no duplicates, no error", async () => {
    const companies = await Promise.all([createEmployer(), createEmployer(), createEmployer()]);
    for (const company of companies) await employ(company.id, 4_000_000, "2025-01-01");
    const concurrent = concurrentClient(t);
    // Small batches so the two runs interleave over many statements.
    const runs = await Promise.all([
      generateBills(concurrent.db, "2027-06", { now: jakartaNoon("2027-06-01"), batchSize: 2 }),
      generateBills(concurrent.db, "2027-06", { now: jakartaNoon("2027-06-01"), batchSize: 2 }),
    ]).finally(concurrent.close);

    const bills = await billsOf({ billingKey: { endsWith: ":2027-06" } });
    expect(new Set(bills.map((b) => b.billingKey)).size).toBe(bills.length);
    expect(runs[0].PU.created + runs[1].PU.created).toBe(bills.filter((b) => b.category === "PU").length);
    for (const company of companies) expect(bills.filter((b) => b.companyId === company.id)).toHaveLength(1);
    // Every bill kept its lines once: one company bill, one worker, four programs.
    for (const bill of bills.filter((b) => companies.some((c) => c.id === b.companyId))) expect(bill.lines).toHaveLength(4);
  });
});

describe("markOverdue", () => {
  it("marks unpaid bills past due OVERDUE with the fine accrued; paid and not-yet-due bills are left alone", async () => {
    const company = await createEmployer({ scale: "SMALL", jpIncluded: false });
    await employ(company.id, 4_000_000, "2025-01-01");
    await generateBills(t.db, "2026-12", { now: jakartaNoon("2026-12-01") });
    const [puBill] = await billsOf({ companyId: company.id });
    const bpu = await createParticipant();
    const bpuBill = await createBill({ participantId: bpu.id, dueDate: "2027-01-15", total: 16_800 });
    const paid = await createBill({
      category: "PU",
      companyId: company.id,
      dueDate: "2027-01-15",
      total: 500_000,
      status: "PAID",
      paidAmount: 500_000,
    });
    const partly = await createBill({
      category: "PU",
      companyId: company.id,
      dueDate: "2027-01-15",
      total: 1_000_000,
      status: "PARTIALLY_PAID",
      paidAmount: 400_000,
    });
    const notDue = await createBill({ category: "PU", companyId: company.id, dueDate: "2027-03-15", total: 1_000_000 });
    const weekendDue = await createBill({ category: "PU", companyId: company.id, dueDate: "2027-08-15", total: 1_000_000 });

    // 20 February 2027: the 15 January bills are 2 started months late.
    await markOverdue(t.db, jakartaNoon("2027-02-20"));
    const read = (id: string) => t.db.bill.findUniqueOrThrow({ where: { id } });
    const monthly = (puBill.total * 2n + 50n) / 100n;
    expect(await read(puBill.id)).toMatchObject({ status: "OVERDUE", fineAmount: monthly * 2n });
    expect(await read(bpuBill.id)).toMatchObject({ status: "OVERDUE", fineAmount: 0n });
    expect(await read(paid.id)).toMatchObject({ status: "PAID", fineAmount: 0n });
    expect(await read(partly.id)).toMatchObject({ status: "OVERDUE", fineAmount: 24_000n }); // 2% of 600,000 × 2
    expect(await read(notDue.id)).toMatchObject({ status: "UNPAID", fineAmount: 0n });

    // A month later the fine grows; a part payment in between does not shrink what accrued.
    await t.db.bill.update({ where: { id: partly.id }, data: { paidAmount: 900_000n } });
    await markOverdue(t.db, jakartaNoon("2027-03-20"));
    expect(await read(puBill.id)).toMatchObject({ fineAmount: monthly * 3n });
    expect(await read(partly.id)).toMatchObject({ fineAmount: 24_000n }); // 2% of 100,000 × 3 = 6,000 < 24,000
    // Every change to a bill's fine is in the audit log, before and after, by the system.
    const fines = await t.db.auditLog.findMany({ where: { action: "bill.overdue", entityId: puBill.id }, orderBy: { id: "asc" } });
    expect(fines.map((a) => [a.actorId, a.before, a.after])).toEqual([
      [null, { status: "UNPAID", fineAmount: 0 }, { status: "OVERDUE", fineAmount: Number(monthly * 2n), asOf: "2027-02-20" }],
      [
        null,
        { status: "OVERDUE", fineAmount: Number(monthly * 2n) },
        { status: "OVERDUE", fineAmount: Number(monthly * 3n), asOf: "2027-03-20" },
      ],
    ]);
    expect(await t.db.auditLog.count({ where: { action: "bill.overdue", entityId: partly.id } })).toBe(1);
    expect(await read(notDue.id)).toMatchObject({ status: "OVERDUE", fineAmount: 20_000n });

    // Due on Sunday 15 August: Monday the 16th is still on time, Tuesday is late.
    await markOverdue(t.db, jakartaNoon("2027-08-16"));
    expect(await read(weekendDue.id)).toMatchObject({ status: "UNPAID", fineAmount: 0n });
    await markOverdue(t.db, jakartaNoon("2027-08-17"));
    expect(await read(weekendDue.id)).toMatchObject({ status: "OVERDUE", fineAmount: 20_000n });
  });
});

describe("applyCoverage", () => {
  it("lapses a BPU participant when more than 3 months are unpaid, counted from the end of the last paid month, and reactivates them once paid", async () => {
    const bpu = await createParticipant();
    // Paid through November; December's bill, due 15 December, unpaid.
    await createBill({ participantId: bpu.id, dueDate: "2026-11-15", total: 16_800, status: "PAID", paidAmount: 16_800 });
    const unpaid = await createBill({ participantId: bpu.id, dueDate: "2026-12-15", total: 16_800 });
    const status = async () => (await t.db.participant.findUniqueOrThrow({ where: { id: bpu.id } })).status;

    await applyCoverage(t.db, jakartaNoon("2027-02-28"));
    expect(await status()).toBe("ACTIVE");
    await applyCoverage(t.db, jakartaNoon("2027-03-01"));
    expect(await status()).toBe("INACTIVE");
    expect(await t.db.auditLog.findFirst({ where: { entityId: bpu.id, action: "participant.coverage" } })).toMatchObject({
      before: { status: "ACTIVE" },
      after: { status: "INACTIVE", asOf: "2027-03-01" },
    });

    await t.db.bill.update({ where: { id: unpaid.id }, data: { status: "PAID", paidAmount: 16_800n } });
    await applyCoverage(t.db, jakartaNoon("2027-03-20"));
    expect(await status()).toBe("ACTIVE");
  });

  it("never touches pending participants who never paid, nor rejected ones; activates PU workers whose company paid", async () => {
    const neverPaid = await createParticipant({ status: "PENDING" });
    await createBill({ participantId: neverPaid.id, dueDate: "2026-01-15", total: 16_800 });
    const rejected = await createParticipant({ status: "REJECTED" });
    await createBill({ participantId: rejected.id, dueDate: "2026-01-15", total: 16_800, status: "PAID", paidAmount: 16_800 });
    await createBill({ participantId: rejected.id, dueDate: "2026-02-15", total: 16_800 });
    const company = await createEmployer();
    const worker = await employ(company.id, 4_000_000, "2025-01-01");
    await createBill({
      category: "PU",
      companyId: company.id,
      dueDate: "2027-01-15",
      total: 100_000,
      status: "PAID",
      paidAmount: 100_000,
      lines: [{ participantId: worker.id, amount: 100_000 }],
    });

    const result = await applyCoverage(t.db, jakartaNoon("2027-06-01"));

    const read = (id: string) => t.db.participant.findUniqueOrThrow({ where: { id } });
    expect(await read(neverPaid.id)).toMatchObject({ status: "PENDING" });
    expect(await read(rejected.id)).toMatchObject({ status: "REJECTED" });
    expect(await read(worker.id)).toMatchObject({ status: "ACTIVE", activatedAt: jakartaNoon("2027-06-01") });
    expect(result.activated).toBeGreaterThanOrEqual(1);
  });
});
