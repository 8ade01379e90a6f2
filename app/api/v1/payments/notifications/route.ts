import { nextEndpoint } from "@/lib/api/next";
import { notificationEndpoint } from "@/lib/payments/notifications";

// Bank BJB reports a payment into a bill's virtual account (docs/api.md).
// Answers 503 while BJB_WEBHOOK_SECRET is unset (lib/payments/bjb-signature-auth.ts).
export const POST = nextEndpoint(notificationEndpoint);
