import { nextEndpoint } from "@/lib/api/next";
import { funnelStepEndpoint } from "@/lib/funnel/api";

// The registration form's step beacon (issue 17.4): a count, nothing about the person.
export const POST = nextEndpoint(funnelStepEndpoint);
