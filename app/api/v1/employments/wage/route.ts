import { nextEndpoint } from "@/lib/api/next";
import { wageChangeEndpoint } from "@/lib/employment/api";

// A bank system changes a worker's wage from a month (docs/api.md).
export const POST = nextEndpoint(wageChangeEndpoint);
