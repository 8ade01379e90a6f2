// Hostile input at the admin console's actions and the sign-in steps (issue
// 15): no throw, every message a message key, a worker's account (which the
// console does not manage) or an unknown key answered as not found, and no row
// written in any table.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import { requiredPasswordChange, twoFactorEnrol, twoFactorVerify } from "../../lib/account/two-factor";
import { createAccount, resetAccountPassword, resetAccountSecondFactor, setAccountActive, unlockAccount } from "../../lib/admin/accounts";
import { createKey, revokeKey, rotateKey } from "../../lib/admin/api-keys";
import { createBranch } from "../../lib/admin/branches";
import { createProgramme, createSponsor } from "../../lib/sponsorship/programmes";
import { beneficiariesSave } from "../../lib/sponsorship/beneficiary-save";
import type { SessionUser } from "../../lib/auth/credentials";
import { openSession } from "../../lib/auth/user-sessions";
import { sessionUserOf } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { fuzzAction } from "../support/fuzz-action";
import { caseCounter, FUZZ_CASES_ADMIN, FUZZ_RUNS, messageKeys } from "../support/hostile";
import { createBranch as branchRecord, createOfficer } from "../support/records";

const t = setupTestDatabase();
const RUNS = FUZZ_RUNS.admin;
const cases = caseCounter("fuzz-admin");
// The database exists once the file's setup ran: read it then.
const context = {
  get db() {
    return t.db;
  },
  cases,
  keys: () => keys,
};

let keys: Set<string>;
let admin: SessionUser;
let halfway: SessionUser;
let branchId: string;
let workerId: string;

beforeAll(async () => {
  vi.stubEnv("NEXTAUTH_SECRET", "fuzz-admin-secret-".repeat(3));
  keys = await messageKeys();
  admin = sessionUserOf(
    await t.db.user.create({ data: { role: "ADMIN", name: "Admin Fuzz", email: "admin-fuzz@lindung.test", passwordHash: "x" } }),
  );
  branchId = (await branchRecord(t.db)).id;
  const officer = await createOfficer(t.db, branchId);
  halfway = { ...sessionUserOf(officer), sessionId: await openSession(t.db, officer.id, {}), pending: "secondFactor" };
  workerId = (await t.db.user.create({ data: { role: "WORKER", name: "Pekerja", passwordHash: "x" } })).id;
});

afterAll(() => cases.report(FUZZ_CASES_ADMIN));

const asAdmin = () => admin;
const worker = () => workerId;

describe("the admin console, hostile", () => {
  it("createAccount", () =>
    fuzzAction(
      context,
      createAccount,
      asAdmin,
      { name: "Rina Baru", email: "rina@bjb.test", role: "BANK_OFFICER", branchId, regionCode: "" },
      null,
      () => "",
      RUNS.console,
    ));
  it("setAccountActive", () =>
    fuzzAction(context, setAccountActive, asAdmin, { userId: randomUUID(), active: "false" }, "userId", worker, RUNS.console));
  it("unlockAccount", () => fuzzAction(context, unlockAccount, asAdmin, { userId: randomUUID() }, "userId", worker, RUNS.console));
  it("resetAccountPassword", () =>
    fuzzAction(context, resetAccountPassword, asAdmin, { userId: randomUUID() }, "userId", worker, RUNS.console));
  it("resetAccountSecondFactor", () =>
    fuzzAction(context, resetAccountSecondFactor, asAdmin, { userId: randomUUID() }, "userId", worker, RUNS.console));
  it("createBranch", () =>
    fuzzAction(
      context,
      createBranch,
      asAdmin,
      { code: "BJB-FZ", name: "Bank BJB KCP Fuzz", regencyCode: "3601" },
      null,
      () => "",
      RUNS.console,
    ));
  it("createKey", () => fuzzAction(context, createKey, asAdmin, { name: "Sistem", branchId, scope: "all" }, null, () => "", RUNS.console));
  it("revokeKey", () => fuzzAction(context, revokeKey, asAdmin, { keyId: randomUUID() }, "keyId", () => randomUUID(), RUNS.console));
  it("rotateKey", () => fuzzAction(context, rotateKey, asAdmin, { keyId: randomUUID() }, "keyId", () => randomUUID(), RUNS.console));
});

describe("sponsors and programmes, hostile", () => {
  it("createSponsor", () =>
    fuzzAction(
      context,
      createSponsor,
      asAdmin,
      { name: "Pemkab Fuzz", kind: "REGENCY", regencyCode: "3601" },
      null,
      () => "",
      RUNS.console,
    ));
  it("createProgramme", () =>
    fuzzAction(
      context,
      createProgramme,
      asAdmin,
      {
        sponsorId: randomUUID(),
        name: "Nelayan",
        legalBasis: "Pergub",
        funding: "APBD",
        budgetYear: "2026",
        ceiling: "1000000",
        fromPeriod: "2026-07",
        toPeriod: "2026-12",
        insuredIncome: "1000000",
        withJht: "false",
        regencyCode: "",
        minAge: "18",
        maxAge: "60",
        occupation_FISHER: "on",
      },
      "sponsorId",
      () => randomUUID(),
      RUNS.console,
    ));
  // A sponsor's operator confirming a list: any batch id that is not a checked list of theirs is "not found", written nowhere.
  it("beneficiariesSave", async () => {
    const sponsor = await t.db.sponsor.create({ data: { name: `Fuzz ${randomUUID()}`, kind: "CSR" } });
    const operator = sessionUserOf(
      await t.db.user.create({
        data: {
          role: "SPONSOR_OPERATOR",
          name: "Operator Fuzz",
          email: `op-${randomUUID()}@csr.test`,
          passwordHash: "x",
          sponsorId: sponsor.id,
        },
      }),
    );
    await fuzzAction(
      context,
      beneficiariesSave,
      () => operator,
      { batchId: randomUUID() },
      null,
      () => "",
      RUNS.console,
    );
  });
});

describe("the sign-in steps, hostile", () => {
  it("twoFactorEnrol", () =>
    fuzzAction(
      context,
      twoFactorEnrol,
      () => halfway,
      { code: "123456", next: "/bank" },
      null,
      () => "",
      RUNS.signIn,
    ));
  it("twoFactorVerify", () =>
    fuzzAction(
      context,
      twoFactorVerify,
      () => halfway,
      { code: "123456", next: "/bank" },
      null,
      () => "",
      RUNS.signIn,
    ));
  it("requiredPasswordChange", () =>
    fuzzAction(
      context,
      requiredPasswordChange,
      () => ({ ...halfway, pending: "newPassword" }),
      { password: "kopi-tubruk-pagi", passwordConfirm: "kopi-tubruk-pagi", next: "/bank" },
      null,
      () => "",
      RUNS.signIn,
    ));
});
