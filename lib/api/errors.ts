// The one error shape of every /api/v1 endpoint. Messages are Bahasa Indonesia
// because the portal shows them to Indonesian users as they are; systems should
// branch on the HTTP status and the field names, not on the wording.
import { z } from "zod";

export const INVALID_REQUEST_MESSAGE = "Permintaan tidak valid";

import { firstIssueByField, type FieldErrors } from "../validation/field-errors";

export type { FieldErrors };

export const apiErrorSchema = z
  .object({
    error: z.string().describe("Summary for people, in Bahasa Indonesia."),
    fields: z
      .record(z.string(), z.string())
      .describe("One message per invalid query parameter, keyed by the parameter name."),
  })
  .describe("Returned with status 400 when the request is invalid.");

export type ApiError = z.output<typeof apiErrorSchema>;

/** An issue without a path belongs to "query". */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  return firstIssueByField(error, "query");
}

export function invalidRequest(fields: FieldErrors): ApiError {
  return { error: INVALID_REQUEST_MESSAGE, fields };
}
