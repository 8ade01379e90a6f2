import { db } from "@/lib/db/database";
import { env } from "@/lib/env";
import { handlePaymentNotification } from "@/lib/payments/notifications";

// Bank BJB reports a payment into a bill's virtual account (docs/api.md).
// Everything lives in lib/payments/notifications.ts, which answers 503 while
// BJB_WEBHOOK_SECRET is unset; it is tested there with a real database.
export function POST(request: Request): Promise<Response> {
  return handlePaymentNotification(db(), request, { secret: env.BJB_WEBHOOK_SECRET, now: new Date() });
}
