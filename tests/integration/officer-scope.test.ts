// Branch scoping: an officer of branch A never reaches branch B's clients,
// in reads, in writes, and in pagination; ADMIN reaches every branch.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/auth/credentials";
import { listReferrals, referralRecording, referralStatusUpdate } from "../../lib/credit/referrals";
import { projectRegistration } from "../../lib/jakon-projects/register";
import { enrollWorkers } from "../../lib/pu-enrollment/enroll-workers";
import { parseWorkerRow } from "../../lib/pu-enrollment/worker-row";
import { activeWorkerTerms, findClient, findClientRef, listClients, PAGE_SIZE } from "../../lib/officer/clients";
import { clientWorkers, WORKERS_PAGE_SIZE, workerFiltersSchema } from "../../lib/officer/client-workers";
import { officerFigures } from "../../lib/officer/figures";
import { expectRefused, runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik } from "../support/factories";
import { createBranch, createCompany, createOfficer, workerValues } from "../support/records";

const t = setupTestDatabase();
let a: { branchId: string; officerId: string; officer: SessionUser; companyId: string };
let b: { branchId: string; officerId: string; officer: SessionUser; companyId: string };

async function branchWithClient(name: string) {
  const branch = await createBranch(t.db);
  const officer = await createOfficer(t.db, branch.id);
  const company = await createCompany(t.db, branch.id, { name });
  return { branchId: branch.id, officerId: officer.id, officer: sessionUserOf(officer), companyId: company.id };
}

beforeAll(async () => {
  a = await branchWithClient("Toko Kelontong A");
  b = await branchWithClient("Toko Kelontong B");
});

function workerRow(values: Record<string, string>) {
  const parsed = parseWorkerRow(workerValues(values));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.row;
}

/** A new client of a new branch with these workers enrolled. */
async function clientWith(rows: ReturnType<typeof workerRow>[]) {
  const branch = await createBranch(t.db);
  const company = await createCompany(t.db, branch.id);
  await t.db.$transaction((tx) =>
    enrollWorkers(tx, {
      companyId: company.id,
      branchId: branch.id,
      enrolledById: null,
      channel: "BANK_OFFICER",
      regencyCode: "3673",
      programs: ["JKK", "JKM", "JHT"],
      rows,
    }),
  );
  return { branch, company };
}

describe("a client's page", () => {
  it("lists workers a page at a time, finds one by name, NIK or KPJ, keeps ended ones findable, and bases the contribution on every active one", async () => {
    const total = WORKERS_PAGE_SIZE + 5;
    const rows = Array.from({ length: total }, (_, i) => workerRow({ wage: "4000000", name: i === 7 ? "Wulan Dicari" : "Budi Santoso" }));
    const { branch, company } = await clientWith(rows);
    const client = await findClient(t.db, { branchId: branch.id }, company.id);
    expect(client?._count.employments).toBe(total);
    const filters = (query: Record<string, string> = {}) => workerFiltersSchema.parse(query);

    const first = await clientWorkers(t.db, company.id, filters());
    expect(first.workers).toHaveLength(WORKERS_PAGE_SIZE);
    // By name: the one Wulan comes after every Budi.
    expect(first.workers[0]!.participant.name).toBe("Budi Santoso");
    const second = await clientWorkers(t.db, company.id, filters({ setelah: first.next! }));
    expect(second.workers.at(-1)!.participant.name).toBe("Wulan Dicari");
    expect(second.workers).toHaveLength(5);
    expect(second.next).toBeUndefined();
    expect(new Set([...first.workers, ...second.workers].map((w) => w.id)).size).toBe(total);

    const wulan = (await clientWorkers(t.db, company.id, filters({ cari: "wulan" }))).workers;
    expect(wulan.map((w) => w.participant.name)).toEqual(["Wulan Dicari"]);
    const { nik, kpj } = wulan[0]!.participant;
    expect((await clientWorkers(t.db, company.id, filters({ cari: nik }))).workers).toHaveLength(1);
    expect((await clientWorkers(t.db, company.id, filters({ cari: kpj }))).workers).toHaveLength(1);

    // An ended employment leaves the active list and stays under "ended" and "all".
    await t.db.employment.update({ where: { id: wulan[0]!.id }, data: { endDate: new Date(), endReason: "RESIGNED" } });
    expect((await clientWorkers(t.db, company.id, filters({ cari: "wulan" }))).workers).toHaveLength(0);
    expect((await clientWorkers(t.db, company.id, filters({ cari: "wulan", pekerja: "ended" }))).workers[0]).toMatchObject({
      endReason: "RESIGNED",
    });
    expect((await clientWorkers(t.db, company.id, filters({ cari: "wulan", pekerja: "all" }))).workers).toHaveLength(1);
    // A value nobody could type falls back to the default view instead of failing the page.
    expect(filters({ pekerja: "semua'--" })).toEqual({ pekerja: "active" });
    // A cursor nobody could have been given is the first page.
    expect((await clientWorkers(t.db, company.id, filters({ setelah: "x'; --" }))).workers).toHaveLength(WORKERS_PAGE_SIZE);

    const workers = await activeWorkerTerms(t.db, company.id);
    expect(workers).toHaveLength(total - 1);
    expect(workers.every((w) => w.wage === 4_000_000)).toBe(true);
  });
});

describe("JKP on a client's page (PP 37/2021: younger than 54 when joining)", () => {
  it("counts a worker who joined at 53 in JKP and one who joined at 54 not", async () => {
    const joined = (birthDate: string) => workerRow({ nik: makeNik(birthDate, "M"), birthDate, wage: "4000000", startDate: "2026-06-01" });
    // 53 on 2026-06-01 (turns 54 the next day), and 54 that very day.
    const { company } = await clientWith([joined("1972-06-02"), joined("1972-06-01")]);
    const terms = await activeWorkerTerms(t.db, company.id);
    expect(terms.map((w) => w.jkp).sort()).toEqual([false, true]);
  });
});

describe("officer branch scope", () => {
  it("lists and finds only the officer's own branch clients; admin sees both", async () => {
    const listed = await listClients(t.db, { branchId: a.branchId }, {});
    expect(listed.clients.map((c) => c.id)).toEqual([a.companyId]);
    expect(await findClient(t.db, { branchId: a.branchId }, b.companyId)).toBeNull();
    expect(await findClientRef(t.db, { branchId: a.branchId }, b.companyId)).toBeNull();
    expect(await findClientRef(t.db, { branchId: a.branchId }, "not-a-uuid")).toBeNull();
    expect(await findClientRef(t.db, { branchId: a.branchId }, a.companyId)).toMatchObject({ id: a.companyId, branchId: a.branchId });
    expect(await findClient(t.db, { branchId: a.branchId }, "not-a-uuid")).toBeNull();
    expect((await findClient(t.db, { branchId: null }, b.companyId))?.id).toBe(b.companyId);
  });

  it("searches by name, NPP and owner NIK, filters, and pages by keyset without repeats", async () => {
    const branch = await createBranch(t.db);
    const names = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => `Usaha ${String(i).padStart(2, "0")}`);
    const companies = [];
    for (const name of names) companies.push(await createCompany(t.db, branch.id, { name }));
    const scope = { branchId: branch.id };
    const first = await listClients(t.db, scope, {});
    expect(first.clients).toHaveLength(PAGE_SIZE);
    const second = await listClients(t.db, scope, { after: first.next });
    expect(second.next).toBeUndefined();
    expect([...first.clients, ...second.clients].map((c) => c.name)).toEqual(names);
    expect((await listClients(t.db, scope, { q: "usaha 07" })).clients.map((c) => c.name)).toEqual(["Usaha 07"]);
    expect((await listClients(t.db, scope, { q: companies[3].npp })).clients.map((c) => c.id)).toEqual([companies[3].id]);
    expect((await listClients(t.db, scope, { scale: "SMALL" })).clients).toEqual([]);
    expect((await listClients(t.db, scope, { after: "garbage" })).clients).toHaveLength(PAGE_SIZE);
  });

  it("refuses to record or update credit interest on another branch's client", async () => {
    const input = { companyId: b.companyId, product: "KUR", amount: "50000000", purpose: "Tambah etalase" };
    expect(await runAs(t.db, referralRecording, input, { as: a.officer })).toEqual({ denied: "not-found" });
    const own = { id: succeeded(await runAs(t.db, referralRecording, input, { as: b.officer })).referralId };
    expect(await runAs(t.db, referralStatusUpdate, { referralId: own.id, status: "APPROVED" }, { as: a.officer })).toEqual({
      denied: "not-found",
    });
    expect((await t.db.creditReferral.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("NEW");
    expect(await listReferrals(t.db, { branchId: a.branchId })).toEqual([]);
    succeeded(await runAs(t.db, referralStatusUpdate, { referralId: own.id, status: "CONTACTED" }, { as: b.officer }));
    // The same update replayed changes nothing and leaves one audit entry for the one change.
    succeeded(await runAs(t.db, referralStatusUpdate, { referralId: own.id, status: "CONTACTED" }, { as: b.officer }));
    expect(await t.db.auditLog.count({ where: { entityId: own.id, action: "credit.referral_status" } })).toBe(1);
    expect((await listReferrals(t.db, { branchId: b.branchId }, "CONTACTED")).map((r) => r.id)).toEqual([own.id]);
  });

  it("refuses a construction project for another branch's contractor and writes nothing", async () => {
    const form = {
      contractorId: b.companyId,
      name: "Jembatan Ciujung",
      workPackage: "Struktur",
      contractValue: "500000000",
      startDate: "2026-12-01",
      endDate: "2027-03-31",
      regencyCode: "3602",
      workers: JSON.stringify([{ nik: makeNik("1988-02-02", "M"), name: "Asep", birthDate: "1988-02-02", gender: "M" }]),
    };
    const before = await t.db.constructionProject.count();
    const refused = await runAs(t.db, projectRegistration, form, { as: a.officer });
    expectRefused(refused, { contractorId: "errors.contract.contractor" });
    expect(await t.db.constructionProject.count()).toBe(before);

    const accepted = await runAs(t.db, projectRegistration, form, { as: b.officer });
    expect(accepted).toMatchObject({ ok: true, data: { workers: 1 } });
    const worker = await t.db.participant.findUniqueOrThrow({ where: { nik: JSON.parse(form.workers)[0].nik } });
    expect(worker).toMatchObject({ category: "JAKON", programs: ["JKK", "JKM"], regencyCode: "3602", branchId: b.branchId });
  });

  it("counts this month's enrollments by the officer and by the branch", async () => {
    const before = await officerFigures(t.db, a.officerId, { branchId: a.branchId });
    const otherBranch = await officerFigures(t.db, b.officerId, { branchId: b.branchId });
    await t.db.participant.create({
      data: {
        kpj: "99999999990",
        nik: makeNik("1990-01-01", "M"),
        name: "Joko",
        birthDate: new Date("1990-01-01"),
        gender: "M",
        category: "PU",
        channel: "BANK_OFFICER",
        regencyCode: "3673",
        branchId: a.branchId,
        enrolledById: a.officerId,
      },
    });
    const after = await officerFigures(t.db, a.officerId, { branchId: a.branchId });
    expect(after.mine.participants).toBe(before.mine.participants + 1);
    expect(after.branch.participants).toBe(before.branch.participants + 1);
    expect(await officerFigures(t.db, b.officerId, { branchId: b.branchId })).toEqual(otherBranch);
  });

  it("rejects project workers whose data disagrees with their NIK, and an end before the start", async () => {
    const form = {
      contractorId: a.companyId,
      name: "Gedung",
      workPackage: "Sipil",
      contractValue: "1000000000",
      startDate: "2026-12-01",
      endDate: "2026-11-01",
      regencyCode: "3673",
      workers: JSON.stringify([{ nik: makeNik("1988-02-02", "M"), name: "Asep", birthDate: "1988-02-03", gender: "M" }]),
    };
    const result = await runAs(t.db, projectRegistration, form, { as: a.officer });
    expectRefused(result, { endDate: "errors.contract.endBeforeStart", "workers[0].birthDate": "errors.nik.birthDateMismatch" });
  });
});

describe("arrears on the client list", () => {
  it("shows what an overdue client owes, fine included, says 'Belum ada tagihan' rather than 'Lunas' for a client never billed, and filters by payment status", async () => {
    const branch = await createBranch(t.db);
    const late = await createCompany(t.db, branch.id, { name: "Bengkel Telat" });
    const paid = await createCompany(t.db, branch.id, { name: "Bengkel Lunas" });
    const bill = (companyId: string, key: string, status: "OVERDUE" | "PAID", paidAmount: bigint) =>
      t.db.bill.create({
        data: {
          billingKey: `TEST:${key}:${companyId}`,
          category: "PU",
          companyId,
          periodStart: new Date("2026-08-01"),
          periodMonths: 1,
          dueDate: new Date("2026-09-15"),
          total: 500_000n,
          fineAmount: status === "OVERDUE" ? 20_000n : 0n,
          paidAmount,
          status,
          virtualAccount: `8812${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}9`,
        },
      });
    await bill(late.id, "a", "OVERDUE", 100_000n);
    await bill(paid.id, "b", "PAID", 500_000n);
    const scope = { branchId: branch.id };
    await createCompany(t.db, branch.id, { name: "Bengkel Baru" }); // no bills yet
    const all = await listClients(t.db, scope, {});
    expect(Object.fromEntries(all.clients.map((c) => [c.name, [c.arrears, c.payment]]))).toEqual({
      "Bengkel Baru": [0, "none"],
      "Bengkel Lunas": [0, "paid"],
      "Bengkel Telat": [420_000, "arrears"],
    });
    expect((await listClients(t.db, scope, { payment: "arrears" })).clients.map((c) => c.name)).toEqual(["Bengkel Telat"]);
    expect((await listClients(t.db, scope, { payment: "paid" })).clients.map((c) => c.name)).toEqual(["Bengkel Lunas"]);
    expect((await listClients(t.db, scope, { payment: "none" })).clients.map((c) => c.name)).toEqual(["Bengkel Baru"]);
  });
});
