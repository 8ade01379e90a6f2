// The texts people receive (messages/<locale>/notifications.json), filled with
// the rule's own values by the portal's formatter (use-intl). Server-only: the
// namespace is not one the pages load (lib/i18n/messages.ts).
import { createTranslator } from "use-intl/core";
import { JAKARTA_TZ } from "../domain/time";
import type { Locale } from "../i18n/locales";
import en from "../../messages/en/notifications.json";
import id from "../../messages/id/notifications.json";

export type TemplateName = keyof typeof id.notifications;

const translators = Object.fromEntries(
  (Object.entries({ id, en }) as [Locale, typeof id][]).map(([locale, messages]) => [
    locale,
    createTranslator({
      locale,
      timeZone: JAKARTA_TZ,
      messages,
      namespace: "notifications",
      // A contribution month: "Desember 2026".
      formats: { dateTime: { month: { month: "long", year: "numeric" } } },
      onError: (error) => {
        throw error;
      },
    }),
  ]),
) as Record<Locale, ReturnType<typeof createTranslator<typeof id, "notifications">>>;

/** What a template is filled with: text, or a moment (written in the person's language, Jakarta time). */
export type MessageParams = Record<string, string | Date>;

/** Subject (e-mail) and body of a template; throws on a missing value rather than sending a hole. */
export function renderMessage(template: TemplateName, locale: Locale, params: MessageParams) {
  const t = translators[locale];
  return { subject: t(`${template}.subject`, params), body: t(`${template}.body`, params) };
}
