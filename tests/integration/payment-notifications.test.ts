import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { API_V1_DOCUMENT } from "../../lib/openapi/operations";
import type { BillStatus, Category, ParticipantStatus } from "../../lib/db/generated/client";
import { createPrismaClient, type Db } from "../../lib/db/prisma";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { log } from "../../lib/log";
import { billStatusAfterPayment } from "../../lib/domain/ledger";
import { creditBalance } from "../../lib/ledger/entries";
import { applyPayment, PARTICIPANT_ACTIVATED_ACTION, PAYMENT_CREDITED_ACTION } from "../../lib/payments/apply-payment";
import { notificationEndpoint } from "../../lib/payments/notifications";
import { signNotification } from "../../lib/payments/signature";
import { LIMITS } from "../../lib/security/limits";
import { consumeLimit, resetLimit } from "../../lib/security/rate-limit";
import { concurrentClient, setupTestDatabase } from "../support/database";
import { operationPointers, schemaViolations } from "../support/openapi";
import { makeNik } from "../support/factories";
import { createBranch, createCompany } from "../support/records";

const URL = "http://localhost/api/v1/payments/notifications";
const SECRET = randomBytes(32).toString("hex");
const NOW = new Date("2026-01-05T03:20:00Z");
const PAID_AT = "2026-01-05T10:15:00+07:00";
const t = setupTestDatabase();

let branch: { id: string };
beforeAll(async () => {
  branch = await createBranch(t.db);
});

// Every log line the code writes in this file, to check that the secret never appears in one.
const logged: unknown[][] = [];
beforeAll(() => {
  for (const level of ["info", "warn", "error"] as const) {
    const original = log[level].bind(log);
    vi.spyOn(log, level).mockImplementation((...args: unknown[]) => {
      logged.push([level, ...args]);
      return (original as (...a: unknown[]) => void)(...args);
    });
  }
});
afterAll(() => {
  expect(logged.length).toBeGreaterThan(0);
  expect(JSON.stringify(logged)).not.toContain(SECRET);
  vi.restoreAllMocks();
});

let sequence = Number.parseInt(randomBytes(3).toString("hex"), 16);
const next = () => ++sequence;

async function createParticipant(database: Db, options: { category?: Category; status?: ParticipantStatus; activatedAt?: Date } = {}) {
  return database.participant.create({
    data: {
      kpj: String(26_000_000_000 + next()),
      nik: makeNik("1990-07-05", "F"),
      name: "Siti Aminah",
      birthDate: new Date("1990-07-05"),
      gender: "F",
      category: options.category ?? "BPU",
      status: options.status ?? "PENDING",
      activatedAt: options.activatedAt ?? null,
      channel: "SELF",
      regencyCode: "3673",
    },
  });
}

type BillOptions = {
  total?: bigint;
  fineAmount?: bigint;
  status?: BillStatus;
  participantId?: string;
  companyId?: string;
  projectId?: string;
  category?: Category;
};

/** A January 2026 bill, as the billing run would leave it; a BPU participant of its own unless told otherwise. */
async function createBill(options: BillOptions = {}) {
  const participantId = options.participantId ?? (options.companyId || options.projectId ? undefined : (await createParticipant(t.db)).id);
  const number = next();
  return t.db.bill.create({
    data: {
      billingKey: `TEST:${number}:2026-01`,
      category: options.category ?? "BPU",
      participantId,
      companyId: options.companyId,
      projectId: options.projectId,
      periodStart: new Date("2026-01-01"),
      periodMonths: 1,
      dueDate: new Date("2026-01-15"),
      total: options.total ?? 16_800n,
      fineAmount: options.fineAmount ?? 0n,
      status: options.status ?? "UNPAID",
      virtualAccount: formatVirtualAccount(BigInt(number)),
    },
  });
}

type Notification = {
  virtualAccount?: unknown;
  amount?: unknown;
  currency?: unknown;
  paidAt?: unknown;
  bankReference?: unknown;
  [key: string]: unknown;
};

const newReference = () => `BJB${Date.now()}${next()}`;

function notification(bill: { virtualAccount: string }, overrides: Notification = {}): Notification {
  return {
    virtualAccount: bill.virtualAccount,
    amount: 16_800,
    currency: "IDR",
    paidAt: PAID_AT,
    bankReference: newReference(),
    ...overrides,
  };
}

type SendOptions = {
  now?: Date;
  /** Header value; null leaves the header out. Default: `now` in unix seconds. */
  timestamp?: number | string | null;
  /** Header value; null leaves the header out. Default: signed with `signingSecret`. */
  signature?: string | null;
  signingSecret?: string;
  /** What the server is configured with. */
  secret?: string | undefined;
  /** BJB_WEBHOOK_SECRET_PREVIOUS, during a rotation. */
  previousSecret?: string;
  database?: Db;
};

const unixSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

function notificationRequest(body: unknown, options: SendOptions = {}): Request {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const now = options.now ?? NOW;
  const timestamp = options.timestamp === undefined ? unixSeconds(now) : options.timestamp;
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "bjb-h2h/2.1",
    "x-forwarded-for": "198.51.100.4",
  };
  if (timestamp !== null) headers["x-bjb-timestamp"] = String(timestamp);
  const signature =
    options.signature === undefined
      ? signNotification(options.signingSecret ?? SECRET, text, Number(timestamp ?? unixSeconds(now)))
      : options.signature;
  if (signature !== null) headers["x-bjb-signature"] = signature;
  return new Request(URL, { method: "POST", headers, body: text });
}

function send(body: unknown, options: SendOptions = {}) {
  const secret = "secret" in options ? options.secret : SECRET;
  return notificationEndpoint(notificationRequest(body, options), {
    db: options.database ?? t.db,
    now: options.now ?? NOW,
    bjbSecret: secret,
    bjbPreviousSecret: options.previousSecret,
  });
}

/** Everything crediting a bill writes, for "nothing was written" checks. */
async function footprint(bill: { id: string; participantId?: string | null }) {
  const [row, payments, audits, notifications, participant] = await Promise.all([
    t.db.bill.findUniqueOrThrow({ where: { id: bill.id }, select: { status: true, paidAmount: true, paidAt: true } }),
    t.db.payment.count({ where: { billId: bill.id } }),
    t.db.auditLog.count({ where: { entityId: bill.id } }),
    t.db.bankNotification.count(),
    bill.participantId
      ? t.db.participant.findUniqueOrThrow({ where: { id: bill.participantId }, select: { status: true, activatedAt: true } })
      : null,
  ]);
  return { ...row, payments, audits, notifications, participant };
}

const { request: REQUEST_POINTER, response: responsePointer } = operationPointers("/api/v1/payments/notifications", "post");

describe("POST /api/v1/payments/notifications: crediting", () => {
  it("credits a full payment: bill PAID, pending participant ACTIVE, payment, notification and audit rows", async () => {
    const bill = await createBill();
    const sent = notification(bill);
    expect(schemaViolations(REQUEST_POINTER, sent)).toEqual([]);
    const response = await send(sent);

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("idempotent-replayed")).toBeNull();
    const body = await response.json();
    const payment = await t.db.payment.findUniqueOrThrow({ where: { bankReference: sent.bankReference as string } });
    expect(body).toEqual({
      status: "credited",
      bankReference: sent.bankReference,
      virtualAccount: bill.virtualAccount,
      amount: 16_800,
      billStatus: "PAID",
      paidAmount: 16_800,
      due: 16_800,
      outstanding: 0,
      overpaid: 0,
      paymentId: payment.id,
    });
    expect(schemaViolations(responsePointer(200), body)).toEqual([]);

    const paidAt = new Date("2026-01-05T03:15:00Z");
    expect(payment).toMatchObject({
      billId: bill.id,
      amount: 16_800n,
      currency: "IDR",
      virtualAccount: bill.virtualAccount,
      paidAt,
      source: "NOTIFICATION",
    });
    expect(await footprint(bill)).toMatchObject({
      status: "PAID",
      paidAmount: 16_800n,
      paidAt,
      payments: 1,
      participant: { status: "ACTIVE", activatedAt: paidAt },
    });
    const stored = await t.db.bankNotification.findUniqueOrThrow({ where: { bankReference: sent.bankReference as string } });
    expect(stored).toMatchObject({
      outcome: "ACCEPTED",
      reason: null,
      responseStatus: 200,
      virtualAccount: bill.virtualAccount,
      body: JSON.stringify(sent),
      receivedAt: NOW,
    });

    const credited = await t.db.auditLog.findMany({ where: { entity: "Bill", entityId: bill.id } });
    expect(credited).toHaveLength(1);
    expect(credited[0]).toMatchObject({
      action: PAYMENT_CREDITED_ACTION,
      actorId: null,
      ip: "198.51.100.4",
      userAgent: "bjb-h2h/2.1",
      before: { status: "UNPAID", paidAmount: "0" },
      after: {
        paymentId: payment.id,
        bankReference: sent.bankReference,
        source: "NOTIFICATION",
        amount: "16800",
        status: "PAID",
        paidAmount: "16800",
        overpaid: "0",
        activatedParticipants: 1,
      },
    });
    const activated = await t.db.auditLog.findMany({ where: { entity: "Participant", entityId: bill.participantId! } });
    expect(activated).toEqual([
      expect.objectContaining({
        action: PARTICIPANT_ACTIVATED_ACTION,
        before: { status: "PENDING" },
        after: expect.objectContaining({ status: "ACTIVE", billId: bill.id }),
      }),
    ]);
  });

  it("records a partial payment as PARTIALLY_PAID and activates nobody until the rest arrives", async () => {
    const bill = await createBill();
    const first = await send(notification(bill, { amount: 10_000, paidAt: "2026-01-03T08:00:00+07:00" }));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      billStatus: "PARTIALLY_PAID",
      amount: 10_000,
      paidAmount: 10_000,
      due: 16_800,
      outstanding: 6_800,
      overpaid: 0,
    });
    expect(await footprint(bill)).toMatchObject({
      status: "PARTIALLY_PAID",
      paidAmount: 10_000n,
      paidAt: null,
      payments: 1,
      participant: { status: "PENDING", activatedAt: null },
    });

    const rest = await send(notification(bill, { amount: 6_800 }));
    expect(await rest.json()).toMatchObject({ billStatus: "PAID", amount: 6_800, paidAmount: 16_800, outstanding: 0, overpaid: 0 });
    // Paid when the payment that completed it was made.
    const paidAt = new Date(PAID_AT);
    expect(await footprint(bill)).toMatchObject({
      status: "PAID",
      paidAmount: 16_800n,
      paidAt,
      payments: 2,
      audits: 2,
      participant: { status: "ACTIVE", activatedAt: paidAt },
    });
    const amounts = await t.db.payment.findMany({ where: { billId: bill.id }, orderBy: { paidAt: "asc" }, select: { amount: true } });
    expect(amounts.map((p) => p.amount)).toEqual([10_000n, 6_800n]);
  });

  it("holds what exceeds the bill as credit on the account, also a second payment to a bill already paid, without touching its paid date", async () => {
    const bill = await createBill();
    const account = { type: "PARTICIPANT" as const, id: bill.participantId! };
    const over = await send(notification(bill, { amount: 20_001 }));
    expect(await over.json()).toMatchObject({
      billStatus: "PAID",
      amount: 20_001,
      paidAmount: 16_800,
      due: 16_800,
      outstanding: 0,
      overpaid: 3_201,
    });
    const again = await send(notification(bill, { amount: 5_000, paidAt: "2026-01-06T09:00:00+07:00" }));
    expect(again.status).toBe(200);
    // Nothing of the second payment goes to the paid bill: all of it is credit.
    expect(await again.json()).toMatchObject({ billStatus: "PAID", paidAmount: 16_800, overpaid: 5_000 });
    expect(await footprint(bill)).toMatchObject({ status: "PAID", paidAmount: 16_800n, paidAt: new Date(PAID_AT), payments: 2 });
    expect(await creditBalance(t.db, account)).toBe(8_201n);
    const entries = await t.db.ledgerEntry.findMany({ where: { accountId: account.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.kind, e.billId === bill.id, e.debit, e.credit])).toEqual([
      ["PAYMENT", true, 0n, 16_800n],
      ["OVERPAYMENT_CREDIT", false, 0n, 3_201n],
      ["OVERPAYMENT_CREDIT", false, 0n, 5_000n],
    ]);
    // The participant was activated once, by the first payment.
    expect(await t.db.auditLog.count({ where: { entityId: bill.participantId!, action: PARTICIPANT_ACTIVATED_ACTION } })).toBe(1);
  });

  it("counts the late fine in what is due, and keeps an OVERDUE bill OVERDUE until it is paid in full", async () => {
    const bill = await createBill({ fineAmount: 2_000n, status: "OVERDUE" });
    const partial = await send(notification(bill, { amount: 16_800 }));
    expect(await partial.json()).toMatchObject({ billStatus: "OVERDUE", paidAmount: 16_800, due: 18_800, outstanding: 2_000, overpaid: 0 });
    expect(await footprint(bill)).toMatchObject({ status: "OVERDUE", participant: { status: "PENDING" } });
    const fine = await send(notification(bill, { amount: 2_000 }));
    expect(await fine.json()).toMatchObject({ billStatus: "PAID", paidAmount: 18_800, outstanding: 0 });
    expect(await footprint(bill)).toMatchObject({ status: "PAID", participant: { status: "ACTIVE" } });
  });

  it("leaves a participant who is not PENDING as they are", async () => {
    for (const status of ["ACTIVE", "INACTIVE", "REJECTED"] as const) {
      const activatedAt = status === "REJECTED" ? undefined : new Date("2025-06-01T00:00:00Z");
      const participant = await createParticipant(t.db, { status, activatedAt });
      const bill = await createBill({ participantId: participant.id });
      expect((await send(notification(bill))).status, status).toBe(200);
      expect((await footprint(bill)).participant, status).toEqual({ status, activatedAt: activatedAt ?? null });
    }
  });

  it("activates the pending PU workers employed at the company in the billed period when its bill is paid", async () => {
    const company = await createCompany(t.db, branch.id);
    const other = await createCompany(t.db, branch.id);
    const employ = async (
      companyId: string,
      startDate: string,
      endDate: string | null = null,
      status: ParticipantStatus = "PENDING",
      activatedAt?: Date,
    ) => {
      const participant = await createParticipant(t.db, { category: "PU", status, activatedAt });
      await t.db.employment.create({
        data: {
          participantId: participant.id,
          companyId,
          monthlyWage: 4_500_000,
          startDate: new Date(startDate),
          endDate: endDate ? new Date(endDate) : null,
        },
      });
      return participant.id;
    };
    const employed = await employ(company.id, "2025-12-01");
    const startedInPeriod = await employ(company.id, "2026-01-20");
    const startedLater = await employ(company.id, "2026-02-02");
    const leftBefore = await employ(company.id, "2025-03-01", "2025-12-31");
    const alreadyActive = await employ(company.id, "2025-01-01", null, "ACTIVE", new Date("2025-02-01T00:00:00Z"));
    const elsewhere = await employ(other.id, "2025-12-01");
    const bill = await createBill({ companyId: company.id, category: "PU", total: 900_000n });
    // Someone on one of the bill's lines is covered by it whatever their employment says.
    const onLine = await createParticipant(t.db, { category: "PU" });
    await t.db.billLine.create({ data: { billId: bill.id, program: "JKK", participantId: onLine.id, base: 4_500_000, amount: 10_800 } });

    const statuses = async () =>
      Object.fromEntries(
        (
          await t.db.participant.findMany({
            where: { id: { in: [employed, startedInPeriod, startedLater, leftBefore, alreadyActive, elsewhere, onLine.id] } },
            select: { id: true, status: true, activatedAt: true },
          })
        ).map((p) => [p.id, p]),
      );
    expect((await (await send(notification(bill, { amount: 400_000 }))).json()).billStatus).toBe("PARTIALLY_PAID");
    expect(Object.values(await statuses()).filter((p) => p.status === "ACTIVE")).toHaveLength(1);

    expect((await (await send(notification(bill, { amount: 500_000 }))).json()).billStatus).toBe("PAID");
    const after = await statuses();
    const paidAt = new Date(PAID_AT);
    expect(after[employed]).toMatchObject({ status: "ACTIVE", activatedAt: paidAt });
    expect(after[startedInPeriod]).toMatchObject({ status: "ACTIVE", activatedAt: paidAt });
    expect(after[onLine.id]).toMatchObject({ status: "ACTIVE", activatedAt: paidAt });
    expect(after[startedLater]).toMatchObject({ status: "PENDING", activatedAt: null });
    expect(after[leftBefore]).toMatchObject({ status: "PENDING", activatedAt: null });
    expect(after[elsewhere]).toMatchObject({ status: "PENDING", activatedAt: null });
    expect(after[alreadyActive]).toMatchObject({ status: "ACTIVE", activatedAt: new Date("2025-02-01T00:00:00Z") });
    const audits = await t.db.auditLog.findMany({
      where: { action: PARTICIPANT_ACTIVATED_ACTION, after: { path: ["billId"], equals: bill.id } },
    });
    expect(audits.map((a) => a.entityId).sort()).toEqual([employed, startedInPeriod, onLine.id].sort());
  });

  it("activates the pending workers of a construction project when its JAKON bill is paid", async () => {
    const contractor = await createCompany(t.db, branch.id);
    const project = async () =>
      t.db.constructionProject.create({
        data: {
          contractorId: contractor.id,
          name: "Jembatan Ciujung",
          workPackage: "Struktur",
          contractValue: 500_000_000n,
          startDate: new Date("2026-01-01"),
          endDate: new Date("2026-06-30"),
          regencyCode: "3604",
        },
      });
    const [ours, theirs] = [await project(), await project()];
    const worker = await createParticipant(t.db, { category: "JAKON" });
    const otherWorker = await createParticipant(t.db, { category: "JAKON" });
    await t.db.projectWorker.createMany({
      data: [
        { projectId: ours.id, participantId: worker.id },
        { projectId: theirs.id, participantId: otherWorker.id },
      ],
    });
    const bill = await createBill({ projectId: ours.id, category: "JAKON", total: 1_000_000n });

    expect((await send(notification(bill, { amount: 1_000_000 }))).status).toBe(200);
    const [a, b] = await Promise.all([worker, otherWorker].map((p) => t.db.participant.findUniqueOrThrow({ where: { id: p.id } })));
    expect(a.status).toBe("ACTIVE");
    expect(b.status).toBe("PENDING");
  });

  it("credits every payment when different bank references reach one bill at the same moment", async () => {
    const bill = await createBill();
    const concurrent = concurrentClient(t);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => send(notification(bill, { amount: 3_360 }), { database: concurrent.db })),
    ).finally(concurrent.close);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    // Each saw the bill with the others' payments that committed before it: 1 to 5 payments in.
    expect(bodies.map((b) => b.paidAmount).sort((x, y) => x - y)).toEqual([3_360, 6_720, 10_080, 13_440, 16_800]);
    expect(bodies.filter((b) => b.billStatus === "PAID")).toHaveLength(1);
    expect(await footprint(bill)).toMatchObject({
      status: "PAID",
      paidAmount: 16_800n,
      payments: 5,
      audits: 5,
      participant: { status: "ACTIVE" },
    });
    expect(await t.db.auditLog.count({ where: { entityId: bill.participantId!, action: PARTICIPANT_ACTIVATED_ACTION } })).toBe(1);
  });
});

describe("POST /api/v1/payments/notifications: repeats", () => {
  it("answers a repeated notification with the first answer byte for byte and credits nothing again", async () => {
    const bill = await createBill();
    const sent = notification(bill, { amount: 10_000 });
    const first = await send(sent);
    const firstText = await first.text();
    const before = await footprint(bill);

    // A retry a minute later, serialized differently and with an extra property: the same notification.
    const later = new Date(NOW.getTime() + 60_000);
    const reordered = JSON.stringify({ retry: 2, ...Object.fromEntries(Object.entries(sent).reverse()) }, null, 2);
    for (const body of [sent, reordered]) {
      const replay = await send(body, { now: later });
      expect(replay.status).toBe(200);
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      expect(replay.headers.get("cache-control")).toBe("no-store");
      expect(await replay.text()).toBe(firstText);
    }
    expect(await footprint(bill)).toEqual(before);
    expect(before).toMatchObject({ paidAmount: 10_000n, payments: 1, audits: 1 });
  });

  it("credits once when ten identical notifications arrive at the same moment, and answers all ten alike", async () => {
    const bill = await createBill();
    const sent = notification(bill);
    const before = await footprint(bill);
    const concurrent = concurrentClient(t);
    const responses = await Promise.all(Array.from({ length: 10 }, () => send(sent, { database: concurrent.db }))).finally(
      concurrent.close,
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") !== "true")).toHaveLength(1);
    expect(JSON.parse(bodies[0])).toMatchObject({ billStatus: "PAID", paidAmount: 16_800 });
    expect(await footprint(bill)).toMatchObject({
      paidAmount: 16_800n,
      payments: 1,
      audits: 1,
      notifications: before.notifications + 1,
    });
  });

  it("refuses a different notification under a used bank reference (409), credits nothing, keeps the first answer", async () => {
    const bill = await createBill();
    const sent = notification(bill, { amount: 10_000 });
    const firstText = await (await send(sent)).text();
    const before = await footprint(bill);

    for (const change of [
      { amount: 6_800 },
      { virtualAccount: (await createBill()).virtualAccount },
      { paidAt: "2026-01-05T10:16:00+07:00" },
    ]) {
      const response = await send({ ...sent, ...change });
      expect(response.status, JSON.stringify(change)).toBe(409);
      expect(response.headers.get("idempotent-replayed")).toBeNull();
      const body = await response.json();
      expect(body).toEqual({ error: "Referensi bank sudah dipakai untuk notifikasi lain" });
      expect(schemaViolations(responsePointer(409), body)).toEqual([]);
    }
    expect(await footprint(bill)).toEqual({ ...before, notifications: before.notifications + 3 });
    const kept = await t.db.bankNotification.findMany({ where: { reason: `bank_reference_reused:${sent.bankReference}` } });
    expect(kept.map((row) => [row.bankReference, row.outcome, row.responseStatus])).toEqual(Array(3).fill([null, "REJECTED", 409]));
    // The reference still answers with the first notification's answer.
    expect(await (await send(sent)).text()).toBe(firstText);
  });
});

describe("POST /api/v1/payments/notifications: refusals", () => {
  it("refuses a bad, stale, future or missing signature with 401 and stores nothing", async () => {
    const bill = await createBill();
    const sent = notification(bill);
    const before = await footprint(bill);
    const old = unixSeconds(NOW) - 6 * 60;
    const ahead = unixSeconds(NOW) + 6 * 60;
    const attempts: [string, unknown, SendOptions, string][] = [
      ["another secret", sent, { signingSecret: randomBytes(32).toString("hex") }, "signature_mismatch"],
      [
        "signature of another body",
        sent,
        { signature: signNotification(SECRET, JSON.stringify({ ...sent, amount: 1 }), unixSeconds(NOW)) },
        "signature_mismatch",
      ],
      ["6 minutes old", sent, { timestamp: old, signature: signNotification(SECRET, JSON.stringify(sent), old) }, "signature_expired"],
      ["6 minutes ahead", sent, { timestamp: ahead, signature: signNotification(SECRET, JSON.stringify(sent), ahead) }, "signature_future"],
      ["no timestamp", sent, { timestamp: null }, "signature_missing"],
      ["no signature", sent, { signature: null }, "signature_missing"],
      ["neither header", sent, { timestamp: null, signature: null }, "signature_missing"],
      ["garbled signature", sent, { signature: "not-hex" }, "signature_malformed"],
      ["unsigned garbage", "{", { signature: "0".repeat(64) }, "signature_mismatch"],
    ];
    for (const [label, body, options, reason] of attempts) {
      logged.length = 0;
      const response = await send(body, options);
      expect(response.status, label).toBe(401);
      const error = await response.json();
      expect(error, label).toEqual({
        error:
          reason === "signature_expired" || reason === "signature_future"
            ? "Waktu notifikasi (X-BJB-Timestamp) berbeda lebih dari 5 menit dari waktu server"
            : "Tanda tangan notifikasi tidak valid",
      });
      expect(schemaViolations(responsePointer(401), error)).toEqual([]);
      expect(logged, label).toContainEqual(["warn", expect.objectContaining({ reason }), "payment notification rejected"]);
    }
    expect(await footprint(bill)).toEqual(before);
    expect(await t.db.bankNotification.count({ where: { bankReference: sent.bankReference as string } })).toBe(0);
    // The reference was not poisoned: the genuine notification is credited.
    expect((await (await send(sent)).json()).billStatus).toBe("PAID");
  });

  it("refuses an invalid amount, currency, virtual account or paid time with 400 per field, stored with its answer", async () => {
    const bill = await createBill();
    const fifteen = bill.virtualAccount.slice(0, 15);
    const badCheckDigit = `${fifteen}${(Number(bill.virtualAccount[15]) + 1) % 10}`;
    const cases: [Notification, string, string][] = [
      [{ currency: "USD" }, "currency", "Mata uang harus IDR: Lindung hanya menerima pembayaran dalam rupiah"],
      [{ currency: "idr" }, "currency", "Mata uang harus IDR: Lindung hanya menerima pembayaran dalam rupiah"],
      [{ currency: undefined }, "currency", "Mata uang harus IDR: Lindung hanya menerima pembayaran dalam rupiah"],
      [{ amount: 16_800.5 }, "amount", "Jumlah harus bilangan bulat rupiah tanpa desimal, antara 1 dan 1000000000000000"],
      [{ amount: 0 }, "amount", "Jumlah harus bilangan bulat rupiah tanpa desimal, antara 1 dan 1000000000000000"],
      [{ amount: -16_800 }, "amount", "Jumlah harus bilangan bulat rupiah tanpa desimal, antara 1 dan 1000000000000000"],
      [{ amount: "16800" }, "amount", "Jumlah harus bilangan bulat rupiah tanpa desimal, antara 1 dan 1000000000000000"],
      [{ amount: 1e16 }, "amount", "Jumlah harus bilangan bulat rupiah tanpa desimal, antara 1 dan 1000000000000000"],
      [{ virtualAccount: fifteen }, "virtualAccount", "Virtual account harus 16 angka dengan digit pemeriksa yang benar"],
      [{ virtualAccount: badCheckDigit }, "virtualAccount", "Virtual account harus 16 angka dengan digit pemeriksa yang benar"],
      [
        { virtualAccount: Number(bill.virtualAccount) },
        "virtualAccount",
        "Virtual account harus 16 angka dengan digit pemeriksa yang benar",
      ],
      [{ paidAt: "2026-01-05T10:15:00" }, "paidAt", "Waktu bayar harus ISO 8601 dengan zona waktu, contoh 2026-01-05T10:15:00+07:00"],
      [{ paidAt: "05/01/2026" }, "paidAt", "Waktu bayar harus ISO 8601 dengan zona waktu, contoh 2026-01-05T10:15:00+07:00"],
    ];
    const before = await footprint(bill);
    for (const [change, field, message] of cases) {
      const sent = notification(bill, change);
      const response = await send(sent);
      expect(response.status, JSON.stringify(change)).toBe(400);
      const body = await response.json();
      expect(body, JSON.stringify(change)).toEqual({ error: "Permintaan tidak valid", fields: { [field]: message } });
      expect(schemaViolations(responsePointer(400), body)).toEqual([]);
      const stored = await t.db.bankNotification.findUniqueOrThrow({ where: { bankReference: sent.bankReference as string } });
      expect(stored).toMatchObject({ outcome: "REJECTED", reason: `invalid_body:${field}`, responseStatus: 400 });
    }
    expect(await footprint(bill)).toEqual({ ...before, notifications: before.notifications + cases.length });
    // The OpenAPI document refuses the same bodies, except what only the server can know (the check digit).
    expect(schemaViolations(REQUEST_POINTER, notification(bill, { currency: "USD" }))).not.toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, notification(bill, { amount: 0 }))).not.toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, notification(bill, { amount: 1.5 }))).not.toEqual([]);
    expect(schemaViolations(REQUEST_POINTER, notification(bill, { virtualAccount: fifteen }))).not.toEqual([]);
  });

  it("refuses an amount JSON.parse would round, by how it was written", async () => {
    const bill = await createBill();
    const reference = newReference();
    const before = await footprint(bill);
    for (const literal of ["16800.0000000000001", "16800.0", "1.68e4"]) {
      const text = `{"virtualAccount":"${bill.virtualAccount}","amount":${literal},"currency":"IDR","paidAt":"${PAID_AT}","bankReference":"${reference}-${literal}"}`;
      expect(JSON.parse(text).amount).toBe(16_800);
      const response = await send(text);
      expect(response.status, literal).toBe(400);
      expect(Object.keys((await response.json()).fields)).toEqual(["amount"]);
    }
    expect(await footprint(bill)).toEqual({ ...before, notifications: before.notifications + 3 });
  });

  it("answers an unknown virtual account with 404, stored, and the same 404 on a repeat", async () => {
    const unknown = { virtualAccount: formatVirtualAccount(99_999_999_999n) };
    const sent = notification(unknown);
    const before = await t.db.payment.count();
    const response = await send(sent);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "Virtual account tidak dikenal" });
    expect(schemaViolations(responsePointer(404), JSON.parse(text))).toEqual([]);
    const stored = await t.db.bankNotification.findUniqueOrThrow({ where: { bankReference: sent.bankReference as string } });
    expect(stored).toMatchObject({
      outcome: "REJECTED",
      reason: "unknown_virtual_account",
      responseStatus: 404,
      virtualAccount: unknown.virtualAccount,
    });
    expect(logged).toContainEqual([
      "warn",
      expect.objectContaining({ reason: "unknown_virtual_account", bankReference: sent.bankReference }),
      "payment notification rejected",
    ]);

    const replay = await send(sent, { now: new Date(NOW.getTime() + 120_000) });
    expect(replay.status).toBe(404);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.text()).toBe(text);
    expect(await t.db.payment.count()).toBe(before);
    expect(await t.db.bankNotification.count({ where: { bankReference: sent.bankReference as string } })).toBe(1);
  });

  it("answers a repeat of a refused notification with the same 400, even once the bill would take it", async () => {
    const bill = await createBill();
    const sent = notification(bill, { currency: "USD" });
    const first = await send(sent);
    expect(first.status).toBe(400);
    const text = await first.text();
    const replay = await send(sent);
    expect(replay.status).toBe(400);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.text()).toBe(text);
    // Corrected, under the same reference: still the stored answer (a correction needs a new reference).
    expect((await send({ ...sent, currency: "IDR" })).status).toBe(409);
    expect((await footprint(bill)).payments).toBe(0);
    expect((await send({ ...sent, currency: "IDR", bankReference: newReference() })).status).toBe(200);
  });

  it("stores a signed body that is not a notification without a reference, and answers 400", async () => {
    const before = await t.db.bankNotification.count({ where: { bankReference: null, reason: "invalid_json" } });
    for (const text of ["{", "", "[1,2]", '{"bankReference": 12}']) {
      const response = await send(text);
      expect(response.status, text).toBe(400);
    }
    expect(await t.db.bankNotification.count({ where: { bankReference: null, reason: "invalid_json" } })).toBe(before + 2);
    expect(await t.db.bankNotification.count({ where: { bankReference: null, body: "[1,2]" } })).toBe(1);
  });

  it("answers a body over 16 KB with 413 and stores nothing", async () => {
    const bill = await createBill();
    const before = await footprint(bill);
    const padded = (size: number) => {
      const base = JSON.stringify(notification(bill, { note: "" }));
      return base.replace('"note":""', `"note":"${"x".repeat(size - base.length)}"`);
    };
    expect(padded(16 * 1024 + 1)).toHaveLength(16 * 1024 + 1);
    const response = await send(padded(16 * 1024 + 1));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body).toEqual({ error: "Isi permintaan terlalu besar" });
    expect(schemaViolations(responsePointer(413), body)).toEqual([]);
    expect(await footprint(bill)).toEqual(before);
    // Exactly 16 KB is read and credited.
    expect((await send(padded(16 * 1024))).status).toBe(200);
  });

  it("accepts the previous secret alongside the new one during a rotation, and only the new one after it", async () => {
    const next = randomBytes(32).toString("hex");
    const during = { secret: next, previousSecret: SECRET };
    const oldSigned = await send(notification(await createBill()), { ...during, signingSecret: SECRET });
    expect(oldSigned.status).toBe(200);
    const newSigned = await send(notification(await createBill()), { ...during, signingSecret: next });
    expect(newSigned.status).toBe(200);
    const strangerSigned = await send(notification(await createBill()), { ...during, signingSecret: randomBytes(32).toString("hex") });
    expect(strangerSigned.status).toBe(401);
    // Rotation finished: BJB_WEBHOOK_SECRET_PREVIOUS unset, the old secret no longer signs.
    const bill = await createBill();
    const before = await footprint(bill);
    expect((await send(notification(bill), { secret: next, signingSecret: SECRET })).status).toBe(401);
    expect(await footprint(bill)).toEqual(before);
  });

  it("answers 503 when no secret is configured, whatever the request", async () => {
    const bill = await createBill();
    const before = await footprint(bill);
    for (const secret of [undefined, ""]) {
      const response = await send(notification(bill), { secret });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "Notifikasi pembayaran belum dikonfigurasi" });
    }
    expect(await footprint(bill)).toEqual(before);
  });

  it("answers a failure on our side with 500 and a plain message", async () => {
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:9/none?sslmode=disable&connect_timeout=2");
    try {
      const response = await send(notification({ virtualAccount: formatVirtualAccount(1n) }), { database: unreachable });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: "Terjadi kesalahan di server" });
    } finally {
      await unreachable.$disconnect();
    }
  });
});

describe("applyPayment (the settlement file's path)", () => {
  it("credits a RECONCILIATION payment once; a notification of the same payment later credits nothing", async () => {
    const bill = await createBill();
    const bankReference = newReference();
    const input = {
      virtualAccount: bill.virtualAccount,
      amount: 16_800n,
      paidAt: new Date(PAID_AT),
      bankReference,
      source: "RECONCILIATION" as const,
    };
    const first = await t.db.$transaction((tx) => applyPayment(tx, input));
    expect(first).toMatchObject({
      kind: "credited",
      billStatus: "PAID",
      paidAmount: 16_800n,
      due: 16_800n,
      outstanding: 0n,
      overpaid: 0n,
      activatedParticipantIds: [bill.participantId],
    });
    const again = await t.db.$transaction((tx) => applyPayment(tx, input));
    expect(again).toMatchObject({
      kind: "already_applied",
      matches: true,
      paymentId: first.kind === "credited" ? first.paymentId : "",
      paidAmount: 16_800n,
    });
    expect(await footprint(bill)).toMatchObject({ paidAmount: 16_800n, payments: 1, audits: 1 });
    expect(await t.db.payment.findUniqueOrThrow({ where: { bankReference } })).toMatchObject({ source: "RECONCILIATION" });

    // BJB's notification of that payment, arriving late: answered, not credited again.
    const late = await send(notification(bill, { bankReference }));
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ paymentId: first.kind === "credited" ? first.paymentId : "", paidAmount: 16_800 });
    // One that says something else under that reference is refused.
    expect(
      (await send(notification(bill, { bankReference: `${bankReference}`, amount: 1, paidAt: "2026-01-05T10:20:00+07:00" }))).status,
    ).toBe(409);
    expect(await footprint(bill)).toMatchObject({ paidAmount: 16_800n, payments: 1, audits: 1 });
  });

  it("answers an unknown virtual account without writing, and refuses a non-positive amount", async () => {
    const before = await t.db.payment.count();
    const outcome = await t.db.$transaction((tx) =>
      applyPayment(tx, {
        virtualAccount: formatVirtualAccount(99_999_999_998n),
        amount: 1n,
        paidAt: NOW,
        bankReference: newReference(),
        source: "RECONCILIATION",
      }),
    );
    expect(outcome).toEqual({ kind: "unknown_virtual_account" });
    const bill = await createBill();
    await expect(
      t.db.$transaction((tx) =>
        applyPayment(tx, {
          virtualAccount: bill.virtualAccount,
          amount: 0n,
          paidAt: NOW,
          bankReference: newReference(),
          source: "RECONCILIATION",
        }),
      ),
    ).rejects.toThrow(RangeError);
    expect(await t.db.payment.count()).toBe(before);
  });

  it("decides the bill status from exact amounts", () => {
    expect(billStatusAfterPayment("UNPAID", 16_799n, 16_800n)).toBe("PARTIALLY_PAID");
    expect(billStatusAfterPayment("UNPAID", 16_800n, 16_800n)).toBe("PAID");
    expect(billStatusAfterPayment("PARTIALLY_PAID", 16_801n, 16_800n)).toBe("PAID");
    expect(billStatusAfterPayment("OVERDUE", 16_799n, 16_800n)).toBe("OVERDUE");
    expect(billStatusAfterPayment("OVERDUE", 16_800n, 16_800n)).toBe("PAID");
    // Beyond 2^53, where a JavaScript number would round.
    expect(billStatusAfterPayment("UNPAID", 9_007_199_254_740_993n, 9_007_199_254_740_994n)).toBe("PARTIALLY_PAID");
  });
});

describe("POST /api/v1/payments/notifications: route and document", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is served by the route module's POST: 503 while BJB_WEBHOOK_SECRET is unset, credits once it is set", async () => {
    vi.stubEnv("DATABASE_URL", t.url);
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
    vi.stubEnv("BJB_WEBHOOK_SECRET", undefined);
    vi.resetModules();
    const unset = await import("../../app/api/v1/payments/notifications/route");
    const bill = await createBill();
    const now = new Date();
    try {
      expect(Object.keys(unset)).toEqual(["POST"]);
      const refused = await unset.POST(notificationRequest(notification(bill), { now }));
      expect(refused.status).toBe(503);
      expect(await refused.json()).toEqual({ error: "Notifikasi pembayaran belum dikonfigurasi" });
      expect((await footprint(bill)).payments).toBe(0);

      vi.stubEnv("BJB_WEBHOOK_SECRET", SECRET);
      vi.resetModules();
      const configured = await import("../../app/api/v1/payments/notifications/route");
      const response = await configured.POST(notificationRequest(notification(bill), { now }));
      expect(response.status).toBe(200);
      expect(await footprint(bill)).toMatchObject({ status: "PAID", payments: 1 });
      // The route checks against the real clock: a timestamp 6 minutes old is refused.
      const stale = await configured.POST(notificationRequest(notification(bill), { now: new Date(now.getTime() - 6 * 60_000) }));
      expect(stale.status).toBe(401);
    } finally {
      const { db } = await import("../../lib/db/database");
      await db().$disconnect();
    }
  });

  it("is documented: both headers, request body, every status", () => {
    const operation = API_V1_DOCUMENT.paths["/api/v1/payments/notifications"]?.post as Record<string, unknown> & {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    expect(operation).toBeDefined();
    expect(operation).not.toHaveProperty("security");
    expect(operation.parameters).toEqual([
      expect.objectContaining({ name: "X-BJB-Timestamp", in: "header", required: true }),
      expect.objectContaining({ name: "X-BJB-Signature", in: "header", required: true }),
    ]);
    expect(operation.requestBody).toMatchObject({ required: true });
    expect(Object.keys(operation.responses)).toEqual(["200", "400", "401", "404", "409", "413", "429", "503"]);
    expect(operation.responses["200"].headers).toHaveProperty("Idempotent-Replayed");
    // Signed, not a bearer key: no Bearer challenge documented here (the enrollment API keeps its own).
    expect(operation.responses["401"].headers).not.toHaveProperty("WWW-Authenticate");
    expect(API_V1_DOCUMENT.components.schemas.PaymentNotification).toMatchObject({
      required: ["virtualAccount", "amount", "currency", "paidAt", "bankReference"],
    });
  });
});

// Last in this file: it spends the signing key's limit for the rest of the minute.
describe("POST /api/v1/payments/notifications: the signing key's abuse limit", () => {
  it("is not spent by unsigned requests; past it, a signed notification gets 429 with Retry-After and nothing is stored", async () => {
    const stored = () => t.db.bankNotification.count();
    const before = await stored();
    // The tests above used some of the minute's budget: start from a known count.
    await resetLimit(t.db, "notifications", "bjb");
    await consumeLimit(t.db, "notifications", "bjb", LIMITS.notifications.points - 1);
    for (let i = 0; i < 3; i++) expect((await send({}, { signature: "00".repeat(32) })).status).toBe(401);
    // One signed request still fits (and is answered on its merits: 400 for an empty notification).
    expect((await send({})).status).toBe(400);
    const limited = await send({});
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(schemaViolations(responsePointer(429), await limited.json())).toEqual([]);
    expect(await stored()).toBe(before + 1);
  });
});
