import type { z } from "zod";

/** Field path → message key: "nik", "workers[3].nik". One message per field, the first problem found. */
export type FieldErrors = Record<string, string>;

/** A zod issue's path as forms and the API name it: ["workers", 3, "nik"] → "workers[3].nik". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    "",
  );
}

/**
 * The first issue of each field, for forms and the API alike. An issue
 * without a path (a whole-object rule) goes under `rootKey`; `depth` cuts
 * paths short (query parameters are flat: `programs[2]`'s issue is `programs`'s).
 */
export function fieldErrorsOf(error: z.ZodError, rootKey: string, depth = Infinity): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    fields[issue.path.length ? fieldPath(issue.path.slice(0, depth)) : rootKey] ??= issue.message;
  }
  return fields;
}

/**
 * A message key with values for its placeholders, kept as one string so field
 * errors stay plain JSON: "errors.nik.duplicateInFile?row=12".
 */
export function messageWithParams(key: string, params: Record<string, string | number>): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

export function splitMessage(message: string): { key: string; params: Record<string, string> } {
  const [key, query = ""] = message.split("?");
  return { key, params: Object.fromEntries(new URLSearchParams(query)) };
}
