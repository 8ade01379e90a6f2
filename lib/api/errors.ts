// The one error shape of every /api/v1 endpoint. Messages are Bahasa Indonesia
// because the portal shows them to Indonesian users as they are; systems should
// branch on the HTTP status and the field names, not on the wording.
import { z } from "zod";

export const INVALID_REQUEST_MESSAGE = "Permintaan tidak valid";

/** Field name → message, one message per field (the first problem found). */
export type FieldErrors = Record<string, string>;

export const apiErrorSchema = z
  .object({
    error: z.string().describe("Summary for people, in Bahasa Indonesia."),
    fields: z
      .record(z.string(), z.string())
      .describe("One message per invalid query parameter, keyed by the parameter name."),
  })
  .describe("Returned with status 400 when the request is invalid.");

export type ApiError = z.output<typeof apiErrorSchema>;

/** The first issue per top-level field; an issue without a path belongs to "query". */
export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "query");
    fields[field] ??= issue.message;
  }
  return fields;
}

export function invalidRequest(fields: FieldErrors): ApiError {
  return { error: INVALID_REQUEST_MESSAGE, fields };
}
