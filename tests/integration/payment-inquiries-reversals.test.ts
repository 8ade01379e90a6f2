import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeNik } from "../support/factories";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { ALREADY_PAID_MESSAGE, inquiryEndpoint } from "../../lib/payments/inquiry";
import { notificationEndpoint } from "../../lib/payments/notifications";
import { PAYMENT_REVERSED_ACTION, reversalEndpoint } from "../../lib/payments/reversal";
import { creditBalance } from "../../lib/ledger/entries";
import { signNotification } from "../../lib/payments/signature";
import { setupTestDatabase } from "../support/database";
import { operationPointers, schemaViolations } from "../support/openapi";

const t = setupTestDatabase();
const SECRET = randomBytes(32).toString("hex");
const NOW = new Date("2026-12-02T03:00:00Z");
let counter = 70_000_000;

async function createBill(options: { total?: bigint; fineAmount?: bigint } = {}) {
  counter += 1;
  const participant = await t.db.participant.create({
    data: {
      kpj: String(27_000_000_000 + counter),
      nik: makeNik("1993-04-17", "F"),
      name: "Sri Mulyani",
      birthDate: new Date("1993-04-17"),
      gender: "F",
      category: "BPU",
      channel: "SELF",
      regencyCode: "3673",
    },
  });
  return t.db.bill.create({
    data: {
      billingKey: `INQ:${counter}`,
      category: "BPU",
      participantId: participant.id,
      periodStart: new Date("2026-12-01"),
      periodMonths: 1,
      dueDate: new Date("2026-12-15"),
      total: options.total ?? 16_800n,
      fineAmount: options.fineAmount ?? 0n,
      virtualAccount: formatVirtualAccount(BigInt(counter)),
    },
  });
}

function signed(path: string, body: string, options: { signingSecret?: string } = {}) {
  const timestamp = Math.floor(NOW.getTime() / 1000);
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-bjb-timestamp": String(timestamp),
      "x-bjb-signature": signNotification(options.signingSecret ?? SECRET, body, timestamp),
    },
    body,
  });
}

const inquire = (body: unknown, options: { signingSecret?: string; secret?: string | undefined } = {}) =>
  inquiryEndpoint(signed("/api/v1/payments/inquiries", typeof body === "string" ? body : JSON.stringify(body), options), {
    db: t.db,
    now: NOW,
    bjbSecret: "secret" in options ? options.secret : SECRET,
  });

const pay = (virtualAccount: string, amount: number, bankReference = `INQ-${++counter}`) =>
  notificationEndpoint(
    signed(
      "/api/v1/payments/notifications",
      JSON.stringify({ virtualAccount, amount, currency: "IDR", paidAt: "2026-12-02T10:00:00+07:00", bankReference }),
    ),
    { db: t.db, now: NOW, bjbSecret: SECRET },
  );

const reverse = (body: unknown, now = NOW) =>
  reversalEndpoint(signed("/api/v1/payments/reversals", typeof body === "string" ? body : JSON.stringify(body)), {
    db: t.db,
    now,
    bjbSecret: SECRET,
  });

/** Everything a payment writes: an inquiry must write none of it. */
const footprint = async () => ({
  payments: await t.db.payment.count(),
  ledger: await t.db.ledgerEntry.count(),
  notifications: await t.db.bankNotification.count(),
});

const { response: responsePointer } = operationPointers("/api/v1/payments/inquiries", "post");

describe("POST /api/v1/payments/inquiries", () => {
  it("tells the bank what is due, with the name masked, and follows partial payments; writes nothing", async () => {
    const bill = await createBill({ fineAmount: 2_000n });
    const before = await footprint();
    const first = await inquire({ virtualAccount: bill.virtualAccount });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const body = await first.json();
    expect(body).toEqual({
      virtualAccount: bill.virtualAccount,
      name: "Sr* Mu*****",
      amountDue: 18_800,
      dueDate: "2026-12-15",
      billStatus: "UNPAID",
    });
    expect(schemaViolations(responsePointer(200), body)).toEqual([]);
    // Asking again is the same answer and still writes nothing.
    expect(await (await inquire({ virtualAccount: bill.virtualAccount })).json()).toEqual(body);
    expect(await footprint()).toEqual(before);

    expect((await pay(bill.virtualAccount, 8_800)).status).toBe(200);
    expect(await (await inquire({ virtualAccount: bill.virtualAccount })).json()).toMatchObject({
      amountDue: 10_000,
      billStatus: "PARTIALLY_PAID",
    });
  });

  it("answers 409 ALREADY_PAID once nothing is due, and 404 for an account nobody has", async () => {
    const bill = await createBill();
    expect((await pay(bill.virtualAccount, 16_800)).status).toBe(200);
    const paid = await inquire({ virtualAccount: bill.virtualAccount });
    expect(paid.status).toBe(409);
    const body = await paid.json();
    expect(body).toEqual({ error: ALREADY_PAID_MESSAGE, code: "ALREADY_PAID" });
    expect(schemaViolations(responsePointer(409), body)).toEqual([]);
    const unknown = await inquire({ virtualAccount: formatVirtualAccount(99_999_999_999n) });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "Virtual account tidak dikenal" });
  });

  it("refuses bad bodies with 400, a bad signature with 401 and answers 503 unconfigured, writing nothing", async () => {
    const bill = await createBill();
    const before = await footprint();
    const wrongCheckDigit = bill.virtualAccount.slice(0, 15) + String((Number(bill.virtualAccount[15]) + 1) % 10);
    for (const bad of [
      "{",
      "[]",
      "null",
      JSON.stringify({}),
      JSON.stringify({ virtualAccount: 8812 }),
      JSON.stringify({ virtualAccount: wrongCheckDigit }),
    ]) {
      const response = await inquire(bad);
      expect(response.status, bad).toBe(400);
      expect(schemaViolations(responsePointer(400), await response.json()), bad).toEqual([]);
    }
    expect((await inquire({ virtualAccount: bill.virtualAccount }, { signingSecret: randomBytes(32).toString("hex") })).status).toBe(401);
    expect((await inquire({ virtualAccount: bill.virtualAccount }, { secret: undefined })).status).toBe(503);
    expect(await footprint()).toEqual(before);
  });
});

const { response: reversalResponse } = operationPointers("/api/v1/payments/reversals", "post");

describe("POST /api/v1/payments/reversals", () => {
  it("re-opens the bill, takes back the credit, ends cover that began with it, marks the payment; a repeat changes nothing", async () => {
    const bill = await createBill();
    const reference = `REV-${++counter}`;
    expect((await pay(bill.virtualAccount, 20_000, reference)).status).toBe(200);
    await t.db.participant.update({ where: { id: bill.participantId! }, data: { status: "ACTIVE", activatedAt: NOW } });
    const account = { type: "PARTICIPANT" as const, id: bill.participantId! };
    expect(await creditBalance(t.db, account)).toBe(3_200n);
    const payment = await t.db.payment.findUniqueOrThrow({ where: { bankReference: reference } });
    expect(payment.amountDiffers).toBe(true); // 20,000 on a 16,800 bill: flagged for staff

    const first = await reverse({ bankReference: reference, reason: "Transaksi dibatalkan nasabah" });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body).toMatchObject({ status: "reversed", bankReference: reference, amount: 20_000, billStatus: "UNPAID", outstanding: 16_800 });
    expect(schemaViolations(reversalResponse(200), body)).toEqual([]);
    expect(await t.db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ status: "UNPAID", paidAmount: 0n, paidAt: null });
    expect(await creditBalance(t.db, account)).toBe(0n);
    expect(await t.db.participant.findUniqueOrThrow({ where: { id: bill.participantId! } })).toMatchObject({
      status: "PENDING",
      activatedAt: null,
    });
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      reversalReason: "Transaksi dibatalkan nasabah",
    });
    const reversals = await t.db.ledgerEntry.findMany({ where: { paymentId: payment.id, kind: "REVERSAL" }, orderBy: { id: "asc" } });
    expect(reversals.map((e) => [e.billId === bill.id, e.debit])).toEqual([
      [true, 16_800n],
      [false, 3_200n],
    ]);
    expect(await t.db.auditLog.count({ where: { action: PAYMENT_REVERSED_ACTION, entityId: payment.id } })).toBe(1);

    // The same reversal again, even at the same moment: one reversal, the same answer.
    const again = await Promise.all([
      reverse({ bankReference: reference, reason: "lagi" }),
      reverse({ bankReference: reference, reason: "lagi" }),
    ]);
    for (const response of again) {
      expect(response.status).toBe(200);
      expect(response.headers.get("idempotent-replayed")).toBe("true");
      expect(await response.json()).toEqual(body);
    }
    expect(await t.db.ledgerEntry.count({ where: { paymentId: payment.id, kind: "REVERSAL" } })).toBe(2);
    expect(await t.db.auditLog.count({ where: { action: PAYMENT_REVERSED_ACTION, entityId: payment.id } })).toBe(1);
  });

  it("keeps a bill paid by another payment paid, and answers 404 for an unknown reference and 400 for bad bodies", async () => {
    const bill = await createBill();
    const cancelled = `REV-${++counter}`;
    await pay(bill.virtualAccount, 16_800, cancelled);
    await pay(bill.virtualAccount, 16_800); // paid twice: the second is credit
    expect((await reverse({ bankReference: cancelled, reason: "Ganda" })).status).toBe(200);
    // The first payment's 16,800 leaves the bill; the second's credit stays credit (the next billing run applies it).
    expect(await t.db.bill.findUniqueOrThrow({ where: { id: bill.id } })).toMatchObject({ status: "UNPAID", paidAmount: 0n });
    expect(await creditBalance(t.db, { type: "PARTICIPANT", id: bill.participantId! })).toBe(16_800n);

    expect((await reverse({ bankReference: "TIDAK-ADA", reason: "x" })).status).toBe(404);
    for (const bad of [
      "{",
      "[]",
      JSON.stringify({ reason: "x" }),
      JSON.stringify({ bankReference: "A B", reason: "x" }),
      JSON.stringify({ bankReference: "X", reason: "" }),
      JSON.stringify({ bankReference: cancelled, reason: "a\u0000b" }),
    ]) {
      expect((await reverse(bad)).status, bad).toBe(400);
    }
  });
});
