// Issue 6, point 5 ("bad input"): random and hostile values at every server
// action. Each action is a definition (lib/actions/define.ts) run here as the
// app runs it, through runAs (tests/support/actions.ts): permission, the
// form's schema, limit, one transaction and the one answer, signed in as the
// user the page needs (an officer of a branch, BPJS TK staff of a regency, or
// nobody for the public forms), with the FormData shape the browser posts.
// Only Next's binding (lib/actions/server.ts: session, redirect, 404 page) is
// left out.
//
// Every property: no throw (a failure the builder could not place would come
// back as "errors.unexpected"), every message of a refusal a key of
// messages/id/*.json (and never "errors.unexpected"), a record outside the
// user's scope answered as not found ({ denied: "not-found" }, the 404 page),
// and no row written in any table, checked after every case against a count
// of each table in the public schema.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { ActionOutcome } from "../../lib/actions/define";
import type { SessionUser } from "../../lib/auth/credentials";
import { projectRegistration } from "../../lib/jakon-projects/register";
import { referralRecording, referralStatusUpdate } from "../../lib/credit/referrals";
import { referralSchema, referralStatusSchema } from "../../lib/credit/schema";
import { billingContactSchema, billingContactUpdate } from "../../lib/officer/billing-contact";
import { importSave, sha256, storeCheckedImport } from "../../lib/worker-import/batch";
import { parseWorkerRow, workerRowSchema } from "../../lib/pu-enrollment/worker-row";
import { registrationSchema } from "../../lib/bpu-registration/schema";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { registeredNikCheck } from "../../lib/bpu-registration/nik-check";
import { applyManualCredit, proposeManualCredits } from "../../lib/reconciliation/manual-credits";
import { applyRefund, cancelRefund, proposeRefund } from "../../lib/reconciliation/refunds";
import { settlementUpload } from "../../lib/reconciliation/settlement";
import { decisionSchema, reviewDecision } from "../../lib/review/decide";
import { localeSwitch } from "../../lib/i18n/locale-switch";
import { umkmEnrollment } from "../../lib/umkm-enrollment/enroll";
import { runAs, sessionUserOf } from "../support/actions";
import { campaignCreate } from "../../lib/funnel/campaigns";
import { setupTestDatabase } from "../support/database";
import { makeNik, makePhone, registrationForm, toFormData } from "../support/factories";
import {
  badMessages,
  breakingString,
  caseCounter,
  describeForm,
  formDataOf,
  FUZZ_CASES_ACTIONS,
  FUZZ_RUNS,
  hostileForm,
  hostileJsonValue,
  hostileObject,
  hostileString,
  messageKeys,
  MISSING,
  savedOrUnchanged,
  withoutWrites,
} from "../support/hostile";
import { createBranch, createCompany, createOfficer, createStaff, umkmFormValues, workerValues } from "../support/records";
import { normalizeApostrophes } from "../../lib/validation/person";

// The language switch sets a cookie through Next's request API: a stand-in here.
const cookieStore = vi.hoisted(() => ({ set: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => cookieStore,
}));

// The sandbox hands its notification to the endpoint: counted, to prove a refusal sends nothing.
const notified = vi.hoisted(() => vi.fn());
vi.mock("../../lib/payments/notifications", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/payments/notifications")>();
  return {
    ...original,
    notificationEndpoint: (...args: Parameters<typeof original.notificationEndpoint>) => {
      notified();
      return original.notificationEndpoint(...args);
    },
  };
});

const t = setupTestDatabase();
const RUNS = FUZZ_RUNS.actions;
const cases = caseCounter("fuzz-actions");

let keys: Set<string>;
/** A bank officer of `branch` (Kota Serang). */
let officer: SessionUser;
/** BPJS TK staff of Kabupaten Pandeglang (3601) and of Kota Serang (3673). */
let pandeglangStaff: SessionUser;
let serangStaff: SessionUser;
let serangFinance: SessionUser;
let ownCompany: { id: string };
let otherCompany: { id: string };
let otherBranchReferral: { id: string };
let otherRegionCase: { id: string };
let otherBranchBatch: { id: string };

beforeAll(async () => {
  keys = await messageKeys();
  const branch = await createBranch(t.db);
  officer = sessionUserOf(await createOfficer(t.db, branch.id));
  ownCompany = await createCompany(t.db, branch.id);
  pandeglangStaff = sessionUserOf(await createStaff(t.db, "3601"));
  serangStaff = sessionUserOf(await createStaff(t.db, "3673"));
  serangFinance = sessionUserOf(await createStaff(t.db, "3673", "FINANCE"));

  // Another branch's rows: ids an officer of `branch` may send but must never reach.
  const other = await createBranch(t.db, "3601");
  const otherOfficer = await createOfficer(t.db, other.id);
  otherCompany = await createCompany(t.db, other.id);
  otherBranchReferral = await t.db.creditReferral.create({
    data: {
      companyId: otherCompany.id,
      branchId: other.id,
      product: "KUR",
      amount: 5_000_000n,
      purpose: "Modal",
      createdById: otherOfficer.id,
    },
  });
  otherBranchBatch = await storeCheckedImport(
    t.db,
    {
      branchId: other.id,
      companyId: otherCompany.id,
      createdById: otherOfficer.id,
      fileName: "x.csv",
      fileSha256: sha256(new Uint8Array()),
    },
    { rows: [], counts: { total: 0, new: 0, link: 0, skip: 0, error: 0 } },
  );
  // An open review case in Kota Serang, for staff of Kabupaten Pandeglang (3601) to miss.
  const participant = await t.db.participant.create({
    data: {
      kpj: "77777777771",
      nik: makeNik("1980-01-01", "M"),
      name: "Peserta Tinjau",
      birthDate: new Date("1980-01-01"),
      gender: "M",
      category: "BPU",
      channel: "SELF",
      regencyCode: "3673",
    },
  });
  otherRegionCase = await t.db.reviewCase.create({ data: { participantId: participant.id, reason: "SHARED_PHONE" } });
});

afterAll(() => {
  cases.report(FUZZ_CASES_ACTIONS);
  vi.unstubAllEnvs();
});

function expectKeys(messages: unknown, input: unknown) {
  expect(
    badMessages(keys, messages),
    `messages for ${typeof input === "string" ? input.slice(0, 200) : describeForm(input as FormData)}`,
  ).toEqual([]);
}

/** An action's answer without the typed values a refusal echoes back to the form (the input, not messages). */
function answerOf<Data>(outcome: ActionOutcome<Data>) {
  return "ok" in outcome && !outcome.ok ? { ok: false as const, fieldErrors: outcome.fieldErrors, formError: outcome.formError } : outcome;
}

/** The answer is a refusal (not a success, not "not found") whose every message is a message key. */
function expectRefusal(outcome: ActionOutcome<unknown>, input: FormData | string) {
  const answer = answerOf(outcome);
  expect(answer, typeof input === "string" ? input.slice(0, 200) : describeForm(input)).toMatchObject({ ok: false });
  expectKeys(answer, input);
}

const saved = <Data>(outcome: ActionOutcome<Data>): outcome is { ok: true; data: Data } => "ok" in outcome && outcome.ok;

/** One or two of `fields` with a hostile value each. */
const hostileFields = (fields: string[]): fc.Arbitrary<Record<string, string | undefined>> =>
  fc.array(fc.tuple(fc.constantFrom(...fields), hostileString), { minLength: 1, maxLength: 2 }).map((pairs) => Object.fromEntries(pairs));

const uuidLike = fc.oneof(fc.uuid(), fc.constant("00000000-0000-0000-0000-000000000000"));

describe("bpuSelfRegistration (lib/bpu-registration/register.ts, anonymous)", () => {
  const base = registrationForm() as unknown as Record<string, string>;
  const strict = ["nik", "birthDate", "gender", "phone", "regencyCode", "districtCode", "occupation", "income", "months", "consent"];

  it("refuses any hostile form with message keys and writes nothing", async () => {
    await withoutWrites(t.db, cases, hostileForm(base, strict), RUNS.registration, async (form) => {
      const data = formDataOf(form);
      const result = await runAs(t.db, bpuSelfRegistration, data, { source: { ip: "203.0.113.9", userAgent: "fuzz" } });
      expectRefusal(result, data);
    });
  });

  it("takes hostile text in the free-text fields of a valid form verbatim, or refuses it with message keys and writes nothing", async () => {
    await savedOrUnchanged(t.db, cases, hostileFields(["name", "birthPlace", "address"]), RUNS.registrationText, async (fields) => {
      const form = registrationForm();
      const data = formDataOf({ entries: { ...(form as unknown as Record<string, string>), ...withoutNulls(fields) }, extra: [] });
      const result = await runAs(t.db, bpuSelfRegistration, data, { source: { userAgent: "fuzz" } });
      if (saved(result)) {
        const stored = await t.db.participant.findUniqueOrThrow({ where: { nik: form.nik } });
        expect({ name: stored.name, birthPlace: stored.birthPlace, address: stored.address }).toEqual({
          name: normalizeApostrophes(String(data.get("name")).trim()),
          birthPlace: String(data.get("birthPlace")).trim(),
          address: String(data.get("address")).trim(),
        });
        return "saved";
      }
      expectRefusal(result, data);
      return "refused";
    });
  });
});

describe("registeredNikCheck (lib/bpu-registration/nik-check.ts, anonymous)", () => {
  it("refuses any hostile NIK with message keys and writes nothing (not even the limit's count)", async () => {
    await withoutWrites(t.db, cases, hostileForm({ nik: makeNik() }, ["nik"]), RUNS.nikCheck, async (form) => {
      const data = formDataOf(form);
      expectRefusal(await runAs(t.db, registeredNikCheck, data, { source: { ip: "203.0.113.10", userAgent: "fuzz" } }), data);
    });
  });
});

const withoutNulls = (fields: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));

const umkmBase: Record<string, string> = umkmFormValues({ nib: "1234567890123", workers: JSON.stringify([workerValues()]) });

/** A worker list (JSON, as the form's editor posts it) with at least one row that cannot be valid. */
function brokenWorkers(base: Record<string, unknown>) {
  return fc
    .tuple(
      fc.array(hostileObject(base, ["nik", "birthDate", "gender"]), { minLength: 1, maxLength: 3 }),
      fc.array(fc.constant(base), { maxLength: 2 }),
    )
    .map(([broken, valid]) => JSON.stringify([...valid, ...broken]));
}

describe("umkmEnrollment (lib/umkm-enrollment/enroll.ts, as an officer)", () => {
  const strict = [
    "nib",
    "kbli",
    "regencyCode",
    "districtCode",
    "riskClass",
    "ownerNik",
    "ownerBirthDate",
    "ownerGender",
    "ownerPhone",
    "ownerIncome",
    "workers",
  ];
  const breakers = fc.oneof(
    fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
    fc.tuple(fc.constant("workers"), brokenWorkers({ ...workerValues(), wage: "4500000" })),
  );

  it("refuses any hostile business, owner or worker list with message keys and writes nothing", async () => {
    await withoutWrites(t.db, cases, hostileForm(umkmBase, strict, breakers), RUNS.umkm, async (form) => {
      const data = formDataOf(form);
      expectRefusal(await runAs(t.db, umkmEnrollment, data, { as: officer }), data);
    });
  });

  it("takes hostile text in the free-text fields of a valid enrollment verbatim, or refuses it with message keys and writes nothing", async () => {
    const text = hostileFields(["businessName", "address", "ownerName", "ownerBirthPlace", "workerName", "workerBirthPlace"]);
    await savedOrUnchanged(t.db, cases, text, RUNS.umkmText, async ({ workerName, workerBirthPlace, ...fields }) => {
      const worker = { ...workerValues(), ...withoutNulls({ name: workerName, birthPlace: workerBirthPlace }) };
      const form = {
        ...umkmBase,
        nib: umkmFormValues().nib,
        ownerNik: makeNik("1980-01-15", "F"),
        ownerPhone: makePhone(),
        workers: JSON.stringify([worker]),
        ...withoutNulls(fields),
      };
      const data = formDataOf({ entries: form, extra: [] });
      const result = await runAs(t.db, umkmEnrollment, data, { as: officer });
      if (saved(result)) {
        const company = await t.db.company.findUniqueOrThrow({ where: { id: result.data.companyId }, include: { owner: true } });
        const stored = await t.db.participant.findUniqueOrThrow({ where: { nik: worker.nik } });
        expect([company.name, company.address, company.owner?.name, company.owner?.birthPlace, stored.name, stored.birthPlace]).toEqual([
          String(data.get("businessName")).trim(),
          String(data.get("address")).trim(),
          normalizeApostrophes(String(data.get("ownerName")).trim()),
          String(data.get("ownerBirthPlace")).trim(),
          normalizeApostrophes(worker.name.trim()),
          worker.birthPlace.toWellFormed().trim() || null,
        ]);
        return "saved";
      }
      expectRefusal(result, data);
      return "refused";
    });
  });
});

describe("projectRegistration (lib/jakon-projects/register.ts, as an officer)", () => {
  const worker = {
    nik: makeNik("1991-02-03", "M"),
    name: "Budi Santoso",
    birthPlace: "Serang",
    birthDate: "03/02/1991",
    gender: "L",
    phone: "",
  };
  const strict = ["contractorId", "contractValue", "startDate", "endDate", "regencyCode", "workers"];

  it("refuses any hostile project or worker list, or a contractor out of the officer's branch, and writes nothing", async () => {
    const base = () => ({
      contractorId: ownCompany.id,
      name: "Gedung Serbaguna",
      workPackage: "Pekerjaan Sipil",
      contractValue: "1000000000",
      startDate: "2026-01-01",
      endDate: "2026-12-31",
      regencyCode: "3673",
      workers: JSON.stringify([worker]),
    });
    const breakers = fc.oneof(
      fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
      fc.tuple(fc.constant("workers"), brokenWorkers(worker)),
      // Well-formed, but not a client of this branch: the action must refuse it (at the contractor field).
      fc.tuple(fc.constant("contractorId"), fc.oneof(uuidLike, fc.constant(otherCompany.id))),
    );
    await withoutWrites(t.db, cases, hostileForm(base(), strict, breakers), RUNS.construction, async (form) => {
      const data = formDataOf(form);
      expectRefusal(await runAs(t.db, projectRegistration, data, { as: officer }), data);
    });
  });

  it("takes hostile text in a valid project's names verbatim, or refuses it with message keys and writes nothing", async () => {
    const text = hostileFields(["name", "workPackage", "workerName"]);
    await savedOrUnchanged(t.db, cases, text, RUNS.constructionText, async ({ workerName, ...fields }) => {
      const member = { ...worker, nik: makeNik("1991-02-03", "M"), ...withoutNulls({ name: workerName }) };
      const form = {
        contractorId: ownCompany.id,
        name: "Gedung",
        workPackage: "Sipil",
        contractValue: "1000000000",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        regencyCode: "3673",
        workers: JSON.stringify([member]),
        ...withoutNulls(fields),
      };
      const data = formDataOf({ entries: form, extra: [] });
      const result = await runAs(t.db, projectRegistration, data, { as: officer });
      if (saved(result)) {
        const project = await t.db.constructionProject.findUniqueOrThrow({ where: { id: result.data.projectId } });
        const stored = await t.db.participant.findUniqueOrThrow({ where: { nik: member.nik } });
        expect([project.name, project.workPackage, stored.name]).toEqual([
          String(data.get("name")).trim(),
          String(data.get("workPackage")).trim(),
          normalizeApostrophes(member.name.trim()),
        ]);
        return "saved";
      }
      expectRefusal(result, data);
      return "refused";
    });
  });
});

describe("referralRecording / referralStatusUpdate (lib/credit/referrals.ts, as an officer)", () => {
  it("refuses a hostile referral with message keys, or an out-of-branch company as not found (404), and writes nothing", async () => {
    const base = () => ({ companyId: ownCompany.id, product: "KUR", amount: "5.000.000", purpose: "Tambah modal warung" });
    const strict = ["companyId", "product", "amount"];
    const breakers = fc.oneof(
      fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
      fc.tuple(fc.constant("companyId"), fc.oneof(uuidLike, fc.constant(otherCompany.id))),
    );
    await withoutWrites(t.db, cases, hostileForm(base(), strict, breakers), RUNS.creditReferral, async (form) => {
      const data = formDataOf(form);
      const result = await runAs(t.db, referralRecording, data, { as: officer });
      // A form the schema takes can only name a company the officer may not reach.
      if (referralSchema.safeParse(Object.fromEntries(data)).success) expect(result, describeForm(form)).toEqual({ denied: "not-found" });
      else expectRefusal(result, data);
    });
  });

  it("takes a hostile purpose for the officer's own client verbatim, or refuses it with message keys and writes nothing", async () => {
    await savedOrUnchanged(t.db, cases, hostileString, RUNS.creditText, async (purpose) => {
      const data = formDataOf({ entries: { companyId: ownCompany.id, product: "CAPITAL", amount: "25000000", purpose }, extra: [] });
      const result = await runAs(t.db, referralRecording, data, { as: officer });
      if (saved(result)) {
        const referral = await t.db.creditReferral.findUniqueOrThrow({ where: { id: result.data.referralId } });
        expect(referral.purpose).toBe(String(data.get("purpose")).trim());
        return "saved";
      }
      expectRefusal(result, data);
      return "refused";
    });
  });

  it("refuses a hostile status change with message keys, and another branch's referral as not found", async () => {
    const arbitrary = fc.record({
      referralId: fc.oneof(hostileString, uuidLike, fc.constant(otherBranchReferral.id)),
      status: fc.oneof(hostileString, fc.constantFrom("NEW", "CONTACTED", "APPROVED", "DECLINED")),
      extra: fc.option(hostileString, { nil: undefined }),
    });
    await withoutWrites(t.db, cases, arbitrary, RUNS.creditStatus, async (values) => {
      const data = formDataOf({
        entries: { referralId: values.referralId, status: values.status },
        extra: values.extra ? [["extra", values.extra]] : [],
      });
      const result = await runAs(t.db, referralStatusUpdate, data, { as: officer });
      if (referralStatusSchema.safeParse(Object.fromEntries(data)).success)
        expect(result, describeForm(data)).toEqual({ denied: "not-found" });
      else expectRefusal(result, data);
      expect((await t.db.creditReferral.findUniqueOrThrow({ where: { id: otherBranchReferral.id } })).status).toBe("NEW");
    });
  });
});

describe("billingContactUpdate (lib/officer/billing-contact.ts, as an officer)", () => {
  it("refuses a hostile contact with message keys, or another branch's client as not found, and changes nothing", async () => {
    const base = { companyId: otherCompany.id, contactName: "Rina", contactEmail: "rina@example.test" };
    const breakers = fc.oneof(
      fc.tuple(fc.constantFrom("companyId", "contactEmail"), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
      fc.tuple(fc.constant("companyId"), uuidLike),
    );
    await withoutWrites(t.db, cases, hostileForm(base, ["companyId", "contactEmail"], breakers), RUNS.billingContact, async (form) => {
      const data = formDataOf(form);
      const result = await runAs(t.db, billingContactUpdate, data, { as: officer });
      if (billingContactSchema.safeParse(Object.fromEntries(data)).success)
        expect(result, describeForm(form)).toEqual({ denied: "not-found" });
      else expectRefusal(result, data);
    });
    expect(await t.db.company.findUniqueOrThrow({ where: { id: otherCompany.id } })).toMatchObject({
      contactName: null,
      contactEmail: null,
    });
  });
});

describe("campaignCreate (lib/funnel/campaigns.ts, as an officer)", () => {
  it("refuses a hostile kind or event day with message keys and writes nothing", async () => {
    const base = { name: "Bazar UMKM", kind: "EVENT", eventOn: "2026-12-12", place: "Pasar Rau" };
    const breakers = fc.tuple(fc.constantFrom("kind", "eventOn"), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString));
    await withoutWrites(t.db, cases, hostileForm(base, ["kind", "eventOn"], breakers), RUNS.campaign, async (form) => {
      const data = formDataOf(form);
      expectRefusal(await runAs(t.db, campaignCreate, data, { as: officer }), data);
    });
  });
});

describe("reviewDecision (lib/review/decide.ts, as BPJS TK staff)", () => {
  it("refuses a hostile decision with message keys, or a case outside the staff member's region as not found", async () => {
    const arbitrary = hostileForm(
      { caseId: randomUUID(), decision: "REJECTED", note: "Duplikat" },
      ["caseId", "decision", "note"],
      fc.tuple(fc.constant("caseId"), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString, uuidLike, fc.constant("<case>"))),
    );
    await withoutWrites(t.db, cases, arbitrary, RUNS.review, async (form) => {
      if (form.entries.caseId === "<case>") form.entries.caseId = otherRegionCase.id;
      const data = formDataOf(form);
      const result = await runAs(t.db, reviewDecision, data, { as: pandeglangStaff });
      if (decisionSchema.safeParse(Object.fromEntries(data)).success) expect(result, describeForm(form)).toEqual({ denied: "not-found" });
      else expectRefusal(result, data);
    });
    expect(await t.db.reviewCase.findUniqueOrThrow({ where: { id: otherRegionCase.id } })).toMatchObject({
      status: "OPEN",
      decisionNote: null,
    });
  });

  it("takes a hostile note on a case of the staff member's region verbatim, or refuses it with message keys and writes nothing", async () => {
    let kpj = 66_000_000_000 + Math.floor(Math.random() * 1e6);
    const openCase = async () => {
      const participant = await t.db.participant.create({
        data: {
          kpj: String(++kpj),
          nik: makeNik("1981-01-01", "M"),
          name: "Peserta",
          birthDate: new Date("1981-01-01"),
          gender: "M",
          category: "BPU",
          channel: "SELF",
          regencyCode: "3673",
        },
      });
      return t.db.reviewCase.create({ data: { participantId: participant.id, reason: "SHARED_PHONE" } });
    };
    await savedOrUnchanged(
      t.db,
      cases,
      fc.tuple(hostileString, fc.constantFrom("APPROVED", "REJECTED")),
      RUNS.reviewText,
      async ([note, decision], open) => {
        const data = formDataOf({ entries: { caseId: open.id, decision, note }, extra: [] });
        const result = await runAs(t.db, reviewDecision, data, { as: serangStaff });
        if (saved(result)) {
          expect(await t.db.reviewCase.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
            status: decision,
            decisionNote: String(data.get("note")).trim(),
          });
          return "saved";
        }
        expectRefusal(result, data);
        return "refused";
      },
      openCase,
    );
  });
});

describe("importSave (lib/worker-import/batch.ts, as an officer)", () => {
  it("answers errors.import.notFound for any batch id that is not one of the officer's branch", async () => {
    const batchId = fc.oneof(hostileJsonValue, uuidLike, fc.constant("<other>"));
    await withoutWrites(t.db, cases, batchId, RUNS.importSave, async (value) => {
      const id = value === "<other>" ? otherBranchBatch.id : value;
      // Whatever the client posts as the batch id (the wizard posts a string; a crafted request anything).
      const result = await runAs(t.db, importSave, { batchId: id }, { as: officer });
      const answer = answerOf(result);
      const messages = "ok" in answer && !answer.ok ? [answer.formError, ...Object.values(answer.fieldErrors)].filter(Boolean) : answer;
      expect(messages, describeForm(toFormData({ batchId: id }))).toEqual(["errors.import.notFound"]);
    });
    expect(keys.has("errors.import.notFound")).toBe(true);
  });
});

describe("settlementUpload / proposeManualCredits / applyManualCredit (lib/reconciliation, as BPJS TK finance)", () => {
  const HEADER = "bank reference,virtual account,amount,paid at";
  const line = { bankReference: "BJB-REF-0001", virtualAccount: "8812000000000019", amount: "16800", paidAt: "2026-11-20T10:00:00+07:00" };
  const cell = fc.oneof(
    { weight: 3, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom('"', '""', ",", "\n", "\r\n", '"a,b"', "=cmd|' /C calc'!A0", "+1", "@SUM(1)") },
  );
  const lineText = (values: Record<string, string>) =>
    [values.bankReference, values.virtualAccount, values.amount, values.paidAt].join(",");
  const hostileLine = fc
    .record({ field: fc.constantFrom("bankReference", "virtualAccount", "amount", "paidAt"), value: cell })
    .map(({ field, value }) => lineText({ ...line, [field]: value }));
  // A line that cannot be valid: no 16-digit VA, no ISO time, or a reference BJB cannot have sent (space, control, non-ASCII, too long).
  const brokenLine = fc.oneof(
    breakingString.map((v) => lineText({ ...line, virtualAccount: v })),
    breakingString.map((v) => lineText({ ...line, paidAt: v })),
    breakingString.filter((v) => !/^[!-~]{1,64}$/.test(v.trim())).map((v) => lineText({ ...line, bankReference: v.replaceAll(",", "") })),
  );
  const csv = fc.oneof(
    fc
      .tuple(fc.array(hostileLine, { maxLength: 4 }), brokenLine, fc.array(fc.constant(lineText(line)), { maxLength: 2 }))
      .map(([a, broken, b]) => [HEADER, ...a, broken, ...b].join("\n")),
    fc.tuple(hostileString, fc.array(cell, { maxLength: 3 })).map(([header, cells]) => [header, cells.join(",")].join("\n")),
    hostileString,
  );
  const file = fc.oneof(
    csv.map((text) => new File([text], "settlement.csv", { type: "text/csv" })),
    fc.constantFrom<string | File | typeof MISSING>(
      MISSING,
      new File([], "empty.csv"),
      new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.csv"),
      "' OR 1=1 --",
    ),
    hostileString,
  );

  it("refuses a hostile business date or file with message keys before anything is stored", async () => {
    const arbitrary = fc.record({
      businessDate: fc.oneof(fc.constant("2026-11-20"), hostileString, fc.constant<typeof MISSING>(MISSING)),
      file,
    });
    await withoutWrites(t.db, cases, arbitrary, RUNS.settlementUpload, async (values) => {
      const data = formDataOf({ entries: values, extra: [] });
      expectRefusal(await runAs(t.db, settlementUpload, data, { as: serangFinance }), data);
    });
  });

  it("does nothing for a hostile or unknown settlement id or proposal id", async () => {
    await withoutWrites(t.db, cases, fc.oneof(hostileString, uuidLike), RUNS.settlementApply, async (value) => {
      const id = z.uuid().safeParse(value);
      const proposed = await runAs(t.db, proposeManualCredits, { settlementId: value }, { as: serangFinance });
      const applied = await runAs(t.db, applyManualCredit, { creditId: value }, { as: serangFinance });
      if (!id.success) {
        expectRefusal(proposed, value);
        return expectRefusal(applied, value);
      }
      expect(await t.db.settlement.findUnique({ where: { id: id.data } })).toBeNull();
      expect(proposed, value).toEqual({ denied: "not-found" });
      expect(applied, value).toEqual({ denied: "not-found" });
    });
  });
});

describe("sandboxPayment (lib/payments/sandbox.ts, anonymous)", () => {
  let sandboxPayment: typeof import("../../lib/payments/sandbox").sandboxPayment;

  beforeAll(async () => {
    // lib/env.ts reads the environment once, when the sandbox first imports it.
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
    vi.stubEnv("BJB_WEBHOOK_SECRET", "s".repeat(32));
    vi.stubEnv("BJB_SANDBOX", "true");
    ({ sandboxPayment } = await import("../../lib/payments/sandbox"));
  });

  it("refuses a hostile virtual account or amount with a message key and sends nothing", async () => {
    const strict = ["virtualAccount", "amount"];
    const arbitrary = hostileForm({ virtualAccount: "8812000000000019", amount: "16800" }, strict);
    await withoutWrites(t.db, cases, arbitrary, RUNS.sandboxPayment, async (form) => {
      const data = formDataOf(form);
      expectRefusal(await runAs(t.db, sandboxPayment, data), data);
      expect(notified).not.toHaveBeenCalled();
    });
  });
});

describe("localeSwitch (lib/i18n/locale-switch.ts, anonymous)", () => {
  it("sets the cookie only to a known locale, whatever is posted", async () => {
    const arbitrary = hostileForm(
      { locale: "en" },
      ["locale"],
      fc.tuple(
        fc.constant("locale"),
        fc.oneof(
          fc.constant<typeof MISSING>(MISSING),
          breakingString,
          fc.constantFrom("EN", "id ", "en-US", "fr", "ID", ["id"].toString() + ",en"),
        ),
      ),
    );
    await withoutWrites(t.db, cases, arbitrary, RUNS.switchLocale, async (form) => {
      cookieStore.set.mockClear();
      // switchLocale (lib/i18n/actions.ts) answers nothing: the page shows none of these messages.
      expect(answerOf(await runAs(t.db, localeSwitch, formDataOf(form))), describeForm(form)).toMatchObject({ ok: false });
      expect(cookieStore.set, describeForm(form)).not.toHaveBeenCalled();
    });
    // The stand-in does see a valid switch.
    expect(await runAs(t.db, localeSwitch, { locale: "en" })).toEqual({ ok: true, data: { locale: "en" } });
    expect(cookieStore.set).toHaveBeenCalledWith("NEXT_LOCALE", "en", expect.objectContaining({ path: "/" }));
  });
});

describe("names people really have", () => {
  const NAMES = ["Ni Luh Putu Ayu", "Sukarno", "Ma'ruf", "Siti Nur'aini", "Dédé Rosada", "I Gusti Ngurah Rai", "Ma’ruf Amin"];
  const PARTS = [
    "Ni",
    "Luh",
    "Putu",
    "Ayu",
    "Sukarno",
    "Ma'ruf",
    "Nur'aini",
    "Siti",
    "Dédé",
    "Rosada",
    "I",
    "Gusti",
    "Ngurah",
    "Rai",
    "Muhammad",
    "Abdul",
    "Raden",
    "Ajeng",
    "Teuku",
    "Cut",
    "Nyoman",
    "Ketut",
    "O'ong",
    "Hj.",
    "Andi",
    "Daeng",
    "Euis",
    "Asep",
    "Agnès",
    "Zaïnab",
    "Çelik",
    "Renée",
    "Rene\u0301",
    "Abdul-Rahman",
    "Yohanes",
    "Anak",
  ];
  const name = fc.oneof(
    fc.constantFrom(...NAMES),
    fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" ")),
    fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom("", " ", "  ")).map(([n, pad]) => `${pad}${n}${pad}`),
  );

  it("are accepted by the registration schema, the rest of the form valid", () => {
    fc.assert(
      fc.property(
        name,
        cases.counted((value: string) => {
          const parsed = registrationSchema.safeParse(registrationForm({ name: value }));
          expect(parsed.success ? parsed.data.name : parsed.error.issues, value).toBe(normalizeApostrophes(value.trim()));
        }),
      ),
      { numRuns: RUNS.namesRegistration },
    );
  });

  it("are accepted by the worker-row schema of the spreadsheet import", () => {
    fc.assert(
      fc.property(
        name,
        cases.counted((value: string) => {
          const row = parseWorkerRow(workerValues({ name: value }));
          expect(row.ok ? row.row.name : row.errors, value).toBe(normalizeApostrophes(value.trim()));
          expect(workerRowSchema.safeParse(workerValues({ name: value })).success).toBe(true);
        }),
      ),
      { numRuns: RUNS.namesWorkerRow },
    );
  });
});

describe("proposeRefund / applyRefund / cancelRefund (lib/reconciliation/refunds.ts, as BPJS TK finance)", () => {
  it("writes nothing for a hostile proposal, or a hostile or unknown refund id", async () => {
    const field = fc.oneof(hostileString, uuidLike, fc.constantFrom("PARTICIPANT", "COMPANY", "PROJECT", "16800", "0012 3456 7890"));
    const form = fc.record({
      accountType: field,
      accountId: field,
      amount: field,
      bankAccount: field,
      bankAccountName: field,
      reason: field,
    });
    await withoutWrites(t.db, cases, fc.tuple(form, fc.oneof(hostileString, uuidLike)), RUNS.refunds, async ([proposal, id]) => {
      // No account in these runs holds credit: a proposal is refused or not found, whatever it says.
      expectRefusalOrNotFound(await runAs(t.db, proposeRefund, proposal, { as: serangFinance }), JSON.stringify(proposal));
      for (const definition of [applyRefund, cancelRefund]) {
        const outcome = await runAs(t.db, definition, { refundId: id }, { as: serangFinance });
        if (z.uuid().safeParse(id).success) expect(outcome, id).toEqual({ denied: "not-found" });
        else expectRefusal(outcome, id);
      }
    });
  });
});

function expectRefusalOrNotFound(outcome: ActionOutcome<unknown>, input: string) {
  if ("denied" in outcome) expect(outcome, input).toEqual({ denied: "not-found" });
  else expectRefusal(outcome, input);
}
