// Error texts of /api/v1 in Bahasa Indonesia. The shared schemas return
// message-file keys ("errors.nik.length") so forms can translate them; an API
// client gets the Indonesian text itself (docs/api.md), read from the same
// message file and formatted by the same formatter (use-intl) the portal uses.
// Texts only the API gives are in messages/id/api.json: Indonesian only (the
// API speaks no other language), and not one of the portal's namespaces
// (lib/i18n/messages.ts), so they never reach a page or the browser.
// Imports nothing from other lib/ folders but lib/validation: every API module
// (lib/api, lib/payments, lib/quote, …) may import this one.
import { JAKARTA_TZ } from "../domain/time";
import { createTranslator, type MessageKeys, type NestedKeyOf } from "use-intl/core";
import apiMessages from "../../messages/id/api.json";
import idErrors from "../../messages/id/errors.json";
import { splitMessage } from "../validation/field-errors";

/** A key of messages/id/api.json: "api.payment.amount". */
export type ApiMessageKey = MessageKeys<typeof apiMessages, NestedKeyOf<typeof apiMessages>>;

const FALLBACK_KEY: ApiMessageKey = "api.invalidValue";

const translate = createTranslator({
  locale: "id",
  timeZone: JAKARTA_TZ,
  messages: { ...idErrors, ...apiMessages },
  onError: (error) => {
    throw error;
  },
});

/**
 * The Indonesian text of an API message key, its placeholders filled from
 * `params` as plain text (a number is written as String() writes it: no
 * grouping). Throws on an unknown key or a missing value: the constants built
 * with it at module load (API_MESSAGES, QUOTE_MESSAGES, …) fail loudly rather
 * than turning into a generic text.
 */
export function apiText(key: ApiMessageKey, params: Record<string, string | number> = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)]));
  return translate(key as never, values as never);
}

/**
 * The Indonesian text of any message key, with its values ("key?param=value",
 * ICU placeholders such as "{max, number}"): the field errors a shared schema
 * returns, and the API's own keys. A message that is no key (zod's own English
 * text for a value of the wrong JSON type), or one that cannot be formatted,
 * becomes a generic "Nilai tidak valid." rather than leaking English,
 * placeholders or internals.
 */
export function apiMessage(message: string): string {
  const { key, params } = splitMessage(message);
  try {
    return translate(key as never, params as never);
  } catch {
    return translate(FALLBACK_KEY as never);
  }
}
