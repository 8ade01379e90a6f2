// Reading a signed notification's text: strict UTF-8, JSON that may not parse,
// and the few characters PostgreSQL text cannot hold.

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** PostgreSQL text cannot hold NUL; a raw NUL makes the body invalid JSON anyway, so it is kept visibly replaced. */
export function storableText(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}

/** A string property of a parsed body, cut to a column's 64 characters; null when absent or not a string. */
export function stringField(value: unknown, name: string): string | null {
  if (typeof value !== "object" || value === null) return null;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === "string" ? storableText(field.slice(0, 64)) : null;
}
