// Hostile input at the actions of day two (issue 14): the officer's acts on an
// employment or a participant, the worker's own changes, staff's decision on an
// identity correction. As in fuzz-actions.test.ts: no throw, every message a
// message key, a record outside the user's scope answered as not found, and no
// row written in any table.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { branchRecovery } from "../../lib/account/branch-recovery";
import { contactChangeConfirm, contactChangeRequest } from "../../lib/account/contact-change";
import { createApiKey } from "../../lib/api/keys";
import { employmentEndEndpoint, wageChangeEndpoint } from "../../lib/employment/api";
import type { ActionDefinition, TransactionOption } from "../../lib/actions/define";
import type { Permission } from "../../lib/auth/permissions";
import type { SessionUser } from "../../lib/auth/credentials";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { continueAsBpu } from "../../lib/employment/continue-bpu";
import { deathReport } from "../../lib/employment/death";
import { employmentEnd } from "../../lib/employment/end";
import { wageChange } from "../../lib/employment/wage";
import { heirAddition, heirRemoval } from "../../lib/heirs/heirs";
import { identityDecision } from "../../lib/identity-changes/decide";
import { identityChangeRequest } from "../../lib/identity-changes/request";
import { bpuTermsChange } from "../../lib/participants/bpu-terms";
import { profileUpdate } from "../../lib/participants/profile";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { runAs, sessionUserOf, succeeded } from "../support/actions";
import { fuzzAction } from "../support/fuzz-action";
import { setupTestDatabase } from "../support/database";
import { makeNik, registrationForm } from "../support/factories";
import { caseCounter, hostileObject, FUZZ_CASES_DAY_TWO, FUZZ_RUNS, messageKeys, withoutWrites } from "../support/hostile";
import { createBranch, createOfficer, createStaff, umkmFormValues } from "../support/records";

const t = setupTestDatabase();
const RUNS = FUZZ_RUNS.dayTwo;
const cases = caseCounter("fuzz-day-two");

let keys: Set<string>;
let officer: SessionUser;
let worker: SessionUser;
let pandeglangStaff: SessionUser;
/** A key of a branch without clients: a valid body finds nobody to end. */
let apiKey: string;
/** Records of another branch or region: ids the users above may send but must never reach. */
let other: { employmentId: string; participantId: string; requestId: string; heirId: string; codeId: string };

beforeAll(async () => {
  keys = await messageKeys();
  officer = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db)).id));
  pandeglangStaff = sessionUserOf(await createStaff(t.db, "3601"));
  apiKey = (await createApiKey(t.db, { name: "fuzz", branchId: (await createBranch(t.db)).id })).key;

  const otherOfficer = sessionUserOf(await createOfficer(t.db, (await createBranch(t.db, "3601")).id));
  const form = umkmFormValues();
  succeeded(await runAs(t.db, umkmEnrollment, form, { as: otherOfficer }));
  const employment = await t.db.employment.findFirstOrThrow({ where: { company: { nib: String(form.nib) } } });

  const registered = async () => {
    const registration = registrationForm();
    succeeded(await runAs(t.db, bpuSelfRegistration, registration));
    return sessionUserOf(await t.db.user.findFirstOrThrow({ where: { participant: { nik: registration.nik } } }));
  };
  worker = await registered();
  // Another worker (Kota Serang) with an open identity request, an heir and a code of their own.
  const someone = await registered();
  const { requestId } = succeeded(
    await runAs(t.db, identityChangeRequest, { name: "Siti Aminah Baru", reason: "Salah ketik" }, { as: someone }),
  );
  const { heirId } = succeeded(await runAs(t.db, heirAddition, { name: "Ani", relationship: "CHILD" }, { as: someone }));
  const { codeId } = succeeded(await runAs(t.db, contactChangeRequest, { kind: "email", email: "lain@contoh.id" }, { as: someone }));
  other = { employmentId: employment.id, participantId: employment.participantId, requestId, heirId, codeId };
});

afterAll(() => cases.report(FUZZ_CASES_DAY_TWO));

const fuzz = <P extends Permission, S extends z.ZodType, Pr, D, T extends TransactionOption>(
  ...args: [ActionDefinition<P, S, Pr, D, T>, () => SessionUser, Record<string, string>, string | null, () => string, number]
) => fuzzAction({ db: t.db, cases, keys: () => keys }, ...args); // called inside tests: t.db is set by then

describe("the officer's acts on another branch's records, or hostile forms", () => {
  it("employmentEnd", () =>
    fuzz(
      employmentEnd,
      () => officer,
      { employmentId: randomUUID(), endDate: "2026-12-01", reason: "RESIGNED" },
      "employmentId",
      () => other.employmentId,
      RUNS.officer,
    ));
  it("wageChange", () =>
    fuzz(
      wageChange,
      () => officer,
      { employmentId: randomUUID(), fromPeriod: "2027-03", wage: "5000000" },
      "employmentId",
      () => other.employmentId,
      RUNS.officer,
    ));
  it("continueAsBpu", () =>
    fuzz(
      continueAsBpu,
      () => officer,
      { employmentId: randomUUID(), income: "2000000", months: "1", jht: "false" },
      "employmentId",
      () => other.employmentId,
      RUNS.officer,
    ));
  it("deathReport", () =>
    fuzz(
      deathReport,
      () => officer,
      { participantId: randomUUID(), diedOn: "2026-12-01" },
      "participantId",
      () => other.participantId,
      RUNS.officer,
    ));
});

describe("recovery at a branch, hostile", () => {
  it("branchRecovery", () =>
    fuzz(
      branchRecovery,
      () => officer,
      { ektp: "on", nik: makeNik("1990-01-01", "F"), birthDate: "1990-01-01", phone: "081234567890" },
      null,
      () => "",
      RUNS.officer,
    ));
});

describe("a worker's own changes, hostile", () => {
  const region = { regencyCode: "3673", districtCode: "367301", address: "Jl. Baru", occupation: "FISHER" };
  it("profileUpdate", () =>
    fuzz(
      profileUpdate,
      () => worker,
      region,
      null,
      () => "",
      RUNS.worker,
    ));
  it("bpuTermsChange", () =>
    fuzz(
      bpuTermsChange,
      () => worker,
      { income: "2000000", months: "3" },
      null,
      () => "",
      RUNS.worker,
    ));
  it("identityChangeRequest", () =>
    fuzz(
      identityChangeRequest,
      () => worker,
      { name: "Siti", reason: "Salah ketik" },
      null,
      () => "",
      RUNS.worker,
    ));
  it("contactChangeRequest", () =>
    fuzz(
      contactChangeRequest,
      () => worker,
      { kind: "phone", phone: "081234567890" },
      null,
      () => "",
      RUNS.worker,
    ));
  it("contactChangeConfirm (another worker's code is not found)", () =>
    fuzz(
      contactChangeConfirm,
      () => worker,
      { codeId: randomUUID(), code: "123456" },
      "codeId",
      () => other.codeId,
      RUNS.worker,
    ));
  it("heirAddition", () =>
    fuzz(
      heirAddition,
      () => worker,
      { name: "Ani", relationship: "CHILD", nik: "", phone: "" },
      null,
      () => "",
      RUNS.worker,
    ));
  it("heirRemoval (another worker's heir is not found)", () =>
    fuzz(
      heirRemoval,
      () => worker,
      { heirId: randomUUID() },
      "heirId",
      () => other.heirId,
      RUNS.worker,
    ));
});

describe("POST /api/v1/employments/*, hostile bodies", () => {
  const company = { npp: "00000018", nik: makeNik("1991-02-03", "M") };
  it.each([
    ["end", employmentEndEndpoint, { ...company, endDate: "2026-12-01", reason: "RESIGNED" }],
    ["wage", wageChangeEndpoint, { ...company, fromPeriod: "2027-03", wage: 5_000_000 }],
  ] as const)(
    "%s answers 400 with a message per field (or 404 for a worker the key's branch does not employ) and writes nothing",
    async (path, endpoint, body) => {
      await withoutWrites(t.db, cases, hostileObject(body, Object.keys(body)), RUNS.officer, async (value) => {
        const request = new Request(`http://localhost/api/v1/employments/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
          body: JSON.stringify(value),
        });
        const response = await endpoint(request, { db: t.db, now: new Date() });
        expect([400, 404], JSON.stringify(value).slice(0, 200)).toContain(response.status);
        const answer = await response.json();
        expect(typeof answer.error).toBe("string");
        for (const message of Object.values(answer.fields ?? {})) expect(message).toMatch(/^[^{}]+$/);
      });
    },
  );
});

describe("staff deciding an identity correction outside their region, or a hostile decision", () => {
  it("identityDecision", () =>
    fuzz(
      identityDecision,
      () => pandeglangStaff,
      { requestId: randomUUID(), decision: "APPROVED", note: "Sesuai e-KTP" },
      "requestId",
      () => other.requestId,
      RUNS.staff,
    ));
});
