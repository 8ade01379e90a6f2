import { nextEndpoint } from "@/lib/api/next";
import { reversalEndpoint } from "@/lib/payments/reversal";

// Bank BJB cancels a payment it reported (docs/api.md). Answers 503 while BJB_WEBHOOK_SECRET is unset.
export const POST = nextEndpoint(reversalEndpoint);
