import { nextEndpoint } from "@/lib/api/next";
import { employmentEndEndpoint } from "@/lib/employment/api";

// A bank system ends a worker's employment (docs/api.md).
export const POST = nextEndpoint(employmentEndEndpoint);
