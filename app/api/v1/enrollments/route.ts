import { nextEndpoint } from "@/lib/api/next";
import { enrollmentEndpoint } from "@/lib/pu-enrollment/api";

// A bank system enrolls a company's workers (docs/api.md).
export const POST = nextEndpoint(enrollmentEndpoint);
