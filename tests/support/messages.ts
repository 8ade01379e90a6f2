import { createTranslator } from "use-intl/core";
import { loadMessages } from "../../lib/i18n/messages";
import { splitMessage } from "../../lib/validation/field-errors";

/**
 * A message key (with its values, "errors.income.min?min=1000000") as the app
 * shows it, through the same formatter (use-intl). Throws on an unknown key or
 * a value its text needs but the message lacks.
 */
export async function inIndonesian(): Promise<(message: string | undefined) => string> {
  const t = createTranslator({
    locale: "id",
    messages: await loadMessages("id"),
    onError: (error) => {
      throw error;
    },
  });
  return (message) => {
    const { key, params } = splitMessage(message ?? "");
    return t(key as never, params as never) as string;
  };
}
