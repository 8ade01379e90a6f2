// Field messages for /api/v1 in Bahasa Indonesia. The shared schemas return
// message-file keys ("errors.nik.length") so forms can translate them; an API
// client gets the Indonesian text itself (docs/api.md), read from the same
// message file and formatted by the same formatter (use-intl) the portal uses.
import { createTranslator } from "use-intl/core";
import idErrors from "../../messages/id/errors.json";
import { splitMessage } from "../validation/field-errors";

/** Messages only the API gives (not under "errors.": the message-file test checks those keys exist). */
const API_ONLY_MESSAGES = {
  invalidValue: "Nilai tidak valid.",
  worker: {
    object: "Setiap pekerja harus berupa objek JSON.",
    duplicate: "NIK sama dengan workers[{index}].",
  },
};

const FALLBACK_KEY = "api.invalidValue";

const translate = createTranslator({
  locale: "id",
  timeZone: "Asia/Jakarta",
  messages: { ...idErrors, api: API_ONLY_MESSAGES },
  onError: (error) => {
    throw error;
  },
});

/**
 * The Indonesian text of a message key, with its values ("key?param=value",
 * ICU placeholders such as "{max, number}"). A message that is no key (zod's
 * own English text for a value of the wrong JSON type), or one that cannot be
 * formatted, becomes a generic "Nilai tidak valid." rather than leaking
 * English, placeholders or internals.
 */
export function apiMessage(message: string): string {
  const { key, params } = splitMessage(message);
  try {
    return translate(key as never, params as never);
  } catch {
    return translate(FALLBACK_KEY as never);
  }
}
