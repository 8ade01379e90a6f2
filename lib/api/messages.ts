// Field messages for /api/v1 in Bahasa Indonesia. The shared schemas return
// message-file keys ("errors.nik.length") so forms can translate them; an API
// client gets the Indonesian text itself (docs/api.md), read from the same
// message file the portal shows.
import idErrors from "../../messages/id/errors.json";
import { splitMessage } from "../validation/field-errors";

/** Messages only the API gives (not under "errors.": the message-file test checks those keys exist). */
const API_ONLY_MESSAGES: Record<string, string> = {
  "api.invalidValue": "Nilai tidak valid.",
  "api.worker.object": "Setiap pekerja harus berupa objek JSON.",
  "api.worker.duplicate": "NIK sama dengan workers[{index}].",
};

const FALLBACK_KEY = "api.invalidValue";

function lookup(key: string): string | undefined {
  if (Object.hasOwn(API_ONLY_MESSAGES, key)) return API_ONLY_MESSAGES[key];
  let node: unknown = idErrors;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The Indonesian text of a message key, with "{param}" placeholders filled
 * from "key?param=value". A message that is no key (zod's own English text
 * for a value of the wrong JSON type) becomes a generic "Nilai tidak valid."
 * rather than leaking English or internals.
 */
export function apiMessage(message: string): string {
  const { key, params } = splitMessage(message);
  const text = lookup(key) ?? lookup(FALLBACK_KEY)!;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
