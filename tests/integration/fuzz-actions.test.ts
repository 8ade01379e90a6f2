// Issue 6, point 5 ("bad input"): random and hostile values at every server
// action. Actions need a next-auth session, so each property calls what the
// action calls (its service, or its schema and service where the action parses
// itself) with the FormData shape the action receives. Actions without a
// session (the BJB sandbox, the language switch) are called themselves.
//
// Every property: no throw the action would not turn into a page (notFound),
// every message a key of messages/id/*.json (and never "errors.unexpected",
// which means the service failed), and no row written in any table, checked
// after every case against a count of each table in the public schema.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { submitProject } from "../../lib/jakon-projects/submit";
import { NotInScope, recordReferral, updateReferralStatus } from "../../lib/credit/referrals";
import { referralSchema, referralStatusSchema } from "../../lib/credit/schema";
import { ImportNotFound, saveCheckedImport, sha256, storeCheckedImport } from "../../lib/worker-import/batch";
import { parseWorkerRow, workerRowSchema } from "../../lib/pu-enrollment/worker-row";
import { registrationSchema } from "../../lib/bpu-registration/schema";
import { submitRegistration } from "../../lib/bpu-registration/submit";
import { readSettlementUpload } from "../../lib/reconciliation/settlement";
import { decisionSchema, decideReviewCase, ReviewCaseNotFound } from "../../lib/review/decide";
import { submitUmkmEnrollment } from "../../lib/umkm-enrollment/submit";
import { firstIssueByField } from "../../lib/validation/field-errors";
import { setupTestDatabase } from "../support/database";
import { makeNik, makePhone, registrationForm } from "../support/factories";
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
import { createBranch, createCompany, createOfficer, umkmFormValues, workerValues } from "../support/records";
import { normalizeApostrophes } from "../../lib/validation/person";

// The sandbox and the language switch run outside Next here: their request APIs are stand-ins.
const cookieStore = vi.hoisted(() => ({ set: vi.fn() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => cookieStore,
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const t = setupTestDatabase();
const RUNS = FUZZ_RUNS.actions;
const cases = caseCounter("fuzz-actions");

let keys: Set<string>;
let officer: { userId: string; branchId: string; role: "BANK_OFFICER" };
let ownCompany: { id: string };
let otherCompany: { id: string };
let otherBranchReferral: { id: string };
let otherRegionCase: { id: string };
let otherBranchBatch: { id: string };

beforeAll(async () => {
  keys = await messageKeys();
  const branch = await createBranch(t.db);
  const user = await createOfficer(t.db, branch.id);
  officer = { userId: user.id, branchId: branch.id, role: "BANK_OFFICER" };
  ownCompany = await createCompany(t.db, branch.id);

  // Another branch's rows: ids an officer of `branch` may send but must never reach.
  const other = await createBranch(t.db, "3601");
  const otherOfficer = await createOfficer(t.db, other.id);
  otherCompany = await createCompany(t.db, other.id);
  otherBranchReferral = await t.db.creditReferral.create({
    data: { companyId: otherCompany.id, branchId: other.id, product: "KUR", amount: 5_000_000n, purpose: "Modal", createdById: otherOfficer.id },
  });
  otherBranchBatch = await storeCheckedImport(
    t.db,
    { branchId: other.id, companyId: otherCompany.id, createdById: otherOfficer.id, fileName: "x.csv", fileSha256: sha256(new Uint8Array()) },
    { rows: [], counts: { total: 0, new: 0, link: 0, skip: 0, error: 0 } },
  );
  // An open review case in Kota Serang, for staff of Kabupaten Pandeglang (3601) to miss.
  const participant = await t.db.participant.create({
    data: {
      kpj: "77777777771", nik: makeNik("1980-01-01", "M"), name: "Peserta Tinjau", birthDate: new Date("1980-01-01"),
      gender: "M", category: "BPU", channel: "SELF", regencyCode: "3673",
    },
  });
  otherRegionCase = await t.db.reviewCase.create({ data: { participantId: participant.id, reason: "SHARED_PHONE" } });
});

afterAll(() => {
  cases.report(FUZZ_CASES_ACTIONS);
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});


function expectKeys(messages: unknown, input: unknown) {
  expect(badMessages(keys, messages), `messages for ${typeof input === "string" ? input.slice(0, 200) : describeForm(input as FormData)}`).toEqual([]);
}

/** One or two of `fields` with a hostile value each. */
const hostileFields = (fields: string[]): fc.Arbitrary<Record<string, string | undefined>> =>
  fc.array(fc.tuple(fc.constantFrom(...fields), hostileString), { minLength: 1, maxLength: 2 }).map((pairs) => Object.fromEntries(pairs));

const uuidLike = fc.oneof(fc.uuid(), fc.constant("00000000-0000-0000-0000-000000000000"));

describe("registerAction (lib/bpu-registration/submit.ts)", () => {
  const base = registrationForm() as unknown as Record<string, string>;
  const strict = ["nik", "birthDate", "gender", "phone", "regencyCode", "districtCode", "occupation", "income", "months", "consent"];

  it("refuses any hostile form with message keys and writes nothing", async () => {
    await withoutWrites(t.db, cases, hostileForm(base, strict), RUNS.registration, async (form) => {
      const data = formDataOf(form);
      const result = await submitRegistration(t.db, data, { ip: "203.0.113.9", userAgent: "fuzz" });
      expect(result.status, describeForm(form)).toBe("error");
      if (result.status === "error") expectKeys(result.fieldErrors, data);
    });
  });

  it("takes hostile text in the free-text fields of a valid form verbatim, or refuses it with message keys and writes nothing", async () => {
    await savedOrUnchanged(t.db, cases, hostileFields(["name", "birthPlace", "address"]), RUNS.registrationText, async (fields) => {
      const form = registrationForm();
      const data = formDataOf({ entries: { ...(form as unknown as Record<string, string>), ...withoutNulls(fields) }, extra: [] });
      const result = await submitRegistration(t.db, data, { userAgent: "fuzz" });
      if (result.status === "registered") {
        const stored = await t.db.participant.findUniqueOrThrow({ where: { nik: form.nik } });
        expect({ name: stored.name, birthPlace: stored.birthPlace, address: stored.address }).toEqual({
          name: normalizeApostrophes(String(data.get("name")).trim()),
          birthPlace: String(data.get("birthPlace")).trim(),
          address: String(data.get("address")).trim(),
        });
        return "saved";
      }
      expect(result.status).toBe("error");
      if (result.status === "error") expectKeys(result.fieldErrors, data);
      return "refused";
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

describe("enrollUmkmAction (lib/umkm-enrollment/submit.ts)", () => {
  const strict = ["nib", "kbli", "regencyCode", "districtCode", "riskClass", "ownerNik", "ownerBirthDate", "ownerGender", "ownerPhone", "ownerIncome", "workers"];
  const breakers = fc.oneof(
    fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
    fc.tuple(fc.constant("workers"), brokenWorkers({ ...workerValues(), wage: "4500000" })),
  );

  it("refuses any hostile business, owner or worker list with message keys and writes nothing", async () => {
    await withoutWrites(t.db, cases, hostileForm(umkmBase, strict, breakers), RUNS.umkm, async (form) => {
      const data = formDataOf(form);
      const result = await submitUmkmEnrollment(t.db, data, officer);
      expect(result.status, describeForm(form)).toBe("error");
      if (result.status === "error") expectKeys([result.fieldErrors, result.workerErrors], data);
    });
  });

  it("takes hostile text in the free-text fields of a valid enrollment verbatim, or refuses it with message keys and writes nothing", async () => {
    const text = hostileFields(["businessName", "address", "ownerName", "ownerBirthPlace", "workerName", "workerBirthPlace"]);
    await savedOrUnchanged(t.db, cases, text, RUNS.umkmText, async ({ workerName, workerBirthPlace, ...fields }) => {
      const worker = { ...workerValues(), ...withoutNulls({ name: workerName, birthPlace: workerBirthPlace }) };
      const form = { ...umkmBase, nib: umkmFormValues().nib, ownerNik: makeNik("1980-01-15", "F"), ownerPhone: makePhone(), workers: JSON.stringify([worker]), ...withoutNulls(fields) };
      const data = formDataOf({ entries: form, extra: [] });
      const result = await submitUmkmEnrollment(t.db, data, officer);
      if (result.status === "enrolled") {
        const company = await t.db.company.findUniqueOrThrow({ where: { id: result.companyId }, include: { owner: true } });
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
      expect(result.status).toBe("error");
      if (result.status === "error") expectKeys([result.fieldErrors, result.workerErrors], data);
      return "refused";
    });
  });
});


describe("registerProjectAction (lib/jakon-projects/submit.ts)", () => {
  const worker = { nik: makeNik("1991-02-03", "M"), name: "Budi Santoso", birthPlace: "Serang", birthDate: "03/02/1991", gender: "L", phone: "" };
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
      // Well-formed, but not a client of this branch: the service must refuse it.
      fc.tuple(fc.constant("contractorId"), fc.oneof(uuidLike, fc.constant(otherCompany.id))),
    );
    await withoutWrites(t.db, cases, hostileForm(base(), strict, breakers), RUNS.construction, async (form) => {
      const data = formDataOf(form);
      const result = await submitProject(t.db, { branchId: officer.branchId }, data, officer);
      expect(result.status, describeForm(form)).toBe("error");
      if (result.status === "error") expectKeys([result.fieldErrors, result.workerErrors], data);
    });
  });

  it("takes hostile text in a valid project's names verbatim, or refuses it with message keys and writes nothing", async () => {
    const text = hostileFields(["name", "workPackage", "workerName"]);
    await savedOrUnchanged(t.db, cases, text, RUNS.constructionText, async ({ workerName, ...fields }) => {
      const member = { ...worker, nik: makeNik("1991-02-03", "M"), ...withoutNulls({ name: workerName }) };
      const form = { contractorId: ownCompany.id, name: "Gedung", workPackage: "Sipil", contractValue: "1000000000", startDate: "2026-01-01", endDate: "2026-12-31", regencyCode: "3673", workers: JSON.stringify([member]), ...withoutNulls(fields) };
      const data = formDataOf({ entries: form, extra: [] });
      const result = await submitProject(t.db, { branchId: officer.branchId }, data, officer);
      if (result.status === "registered") {
        const project = await t.db.constructionProject.findUniqueOrThrow({ where: { id: result.projectId } });
        const stored = await t.db.participant.findUniqueOrThrow({ where: { nik: member.nik } });
        expect([project.name, project.workPackage, stored.name]).toEqual([String(data.get("name")).trim(), String(data.get("workPackage")).trim(), normalizeApostrophes(member.name.trim())]);
        return "saved";
      }
      expect(result.status).toBe("error");
      if (result.status === "error") expectKeys([result.fieldErrors, result.workerErrors], data);
      return "refused";
    });
  });
});

describe("recordReferralAction / updateReferralStatusAction (lib/credit: schema parsed in the action, then referrals.ts)", () => {
  it("refuses a hostile referral with message keys, or an out-of-branch company with NotInScope (404), and writes nothing", async () => {
    const base = () => ({ companyId: ownCompany.id, product: "KUR", amount: "5.000.000", purpose: "Tambah modal warung" });
    const strict = ["companyId", "product", "amount"];
    const breakers = fc.oneof(
      fc.tuple(fc.constantFrom(...strict), fc.oneof(fc.constant<typeof MISSING>(MISSING), breakingString)),
      fc.tuple(fc.constant("companyId"), fc.oneof(uuidLike, fc.constant(otherCompany.id))),
    );
    await withoutWrites(t.db, cases, hostileForm(base(), strict, breakers), RUNS.creditReferral, async (form) => {
      const data = formDataOf(form);
      // As recordReferralAction does: parse the form, then call the service in the officer's scope.
      const parsed = referralSchema.safeParse(Object.fromEntries(data));
      if (!parsed.success) {
        expectKeys(firstIssueByField(parsed.error, "form"), data);
        return;
      }
      const write = recordReferral(t.db, { branchId: officer.branchId }, parsed.data, officer);
      await expect(write, describeForm(form)).rejects.toBeInstanceOf(NotInScope);
    });
  });

  it("takes a hostile purpose for the officer's own client verbatim, or refuses it with message keys and writes nothing", async () => {
    await savedOrUnchanged(t.db, cases, hostileString, RUNS.creditText, async (purpose) => {
      const data = formDataOf({ entries: { companyId: ownCompany.id, product: "CAPITAL", amount: "25000000", purpose }, extra: [] });
      const parsed = referralSchema.safeParse(Object.fromEntries(data));
      if (parsed.success) {
        const referral = await recordReferral(t.db, { branchId: officer.branchId }, parsed.data, officer);
        expect(referral.purpose).toBe(String(data.get("purpose")).trim());
        return "saved";
      }
      expectKeys(firstIssueByField(parsed.error, "form"), data);
      return "refused";
    });
  });

  it("ignores a hostile status change and refuses another branch's referral", async () => {
    const arbitrary = fc.record({
      referralId: fc.oneof(hostileString, uuidLike, fc.constant(otherBranchReferral.id)),
      status: fc.oneof(hostileString, fc.constantFrom("NEW", "CONTACTED", "APPROVED", "DECLINED")),
      extra: fc.option(hostileString, { nil: undefined }),
    });
    await withoutWrites(t.db, cases, arbitrary, RUNS.creditStatus, async (values) => {
      const data = formDataOf({ entries: { referralId: values.referralId, status: values.status }, extra: values.extra ? [["extra", values.extra]] : [] });
      const parsed = referralStatusSchema.safeParse(Object.fromEntries(data));
      // The action returns nothing for a form that does not parse.
      if (!parsed.success) return;
      await expect(updateReferralStatus(t.db, { branchId: officer.branchId }, parsed.data, officer)).rejects.toBeInstanceOf(NotInScope);
      expect((await t.db.creditReferral.findUniqueOrThrow({ where: { id: otherBranchReferral.id } })).status).toBe("NEW");
    });
  });
});

describe("decideReviewAction (lib/review: decisionSchema parsed in the action, then decide.ts)", () => {
  it("refuses a hostile decision with errors.review.note, or a case outside the staff member's region as not found", async () => {
    const arbitrary = hostileForm({ caseId: randomUUID(), decision: "REJECTED", note: "Duplikat" }, ["caseId", "decision", "note"], fc.tuple(fc.constant("caseId"), fc.oneof(
      fc.constant<typeof MISSING>(MISSING),
      breakingString,
      uuidLike,
      fc.constant("<case>"),
    )));
    await withoutWrites(t.db, cases, arbitrary, RUNS.review, async (form) => {
      if (form.entries.caseId === "<case>") form.entries.caseId = otherRegionCase.id;
      const data = formDataOf(form);
      const parsed = decisionSchema.safeParse(Object.fromEntries(data));
      // A form that does not parse gets errors.review.note from the action (checked once below).
      if (!parsed.success) return;
      await expect(decideReviewCase(t.db, { regionCode: "3601" }, parsed.data, { userId: officer.userId }), describeForm(form)).rejects.toBeInstanceOf(
        ReviewCaseNotFound,
      );
    });
    expect(keys.has("errors.review.note"), "the action's one refusal is a message key").toBe(true);
    expect(await t.db.reviewCase.findUniqueOrThrow({ where: { id: otherRegionCase.id } })).toMatchObject({ status: "OPEN", decisionNote: null });
  });

  it("takes a hostile note on a case of the staff member's region verbatim, or refuses it with errors.review.note and writes nothing", async () => {
    let kpj = 66_000_000_000 + Math.floor(Math.random() * 1e6);
    const openCase = async () => {
      const participant = await t.db.participant.create({
        data: { kpj: String(++kpj), nik: makeNik("1981-01-01", "M"), name: "Peserta", birthDate: new Date("1981-01-01"), gender: "M", category: "BPU", channel: "SELF", regencyCode: "3673" },
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
        const parsed = decisionSchema.safeParse(Object.fromEntries(data));
        if (!parsed.success) return "refused";
        await decideReviewCase(t.db, { regionCode: "3673" }, parsed.data, { userId: officer.userId });
        expect(await t.db.reviewCase.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: decision, decisionNote: String(data.get("note")).trim() });
        return "saved";
      },
      openCase,
    );
  });
});

describe("saveImportAction (lib/pu-enrollment: uuid check in the action, then import.ts)", () => {
  it("answers errors.import.notFound for any batch id that is not one of the officer's branch", async () => {
    const batchId = fc.oneof(hostileJsonValue, uuidLike, fc.constant("<other>"));
    await withoutWrites(t.db, cases, batchId, RUNS.importSave, async (value) => {
      const id = value === "<other>" ? otherBranchBatch.id : value;
      // A server action's argument is whatever the client serialised: not always a string.
      const error = await (async () => {
        if (!z.uuid().safeParse(id).success) return "errors.import.notFound";
        try {
          await saveCheckedImport(t.db, id as string, { branchId: officer.branchId }, officer);
          return "saved";
        } catch (caught) {
          if (caught instanceof ImportNotFound) return "errors.import.notFound";
          throw caught;
        }
      })();
      expect(error).toBe("errors.import.notFound");
    });
    expect(keys.has("errors.import.notFound")).toBe(true);
  });
});

describe("uploadSettlementAction / applyMissingAction (lib/reconciliation: checks in the action, then settlement.ts)", () => {
  const HEADER = "bank reference,virtual account,amount,paid at";
  const line = { bankReference: "BJB-REF-0001", virtualAccount: "8812000000000019", amount: "16800", paidAt: "2026-11-20T10:00:00+07:00" };
  const cell = fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom('"', '""', ",", "\n", "\r\n", '"a,b"', "=cmd|' /C calc'!A0", "+1", "@SUM(1)") });
  const lineText = (values: Record<string, string>) => [values.bankReference, values.virtualAccount, values.amount, values.paidAt].join(",");
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
    fc.tuple(fc.array(hostileLine, { maxLength: 4 }), brokenLine, fc.array(fc.constant(lineText(line)), { maxLength: 2 })).map(([a, broken, b]) => [HEADER, ...a, broken, ...b].join("\n")),
    fc.tuple(hostileString, fc.array(cell, { maxLength: 3 })).map(([header, cells]) => [header, cells.join(",")].join("\n")),
    hostileString,
  );
  const file = fc.oneof(
    csv.map((text) => new File([text], "settlement.csv", { type: "text/csv" })),
    fc.constantFrom<string | File | typeof MISSING>(MISSING, new File([], "empty.csv"), new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.csv"), "' OR 1=1 --"),
    hostileString,
  );

  it("refuses a hostile business date or file with message keys before anything is stored", async () => {
    const arbitrary = fc.record({ businessDate: fc.oneof(fc.constant("2026-11-20"), hostileString, fc.constant<typeof MISSING>(MISSING)), file });
    await withoutWrites(t.db, cases, arbitrary, RUNS.settlementUpload, async (values) => {
      const data = formDataOf({ entries: values, extra: [] });
      // uploadSettlementAction stores only what readSettlementUpload accepted.
      const upload = await readSettlementUpload(data);
      const error = upload.ok ? `stored ${JSON.stringify(upload.lines).slice(0, 300)}` : upload.error;
      expectKeys([error], data);
    });
  });

  it("does nothing for a hostile or unknown settlement id", async () => {
    await withoutWrites(t.db, cases, fc.oneof(hostileString, uuidLike), RUNS.settlementApply, async (value) => {
      const id = z.uuid().safeParse(value);
      if (!id.success) return;
      expect(await t.db.settlement.findUnique({ where: { id: id.data } })).toBeNull();
    });
  });
});

describe("sendSandboxPayment (lib/payments/sandbox-actions.ts, called itself: it needs no session)", () => {
  let sendSandboxPayment: typeof import("../../lib/payments/sandbox-actions").sendSandboxPayment;
  const sent = vi.fn(async () => Response.json({}));

  beforeAll(async () => {
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
    vi.stubEnv("BJB_WEBHOOK_SECRET", "s".repeat(32));
    vi.stubEnv("BJB_SANDBOX", "true");
    vi.stubGlobal("fetch", sent);
    ({ sendSandboxPayment } = await import("../../lib/payments/sandbox-actions"));
  });

  it("refuses a hostile virtual account or amount with a message key and sends nothing", async () => {
    const strict = ["virtualAccount", "amount"];
    const arbitrary = hostileForm({ virtualAccount: "8812000000000019", amount: "16800" }, strict);
    await withoutWrites(t.db, cases, arbitrary, RUNS.sandboxPayment, async (form) => {
      const data = formDataOf(form);
      const state = await sendSandboxPayment({ status: "idle" }, data);
      expect(state.status, describeForm(form)).toBe("invalid");
      if (state.status === "invalid") expectKeys([state.error], data);
      expect(sent).not.toHaveBeenCalled();
    });
  });
});

describe("switchLocale (lib/i18n/actions.ts, called itself: it needs no session)", () => {
  it("sets the cookie only to a known locale, whatever is posted", async () => {
    const { switchLocale } = await import("../../lib/i18n/actions");
    const arbitrary = hostileForm({ locale: "en" }, ["locale"], fc.tuple(fc.constant("locale"), fc.oneof(
      fc.constant<typeof MISSING>(MISSING),
      breakingString,
      fc.constantFrom("EN", "id ", "en-US", "fr", "ID", ["id"].toString() + ",en"),
    )));
    await withoutWrites(t.db, cases, arbitrary, RUNS.switchLocale, async (form) => {
      cookieStore.set.mockClear();
      expect(await switchLocale(formDataOf(form))).toBeUndefined();
      expect(cookieStore.set, describeForm(form)).not.toHaveBeenCalled();
    });
    // The stand-in does see a valid switch.
    await switchLocale(formDataOf({ entries: { locale: "en" }, extra: [] }));
    expect(cookieStore.set).toHaveBeenCalledWith("NEXT_LOCALE", "en", expect.objectContaining({ path: "/" }));
  });
});

describe("names people really have", () => {
  const NAMES = ["Ni Luh Putu Ayu", "Sukarno", "Ma'ruf", "Siti Nur'aini", "Dédé Rosada", "I Gusti Ngurah Rai", "Ma’ruf Amin"];
  const PARTS = [
    "Ni", "Luh", "Putu", "Ayu", "Sukarno", "Ma'ruf", "Nur'aini", "Siti", "Dédé", "Rosada", "I", "Gusti", "Ngurah", "Rai",
    "Muhammad", "Abdul", "Raden", "Ajeng", "Teuku", "Cut", "Nyoman", "Ketut", "O'ong", "Hj.", "Andi", "Daeng", "Euis", "Asep",
    "Agnès", "Zaïnab", "Çelik", "Renée", "Rene\u0301", "Abdul-Rahman", "Yohanes", "Anak",
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
