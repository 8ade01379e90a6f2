import type { z } from "zod";

/** Field name → message: one message per field, the first problem found. */
export type FieldErrors = Record<string, string>;

/**
 * The first issue of each top-level field, for forms and the API alike.
 * An issue without a path (a whole-object rule) goes under `rootKey`.
 */
export function firstIssueByField(error: z.ZodError, rootKey: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    fields[String(issue.path[0] ?? rootKey)] ??= issue.message;
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

/** A JSON array posted in one form field (rows a client-side editor built); anything else reads as no rows. */
export function jsonArrayOf(value: unknown): Record<string, unknown>[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((row) => typeof row === "object" && row !== null && !Array.isArray(row)) : [];
  } catch {
    return [];
  }
}
