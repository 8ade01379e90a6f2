"use server";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { z } from "zod";
import { env } from "../env";
import { rupiahField } from "../validation/rupiah";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signNotification } from "./signature";

export type SandboxState =
  | { status: "idle" }
  | { status: "invalid"; error: string }
  | { status: "sent"; httpStatus: number; response: unknown };

const sandboxSchema = z.object({
  virtualAccount: z.string("errors.va").trim().regex(/^\d{16}$/, "errors.va"),
  amount: rupiahField({ number: "errors.amount.number" }, { min: 1, max: 1e13 }),
});

/**
 * The demo "BJB sandbox": builds the notification BJB's system would send,
 * signs it with the shared secret and posts it to the real endpoint, so a
 * simulated payment takes exactly the production path. Off in production.
 */
export async function sendSandboxPayment(_previous: SandboxState, formData: FormData): Promise<SandboxState> {
  if (!env.BJB_SANDBOX || !env.BJB_WEBHOOK_SECRET) notFound();
  const parsed = sandboxSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "invalid", error: parsed.error.issues[0].message };
  const body = JSON.stringify({
    virtualAccount: parsed.data.virtualAccount,
    amount: parsed.data.amount,
    currency: "IDR",
    paidAt: new Date().toISOString(),
    bankReference: `SANDBOX-${randomUUID()}`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
  const response = await fetch(`${origin}/api/v1/payments/notifications`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signNotification(env.BJB_WEBHOOK_SECRET, body, timestamp),
    },
    body,
  });
  return { status: "sent", httpStatus: response.status, response: await response.json().catch(() => null) };
}
