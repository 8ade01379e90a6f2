import { handleEnrollmentRequest } from "@/lib/api/enrollments";
import { db } from "@/lib/db/client";

// A bank system enrolls a company's workers (docs/api.md). Everything past
// reading the request lives in lib/api/enrollments.ts, tested with a real database.
export function POST(request: Request): Promise<Response> {
  return handleEnrollmentRequest(db(), request);
}
