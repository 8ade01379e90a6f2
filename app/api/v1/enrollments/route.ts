import { handleEnrollmentRequest } from "@/lib/pu-enrollment/api";
import { db } from "@/lib/db/database";

// A bank system enrolls a company's workers (docs/api.md). Everything past
// reading the request lives in lib/pu-enrollment/api.ts, tested with a real database.
export function POST(request: Request): Promise<Response> {
  return handleEnrollmentRequest(db(), request);
}
