// The one error shape of every /api/v1 endpoint. Messages are Bahasa Indonesia
// because the portal shows them to Indonesian users as they are; systems should
// branch on the HTTP status and the field names, not on the wording.
// The texts are in messages/id/api.json (lib/http/api-messages.ts).
import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "../validation/field-errors";
import { apiText } from "./api-messages";

export const INVALID_REQUEST_MESSAGE = apiText("api.request.invalid");

export type { FieldErrors };

export const apiErrorSchema = z
  .object({
    error: z.string().describe("Summary for people, in Bahasa Indonesia."),
    fields: z
      .record(z.string(), z.string())
      .describe(
        "One message per invalid query parameter, header or body field, keyed by its name or path " +
          "(`income`, `Idempotency-Key`, `workers[3].nik`).",
      ),
  })
  .describe("Returned with status 400 when the request is invalid.");

export type ApiError = z.output<typeof apiErrorSchema>;

/** Every other error: nothing for the client to fix field by field. */
export const apiErrorMessageSchema = z
  .object({ error: z.string().describe("What went wrong, in Bahasa Indonesia.") })
  .describe("Returned with 401, 404, 409, 413, 422, 429, 500 and 503.");

export type ApiErrorMessage = z.output<typeof apiErrorMessageSchema>;

export const API_MESSAGES = {
  unauthorized: apiText("api.unauthorized"),
  invalidJson: apiText("api.request.invalidJson"),
  payloadTooLarge: apiText("api.request.payloadTooLarge"),
  serverError: apiText("api.serverError"),
} as const;

/** Query parameters by name (a list parameter's item issue is the parameter's); an issue without a path belongs to "query". */
export function queryFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorsOf(error, "query", 1);
}

export function invalidRequest(fields: FieldErrors): ApiError {
  return { error: INVALID_REQUEST_MESSAGE, fields };
}
