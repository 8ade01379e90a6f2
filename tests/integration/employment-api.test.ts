// POST /api/v1/employments/end (issue 14): a bank system ends a worker's
// employment with its branch's key; the officer's rules; the same end twice
// writes once; another branch's company or worker is not found.
import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/api/keys";
import { runBilling } from "../../lib/billing/run";
import { addMonths, currentPeriod, type Period } from "../../lib/domain/billing-period";
import { jakartaDate } from "../../lib/domain/time";
import { apiMessage } from "../../lib/http/api-messages";
import { wageProblem } from "../../lib/pu-enrollment/minimum-wage";
import { EMPLOYMENT_NOT_FOUND, employmentEndEndpoint, wageChangeEndpoint } from "../../lib/employment/api";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { runAs, sessionUserOf, succeeded } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { operationPointers, schemaViolations } from "../support/openapi";
import { createBranch, createOfficer, umkmFormValues, workerValues } from "../support/records";

const t = setupTestDatabase();
const { request: REQUEST_POINTER, response: responsePointer } = operationPointers("/api/v1/employments/end", "post");

let key: string;
let otherKey: string;
let npp: string;
let companyId: string;
let workers: { nik: string }[];

beforeAll(async () => {
  const branch = await createBranch(t.db);
  key = (await createApiKey(t.db, { name: "BJB core", branchId: branch.id })).key;
  otherKey = (await createApiKey(t.db, { name: "BJB core lain", branchId: (await createBranch(t.db)).id })).key;
  const officer = sessionUserOf(await createOfficer(t.db, branch.id));
  workers = [workerValues({ name: "Hadi Keluar" }), workerValues({ name: "Intan Tetap" })];
  const form = umkmFormValues({ workers: JSON.stringify(workers) });
  succeeded(await runAs(t.db, umkmEnrollment, form, { as: officer }));
  const company = await t.db.company.findFirstOrThrow({ where: { nib: String(form.nib) } });
  npp = company.npp;
  companyId = company.id;
});

function call(endpoint: typeof employmentEndEndpoint, path: string, body: unknown, apiKey: string | null) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;
  const request = new Request(`http://localhost/api/v1/employments/${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  return endpoint(request, { db: t.db, now: new Date() });
}
const post = (body: unknown, apiKey: string | null = key) => call(employmentEndEndpoint, "end", body, apiKey);
const postWage = (body: unknown, apiKey: string | null = key) => call(wageChangeEndpoint, "wage", body, apiKey);

describe("POST /api/v1/employments/end", () => {
  it("ends the employment once, answers the same again without writing, and the company's next bill leaves the worker out", async () => {
    const body = { npp, nik: workers[0]!.nik, endDate: jakartaDate(), reason: "RESIGNED" };
    expect(schemaViolations(REQUEST_POINTER, body)).toEqual([]);
    const first = await post(body);
    expect(first.status).toBe(200);
    const answer = await first.json();
    expect(answer).toMatchObject({ npp, nik: body.nik, kpj: expect.stringMatching(/^\d{11}$/), billedThrough: currentPeriod() });
    expect(schemaViolations(responsePointer(200), answer)).toEqual([]);

    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(answer);
    const audits = await t.db.auditLog.findMany({ where: { action: "employment.end" }, select: { after: true } });
    expect(
      audits.filter((a) => JSON.stringify(a.after).includes(body.endDate) && JSON.stringify(a.after).includes("apiKeyId")),
    ).toHaveLength(1);

    // Ended otherwise: a conflict, nothing changed.
    const other = await post({ ...body, reason: "LAID_OFF" });
    expect(other.status).toBe(409);

    const next = addMonths(currentPeriod(), 1) as Period;
    await runBilling(t.db, next);
    const bill = await t.db.bill.findUniqueOrThrow({
      where: { billingKey: `PU:${companyId}:${next}` },
      include: { lines: { include: { participant: true } } },
    });
    expect(new Set(bill.lines.map((l) => l.participant?.name))).toEqual(new Set(["Intan Tetap"]));
  });

  it("answers 404 for another branch's key or an unknown worker, 400 per field for bad input, 401 without a key", async () => {
    const body = { npp, nik: workers[1]!.nik, endDate: jakartaDate(), reason: "RETIRED" };
    const elsewhere = await post(body, otherKey);
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toEqual({ error: EMPLOYMENT_NOT_FOUND });
    expect((await post({ ...body, nik: workers[0]!.nik.replace(/\d{4}$/, "9999") })).status).toBe(404);
    expect((await post(body, null)).status).toBe(401);

    const bad = await post({ npp: "12345678", nik: "1234", endDate: "31-12-2026", reason: "BOSAN" });
    expect(bad.status).toBe(400);
    const refused = await bad.json();
    expect(Object.keys(refused.fields).sort()).toEqual(["endDate", "nik", "npp", "reason"]);
    expect(schemaViolations(responsePointer(400), refused)).toEqual([]);
    const tooLate = await post({ ...body, endDate: "2099-01-01" });
    expect(tooLate.status).toBe(400);
    expect((await tooLate.json()).fields.endDate).toMatch(/31 hari/);
    expect(await t.db.employment.count({ where: { companyId, endDate: null } })).toBe(1);
  });
});

describe("POST /api/v1/employments/wage", () => {
  const wagePointers = operationPointers("/api/v1/employments/wage", "post");

  it("sets the wage from a month once; the company's bills from then follow; a billed month or no wage is a 400", async () => {
    const next = addMonths(currentPeriod(), 2) as Period;
    const body = { npp, nik: workers[1]!.nik, fromPeriod: next, wage: 6_000_000 };
    expect(schemaViolations(wagePointers.request, body)).toEqual([]);
    const first = await postWage(body);
    expect(first.status).toBe(200);
    const answer = await first.json();
    expect(answer).toMatchObject({ npp, fromPeriod: next, wage: 6_000_000, kpj: expect.stringMatching(/^\d{11}$/) });
    expect(schemaViolations(wagePointers.response(200), answer)).toEqual([]);
    const again = await postWage(body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await t.db.auditLog.count({ where: { action: "employment.wage" } })).toBe(1);

    await runBilling(t.db, next);
    const bill = await t.db.bill.findUniqueOrThrow({ where: { billingKey: `PU:${companyId}:${next}` }, include: { lines: true } });
    expect(bill.lines.some((l) => l.base === 6_000_000)).toBe(true);
    const billed = await postWage({ ...body, wage: 7_000_000 });
    expect(billed.status).toBe(400);
    expect(Object.keys((await billed.json()).fields)).toEqual(["fromPeriod"]);

    const none = await postWage({ ...body, fromPeriod: addMonths(next, 1), wage: 0 });
    expect(none.status).toBe(400);
    expect(Object.keys((await none.json()).fields)).toEqual(["wage"]);
    // Below the minimum wage: a micro business may agree it (PP 36/2021 Pasal 36): saved, with the warning the table gives.
    const company = await t.db.company.findUniqueOrThrow({ where: { id: companyId }, select: { regencyCode: true, scale: true } });
    const low = await postWage({ ...body, fromPeriod: currentPeriod(), wage: 100 });
    expect(low.status).toBe(200);
    const expected = wageProblem({ wage: 100, startDate: `${currentPeriod()}-01` }, company);
    expect((await low.json()).warning).toBe(expected ? apiMessage(expected.message) : undefined);
    expect((await postWage(body, otherKey)).status).toBe(404);
    expect((await postWage({ ...body, fromPeriod: "2027-13", wage: "banyak" })).status).toBe(400);
  });
});
