import { nextEndpoint } from "@/lib/api/next";
import { inquiryEndpoint } from "@/lib/payments/inquiry";

// Bank BJB asks what a virtual account is for and how much is due, before taking money (docs/api.md).
// Answers 503 while BJB_WEBHOOK_SECRET is unset (lib/payments/bjb-signature-auth.ts).
export const POST = nextEndpoint(inquiryEndpoint);
