// Issue 6.6: what a crash, a lost database connection or a crowd leaves behind.
import { spawn } from "node:child_process";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { SAVE_TRANSACTION, checkWorkerRows, saveCheckedImport, sha256, storeCheckedImport } from "../../lib/worker-import/batch";
import { parseWorkerSheet } from "../../lib/worker-import/spreadsheet";
import { createPrismaClient, type Db } from "../../lib/db/prisma";
import { applyMigrations } from "../../lib/db/schema-engine";
import { applyPayment } from "../../lib/payments/apply-payment";
import { bpuSelfRegistration } from "../../lib/bpu-registration/register";
import { runAs } from "../support/actions";
import { setupTestDatabase } from "../support/database";
import { makeNik, makePhone, registrationForm } from "../support/factories";
import { postgresBinaries, startPrivatePostgres } from "../support/private-postgres";
import { createBranch, createCompany, createOfficer, createParticipantWithBill, csvOf, workerValues } from "../support/records";

const t = setupTestDatabase();
/** Killing a process or a connection needs a real server; the embedded database lives inside this process. */
const onServer = Boolean(process.env.TEST_DATABASE_URL);

describe("failures", () => {
  it("50 concurrent registrations with one NIK leave exactly one participant, one account, one bill", async () => {
    const nik = makeNik("1988-08-08", "F");
    const forms = Array.from({ length: 50 }, () => registrationForm({ nik, birthDate: "1988-08-08", gender: "F", phone: makePhone() }));
    const results = await Promise.all(forms.map((form) => runAs(t.db, bpuSelfRegistration, form)));
    expect(results.filter((r) => "ok" in r && r.ok)).toHaveLength(1);
    // Everyone else is told precisely why, at the NIK field.
    const refusals = results.filter((r) => "ok" in r && !r.ok);
    expect(refusals).toHaveLength(49);
    expect(new Set(refusals.map((r) => ("ok" in r && !r.ok ? r.fieldErrors.nik : "")))).toEqual(new Set(["errors.nik.registered"]));
    const participant = await t.db.participant.findUniqueOrThrow({ where: { nik }, include: { account: true, bills: true } });
    expect(participant.account).not.toBeNull();
    expect(participant.bills).toHaveLength(1);
    expect(await t.db.auditLog.count({ where: { entityId: participant.id, action: "participant.register" } })).toBe(1);
  });

  it.runIf(onServer)(
    "killing the process in the middle of a 10,000-row import saves nobody, and the import can be run again",
    { timeout: 120_000 },
    async () => {
      const branch = await createBranch(t.db);
      const officer = await createOfficer(t.db, branch.id);
      const company = await createCompany(t.db, branch.id);
      const bytes = csvOf(Array.from({ length: 10_000 }, () => workerValues()));
      const sheet = await parseWorkerSheet("10rb.csv", bytes);
      if (!sheet.ok) throw new Error(sheet.error);
      const checked = await checkWorkerRows(t.db, company, sheet.rows);
      expect(checked.counts.new).toBe(10_000);
      const batch = await storeCheckedImport(
        t.db,
        { branchId: branch.id, companyId: company.id, createdById: officer.id, fileName: "10rb.csv", fileSha256: sha256(bytes) },
        checked,
      );

      const url = new URL(t.url);
      url.searchParams.set("application_name", "import-child");
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "tests/support/import-child.ts", url.toString(), batch.id, branch.id, officer.id],
        {
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      // Kill it once its transaction has written (claimed the batch, inserting workers), before it commits.
      const started = Date.now();
      for (;;) {
        const [writing] = await t.db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*)::bigint AS n FROM pg_stat_activity
        WHERE application_name = 'import-child' AND datname = current_database() AND backend_xid IS NOT NULL`;
        if (writing!.n > 0n) break;
        if (output || Date.now() - started > 60_000) throw new Error(`the import finished or never started: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      child.kill("SIGKILL");
      expect(await exited).toBeNull();
      expect(output).toBe("");
      // The server rolls the dead connection's transaction back.
      for (let i = 0; i < 200; i++) {
        const [left] = await t.db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*)::bigint AS n FROM pg_stat_activity WHERE application_name = 'import-child' AND datname = current_database()`;
        if (left!.n === 0n) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(await t.db.employment.count({ where: { companyId: company.id } })).toBe(0);
      expect(await t.db.participant.count({ where: { nik: { in: sheet.rows.map((r) => r.values.nik!) } } })).toBe(0);
      expect(await t.db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
        status: "VALIDATED",
        savedCount: null,
      });

      const again = await t.db.$transaction(
        (tx) => saveCheckedImport(tx, batch.id, { branchId: branch.id }, { userId: officer.id, role: "BANK_OFFICER" }),
        SAVE_TRANSACTION,
      );
      expect(again).toMatchObject({ alreadySaved: false, created: 10_000 });
      expect(await t.db.employment.count({ where: { companyId: company.id } })).toBe(10_000);
    },
  );

  it.runIf(onServer)(
    "connections dropped under load (every session cut three times) lose no acknowledged registration or payment",
    { timeout: 120_000 },
    async () => {
      const admin = createPrismaClient(t.url, 1);
      try {
        const outcome = await underLoad(t.url, t.db, async () => {
          for (let cut = 0; cut < 3; cut++) {
            await pause(150);
            await admin.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()`;
          }
        });
        await expectAcknowledgedWhole(t.db, outcome);
        console.info(`connections cut: ${outcome.summary}`);
      } finally {
        await admin.$disconnect();
      }
    },
  );

  it.runIf(Boolean(postgresBinaries()))(
    "the database restarting under load (a crash, then a clean restart) loses no acknowledged registration or payment",
    { timeout: 180_000 },
    async () => {
      const server = await startPrivatePostgres();
      try {
        const admin = new pg.Client({ connectionString: server.url });
        await admin.connect();
        await admin.query("CREATE DATABASE lindung");
        await admin.end();
        const url = server.url.replace(/\/postgres$/, "/lindung");
        await applyMigrations(url);
        const outcome = await underLoad(url, undefined, async () => {
          await pause(500);
          await server.restart("immediate"); // a crash: recovery replays the WAL
          await pause(500);
          await server.restart("fast");
        });
        const check = createPrismaClient(url, 2);
        try {
          await expectAcknowledgedWhole(check, outcome);
        } finally {
          await check.$disconnect();
        }
        console.info(`database restarted twice: ${outcome.summary}`);
      } finally {
        await server.stop();
      }
    },
  );
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type LoadOutcome = { registrations: string[]; payments: string[]; attempted: string[]; failed: number; ops: number; summary: string };

const MAX_OPS = 400;

/**
 * Registrations and payments, 8 at a time and a little paced, against the
 * database at `url` while `disrupt` runs and for 40 operations after it (a
 * failed one waits 50 ms, like someone trying again); then 10 more
 * registrations, which must all go through: the app recovers by itself.
 */
async function underLoad(url: string, setupDb: Db | undefined, disrupt: () => Promise<void>): Promise<LoadOutcome> {
  const setup = setupDb ?? createPrismaClient(url, 2);
  const bills = await Promise.all(Array.from({ length: MAX_OPS / 2 }, () => createParticipantWithBill(setup)));
  if (!setupDb) await setup.$disconnect();
  const app = createPrismaClient(url, 8);
  const outcome: LoadOutcome = { registrations: [], payments: [], attempted: [], failed: 0, ops: 0, summary: "" };
  const register = async () => {
    const form = registrationForm({ phone: makePhone() });
    outcome.attempted.push(form.nik);
    const result = await runAs(app, bpuSelfRegistration, form);
    if (!("ok" in result && result.ok)) throw new Error(JSON.stringify(result));
    outcome.registrations.push(form.nik);
  };
  const pay = async (i: number) => {
    const { bill } = bills[i]!;
    const reference = `GAGAL-${bill.id}`;
    await app.$transaction((tx) =>
      applyPayment(tx, {
        virtualAccount: bill.virtualAccount,
        amount: 16_800n,
        paidAt: new Date(),
        bankReference: reference,
        source: "NOTIFICATION",
      }),
    );
    outcome.payments.push(reference);
  };
  try {
    let disrupted = false;
    let afterwards = 0;
    const disruption = disrupt().then(() => void (disrupted = true));
    const workers = Array.from({ length: 8 }, async () => {
      while ((!disrupted || afterwards < 40) && outcome.ops < MAX_OPS) {
        const n = outcome.ops++;
        if (disrupted) afterwards += 1;
        try {
          await (n % 2 === 0 ? register() : pay((n - 1) / 2));
        } catch {
          outcome.failed += 1; // the caller sees an error and may try again: nothing was acknowledged
          await pause(50);
        }
        await pause(10);
      }
    });
    await Promise.all([...workers, disruption]);
    const before = outcome.registrations.length;
    for (let i = 0; i < 10; i++) await register();
    expect(outcome.registrations.length - before).toBe(10);
    outcome.ops += 10;
  } finally {
    await app.$disconnect();
  }
  outcome.summary = `${outcome.ops} operations: ${outcome.registrations.length} registrations and ${outcome.payments.length} payments acknowledged, ${outcome.failed} refused with an error`;
  return outcome;
}

/** Every acknowledged write is there and whole, and whatever else got in is whole too. */
async function expectAcknowledgedWhole(db: Db, outcome: LoadOutcome) {
  expect(outcome.registrations.length + outcome.payments.length + outcome.failed).toBe(outcome.ops);
  const registered = await db.participant.findMany({
    where: { nik: { in: outcome.registrations } },
    include: { account: true, bills: true },
  });
  expect(registered).toHaveLength(outcome.registrations.length);
  expect(await db.payment.count({ where: { bankReference: { in: outcome.payments } } })).toBe(outcome.payments.length);
  // An unacknowledged one may have committed just before its connection was cut: then it is whole too.
  const stored = await db.participant.findMany({ where: { nik: { in: outcome.attempted } }, include: { account: true, bills: true } });
  expect(stored.filter((p) => !p.account || p.bills.length !== 1)).toEqual([]);
  const payments = await db.payment.findMany({ where: { bankReference: { startsWith: "GAGAL-" } }, include: { bill: true } });
  expect(payments.filter((p) => p.bill.paidAmount < p.amount)).toEqual([]);
}
