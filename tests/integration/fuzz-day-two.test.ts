// Hostile input at the actions of day two (issue 14): the officer's acts on an
// employment or a participant, the worker's own changes, staff's decision on an
// identity correction. As in fuzz-actions.test.ts: no throw, every message a
// message key, a record outside the user's scope answered as not found, and no
// row written in any table.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { branchRecovery } from "../../lib/account/branch-recovery";
import { contactChangeConfirm, contactChangeRequest } from "../../lib/account/contact-change";
import { createApiKey } from "../../lib/api/keys";
import { employmentEndEndpoint, wageChangeEndpoint } from "../../lib/employment/api";
import type { ActionDefinition, ActionOutcome, TransactionOption } from "../../lib/actions/define";
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
import { setupTestDatabase } from "../support/database";
import { makeNik, registrationForm } from "../support/factories";
import {
  badMessages,
  breakingString,
  caseCounter,
  describeForm,
  formDataOf,
  hostileObject,
  FUZZ_CASES_DAY_TWO,
  FUZZ_RUNS,
  hostileForm,
  messageKeys,
  MISSING,
  withoutWrites,
} from "../support/hostile";
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

/**
 * A valid form naming another's record: not found. A valid form naming nobody's: whatever the action answers
 * an unknown id (not found, "ask for a new code", nothing to remove), in message keys. Anything else: a refusal
 * whose every message is a message key.
 */
function expectAnswer(outcome: ActionOutcome<unknown>, data: FormData, form: "others" | "unknown" | "invalid") {
  if (form === "others") {
    expect(outcome, describeForm(data)).toEqual({ denied: "not-found" });
    return;
  }
  if (form === "unknown" && "denied" in outcome) {
    expect(outcome, describeForm(data)).toEqual({ denied: "not-found" });
    return;
  }
  if (form === "invalid") expect(outcome, describeForm(data)).toMatchObject({ ok: false });
  if ("ok" in outcome && !outcome.ok) {
    const answer = { fieldErrors: outcome.fieldErrors, formError: outcome.formError };
    expect(badMessages(keys, answer), describeForm(data)).toEqual([]);
  }
}

/**
 * Hostile variants of `base` at `definition`, as `as`, each breaking one of its fields: the id field
 * (`idField`) may be another's record ("<other>"), which a form otherwise valid must answer with not found.
 */
async function fuzz<P extends Permission, S extends z.ZodType, Pr, D, T extends TransactionOption>(
  definition: ActionDefinition<P, S, Pr, D, T>,
  as: () => SessionUser,
  base: Record<string, string>,
  idField: string | null,
  otherId: () => string,
  runs: number,
) {
  const strict = Object.keys(base);
  const arbitrary = hostileForm(
    base,
    strict,
    idField
      ? fc.oneof(
          fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
          fc.tuple(fc.constant(idField), fc.oneof(fc.uuid(), fc.constant("<other>"))),
        )
      : undefined,
  );
  await withoutWrites(t.db, cases, arbitrary, runs, async (form) => {
    const others = idField !== null && form.entries[idField] === "<other>";
    if (others) form.entries[idField] = otherId();
    const data = formDataOf(form);
    const valid = definition.input.safeParse(Object.fromEntries(data)).success;
    // An extra field of the same name can mend the broken one (the last value wins): valid input, tested elsewhere.
    if (valid && idField === null) return;
    const outcome = await runAs(t.db, definition, data, { as: as() });
    expectAnswer(outcome, data, valid ? (others ? "others" : "unknown") : "invalid");
  });
}

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
