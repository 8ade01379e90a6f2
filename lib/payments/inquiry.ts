// POST /api/v1/payments/inquiries: before taking money, BJB's tellers, ATMs and
// mobile banking ask what a virtual account is for and how much is due. Signed
// and time-checked exactly like notifications (bjb-signature-auth.ts). It reads
// and writes nothing, so asking twice is always safe.
import { z } from "zod";
import { apiEndpoint } from "../api/endpoint";
import type { Db } from "../db/prisma";
import { isoDate } from "../domain/billing-period";
import { maskName } from "../domain/names";
import { isValidVirtualAccount } from "../domain/virtual-account";
import { API_MESSAGES, type FieldErrors, invalidRequest } from "../http/api-errors";
import { apiText } from "../http/api-messages";
import { privateJson } from "../http/responses";
import { log } from "../log";
import { bjbSignature, SIGNING_KEY_ID } from "./bjb-signature-auth";
import { decodeUtf8, parseJson } from "./notification-body";
import { rupiah } from "./notification-answers";
import { PAYMENT_MESSAGES } from "./schema";

export const ALREADY_PAID_MESSAGE = apiText("api.payment.alreadyPaid");

export const inquiryRequestSchema = z
  .object({
    virtualAccount: z
      .string({ error: PAYMENT_MESSAGES.virtualAccount })
      .regex(/^\d{16}$/, { error: PAYMENT_MESSAGES.virtualAccount })
      .refine(isValidVirtualAccount, { error: PAYMENT_MESSAGES.virtualAccount })
      .describe("The virtual account the customer typed: 16 digits, the last a Luhn check digit."),
  })
  .describe("What BJB asks before taking a payment. Other properties are ignored.");

const BILL_STATUSES = ["UNPAID", "PARTIALLY_PAID", "OVERDUE"] as const;

export const inquiryResponseSchema = z
  .object({
    virtualAccount: z.string().describe("As sent."),
    name: z.string().describe("Whose bill it is, masked: each word's first letters only (`Sr* Mu*****`)."),
    amountDue: z.int().min(1).describe("What is still to pay on the bill, fine included, whole rupiah."),
    dueDate: z.iso.date().describe("The bill's due date (YYYY-MM-DD, Asia/Jakarta)."),
    billStatus: z.enum(BILL_STATUSES),
  })
  .describe("Something is due: the customer may pay `amountDue` (more is kept as credit, less is a partial payment).");

export const alreadyPaidSchema = z.object({ error: z.string(), code: z.literal("ALREADY_PAID") });

export type InquiryResponse = z.output<typeof inquiryResponseSchema>;

async function billFor(database: Db, virtualAccount: string) {
  return database.bill.findUnique({
    where: { virtualAccount },
    select: {
      status: true,
      total: true,
      fineAmount: true,
      paidAmount: true,
      dueDate: true,
      participant: { select: { name: true } },
      company: { select: { name: true } },
      project: { select: { name: true } },
      programme: { select: { sponsor: { select: { name: true } } } },
    },
  });
}

export const inquiryEndpoint = apiEndpoint({
  permission: "payment.inquire",
  authentication: bjbSignature,
  limit: { name: "inquiries", key: () => SIGNING_KEY_ID },
  handler: async ({ context, source, body: bytes }) => {
    if (!bytes) throw new Error("bjbSignature hands over the signed body");
    const text = decodeUtf8(bytes);
    const value = text === null ? undefined : parseJson(text);
    if (value === undefined) return privateJson(invalidRequest({ body: API_MESSAGES.invalidJson }), 400);
    const parsed = inquiryRequestSchema.safeParse(value);
    if (!parsed.success) {
      const notObject = typeof value !== "object" || value === null || Array.isArray(value);
      const fields: FieldErrors = notObject ? { body: PAYMENT_MESSAGES.notAnObject } : { virtualAccount: PAYMENT_MESSAGES.virtualAccount };
      return privateJson(invalidRequest(fields), 400);
    }
    const { virtualAccount } = parsed.data;
    const bill = await billFor(context.db, virtualAccount);
    if (!bill) return privateJson({ error: PAYMENT_MESSAGES.unknownVirtualAccount }, 404);
    const amountDue = bill.total + bill.fineAmount - bill.paidAmount;
    if (amountDue <= 0n || bill.status === "PAID") {
      log.info({ virtualAccount, ...source }, "payment inquiry: nothing due");
      return privateJson({ error: ALREADY_PAID_MESSAGE, code: "ALREADY_PAID" }, 409);
    }
    const holder = bill.programme?.sponsor.name ?? bill.project?.name ?? bill.company?.name ?? bill.participant?.name ?? "";
    const answer: InquiryResponse = {
      virtualAccount,
      name: maskName(holder),
      amountDue: rupiah(amountDue),
      dueDate: isoDate(bill.dueDate),
      billStatus: bill.status as InquiryResponse["billStatus"],
    };
    return privateJson(answer, 200);
  },
});
