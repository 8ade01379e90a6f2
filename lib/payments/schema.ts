// The payment notification BJB sends and Lindung's answer. The route
// validates with these schemas and the OpenAPI document is generated from
// them (lib/openapi/operations.ts). Messages are for people at BJB reading a log,
// in Bahasa Indonesia like every /api/v1 error (lib/http/api-errors.ts), from
// messages/id/api.json.
import { z } from "zod";
import { isValidVirtualAccount } from "../domain/virtual-account";
import type { FieldErrors } from "../http/api-errors";
import { apiText } from "../http/api-messages";
import { isPlainIntegerLiteral, topLevelNumberLiterals } from "./json-literals";
import { SIGNATURE_TOLERANCE_SECONDS, TIMESTAMP_HEADER } from "./signature";

/** One notification is a few hundred bytes; nothing legitimate comes near this. */
export const MAX_NOTIFICATION_BYTES = 16 * 1024;

/** Rp 1,000 trillion: far above any bill, and exact as a JSON number (below 2^53). */
export const MAX_PAYMENT_AMOUNT = 1_000_000_000_000_000;

export const PAYMENT_MESSAGES = {
  virtualAccount: apiText("api.payment.virtualAccount"),
  amount: apiText("api.payment.amount", { max: MAX_PAYMENT_AMOUNT }),
  currency: apiText("api.payment.currency"),
  paidAt: apiText("api.payment.paidAt"),
  bankReference: apiText("api.payment.bankReference"),
  notAnObject: apiText("api.payment.notAnObject"),
  unknownVirtualAccount: apiText("api.payment.unknownVirtualAccount"),
  referenceReused: apiText("api.payment.referenceReused"),
  signatureInvalid: apiText("api.payment.signatureInvalid"),
  timestampOutOfWindow: apiText("api.payment.timestampOutOfWindow", {
    header: TIMESTAMP_HEADER,
    minutes: SIGNATURE_TOLERANCE_SECONDS / 60,
  }),
  notConfigured: apiText("api.payment.notConfigured"),
  reason: apiText("api.payment.reason"),
  unknownPayment: apiText("api.payment.unknownPayment"),
} as const;

export const bankReferenceSchema = z
  .string({ error: PAYMENT_MESSAGES.bankReference })
  .regex(/^[!-~]{1,64}$/, { error: PAYMENT_MESSAGES.bankReference })
  .describe(
    "BJB's unique reference of this payment: 1 to 64 printable ASCII characters, no spaces. Lindung credits each " +
      "reference at most once and answers a repeated notification with the first answer.",
  );

export const paymentNotificationSchema = z
  .object({
    virtualAccount: z
      .string({ error: PAYMENT_MESSAGES.virtualAccount })
      .regex(/^\d{16}$/, { error: PAYMENT_MESSAGES.virtualAccount })
      .refine(isValidVirtualAccount, { error: PAYMENT_MESSAGES.virtualAccount })
      .describe("The bill's virtual account: 16 digits, the last a Luhn check digit."),
    amount: z
      .number({ error: PAYMENT_MESSAGES.amount })
      .int({ error: PAYMENT_MESSAGES.amount })
      .min(1, { error: PAYMENT_MESSAGES.amount })
      .max(MAX_PAYMENT_AMOUNT, { error: PAYMENT_MESSAGES.amount })
      .describe(
        'Amount paid, whole rupiah, written as a JSON integer (`16800`; not `16800.0`, `1.68e4` or `"16800"`). ' +
          "Less than the bill is a partial payment, more is an overpayment: both are credited exactly.",
      ),
    currency: z.literal("IDR", { error: PAYMENT_MESSAGES.currency }).describe("Always `IDR`."),
    paidAt: z.iso
      .datetime({ offset: true, error: PAYMENT_MESSAGES.paidAt })
      .describe("When the customer paid, ISO 8601 with `Z` or an offset: `2026-01-05T10:15:00+07:00`."),
    bankReference: bankReferenceSchema,
  })
  .describe("A payment into a bill's virtual account, as BJB reports it host to host.");

export type PaymentNotification = z.output<typeof paymentNotificationSchema>;

const rupiah = (description: string) => z.number().int().min(0).describe(description);

export const paymentNotificationResponseSchema = z
  .object({
    status: z.literal("credited").describe("The payment is recorded against the bill (exactly once)."),
    bankReference: z.string().describe("As sent."),
    virtualAccount: z.string().describe("As sent."),
    amount: rupiah("The amount credited by this notification, as sent."),
    billStatus: z
      .enum(["UNPAID", "PARTIALLY_PAID", "PAID", "OVERDUE"])
      .describe(
        "The bill after this payment: `PAID` once everything due is paid, `PARTIALLY_PAID` before that, " +
          "`OVERDUE` for a bill past its due date that is still not paid in full.",
      ),
    paidAmount: rupiah("Everything paid into the bill so far, this payment included, never more than `due`."),
    due: rupiah("The bill's total plus any late fine."),
    outstanding: rupiah("What is still to pay: due − paidAmount, or 0."),
    overpaid: rupiah(
      "What this payment brought beyond what the bill still needed, or 0: held as credit on the participant's, " +
        "company's or project's account and applied to the next bill. Never refused, rounded or dropped.",
    ),
    paymentId: z.string().describe("Lindung's id of the recorded payment."),
  })
  .describe("The notification was accepted. A repeated notification gets this same body again.");

export type PaymentNotificationResponse = z.output<typeof paymentNotificationResponseSchema>;

export const timestampHeaderSchema = z
  .string()
  .regex(/^\d{1,12}$/)
  .describe(
    `Unix time in seconds when BJB sent the notification. Refused (401) when more than ` +
      `${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from Lindung's clock, either way.`,
  );

export const signatureHeaderSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/)
  .describe(
    "Hex HMAC-SHA256, keyed with the secret shared with BJB, of the timestamp header, a dot and the raw body " +
      'bytes: `hex(hmac_sha256(secret, timestamp + "." + body))`.',
  );

const FIELDS = ["virtualAccount", "amount", "currency", "paidAt", "bankReference"] as const;

export type ParsedNotification = { ok: true; value: PaymentNotification } | { ok: false; fields: FieldErrors };

/**
 * Validates a notification already parsed from `text`. The amount is also
 * checked as written, so a fraction JSON.parse would round away is refused.
 */
export function parsePaymentNotification(value: unknown, text: string): ParsedNotification {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, fields: { body: PAYMENT_MESSAGES.notAnObject } };
  }
  const fields: FieldErrors = {};
  const parsed = paymentNotificationSchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "body")] ??= issue.message;
  }
  const amountLiteral = topLevelNumberLiterals(text).get("amount");
  if (amountLiteral !== undefined && !isPlainIntegerLiteral(amountLiteral)) fields.amount = PAYMENT_MESSAGES.amount;
  if (Object.keys(fields).length > 0 || !parsed.success) return { ok: false, fields: orderedFields(fields) };
  return { ok: true, value: parsed.data };
}

/** Fields in the order of the schema, whatever order zod met them in. */
function orderedFields(fields: FieldErrors): FieldErrors {
  const known = FIELDS.filter((name) => name in fields).map((name) => [name, fields[name]] as const);
  const others = Object.entries(fields).filter(([name]) => !(FIELDS as readonly string[]).includes(name));
  return Object.fromEntries([...known, ...others]);
}

/**
 * What makes two notifications "the same" for a bank reference: the five
 * fields as sent, whatever the whitespace, key order or other properties.
 */
export function notificationFingerprint(value: unknown): string {
  const record = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return JSON.stringify(FIELDS.map((name) => record[name] ?? null));
}

/** The bank reference of a notification that failed other checks, if it has a valid one. */
export function bankReferenceOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const parsed = bankReferenceSchema.safeParse((value as Record<string, unknown>).bankReference);
  return parsed.success ? parsed.data : null;
}
