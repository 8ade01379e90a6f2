// The demo "BJB sandbox" does what a bank does: an inquiry first (what is due?),
// then, unless the bank must refuse (nothing due, unknown account), the payment
// notification. Both are signed with the shared secret and handed to the
// endpoints themselves, so a simulated payment takes the production path
// (signature, limits, crediting) without the portal calling itself over the
// network. Off in production: without BJB_SANDBOX the action is "not found".
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { env } from "../env";
import { NotFound } from "../failures";
import { rupiahField } from "../validation/rupiah";
import { inquiryEndpoint } from "./inquiry";
import { notificationEndpoint } from "./notifications";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signNotification } from "./signature";

export const sandboxSchema = z.object({
  virtualAccount: z
    .string("errors.va")
    .trim()
    .regex(/^\d{16}$/, "errors.va"),
  amount: rupiahField({ number: "errors.amount.number" }, { min: 1, max: 1e13 }),
});

export const sandboxPayment = defineAction({
  permission: "sandbox.pay",
  input: sandboxSchema,
  // The endpoint credits in its own transaction, as it does for BJB.
  transaction: false,
  handler: async (input, { db, now }) => {
    const secret = env.BJB_WEBHOOK_SECRET;
    if (!env.BJB_SANDBOX || !secret) throw new NotFound();
    const context = { db, now, bjbSecret: secret };
    const inquiry = await inquiryEndpoint(signed("inquiries", { virtualAccount: input.virtualAccount }, secret, now), context);
    const inquiryBody = (await inquiry.json().catch(() => null)) as unknown;
    // The bank takes no money when nothing is due or the account is unknown: it shows its refusal instead.
    if (inquiry.status !== 200)
      return { step: "inquiry" as const, httpStatus: inquiry.status, response: inquiryBody, inquiry: inquiryBody };
    const payment = { ...input, currency: "IDR", paidAt: now.toISOString(), bankReference: `SANDBOX-${randomUUID()}` };
    const response = await notificationEndpoint(signed("notifications", payment, secret, now), context);
    return {
      step: "payment" as const,
      httpStatus: response.status,
      response: (await response.json().catch(() => null)) as unknown,
      inquiry: inquiryBody,
    };
  },
});

/** A request to one of the BJB endpoints, signed as BJB signs it. */
function signed(endpoint: "inquiries" | "notifications", payload: unknown, secret: string, now: Date): Request {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(now.getTime() / 1000);
  return new Request(`http://sandbox.invalid/api/v1/payments/${endpoint}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signNotification(secret, body, timestamp),
    },
    body,
  });
}
