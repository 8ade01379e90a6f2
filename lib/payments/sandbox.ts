// The demo "BJB sandbox": builds the notification BJB's system would send,
// signs it with the shared secret and hands it to the notification endpoint
// itself, so a simulated payment takes the production path (signature,
// limits, crediting) without the portal calling itself over the network.
// Off in production: without BJB_SANDBOX the action is "not found".
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { env } from "../env";
import { NotFound } from "../failures";
import { rupiahField } from "../validation/rupiah";
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
    const body = JSON.stringify({ ...input, currency: "IDR", paidAt: now.toISOString(), bankReference: `SANDBOX-${randomUUID()}` });
    const timestamp = Math.floor(now.getTime() / 1000);
    const request = new Request("http://sandbox.invalid/api/v1/payments/notifications", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signNotification(secret, body, timestamp),
      },
      body,
    });
    const response = await notificationEndpoint(request, { db, now, bjbSecret: secret });
    return { httpStatus: response.status, response: (await response.json().catch(() => null)) as unknown };
  },
});
