import type { FieldErrors } from "./api-errors";
import { apiText } from "./api-messages";

const DUPLICATE_PARAMETER_MESSAGE = apiText("api.request.duplicateParameter");

export type QueryRecord = Record<string, string>;

/**
 * URLSearchParams as a plain record for a zod schema. A parameter given twice
 * is refused rather than letting the first or last one win silently: a client
 * sending `income=1000000&income=5000000` has a bug we should show it.
 * Lists are one comma-separated value (OpenAPI `style: form, explode: false`).
 */
export function queryRecord(params: URLSearchParams): { ok: true; value: QueryRecord } | { ok: false; fields: FieldErrors } {
  const value: QueryRecord = {};
  const fields: FieldErrors = {};
  for (const [name, parameterValue] of params) {
    if (Object.hasOwn(value, name)) {
      fields[name] = DUPLICATE_PARAMETER_MESSAGE;
    } else {
      value[name] = parameterValue;
    }
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, value };
}
