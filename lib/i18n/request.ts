import { cookies } from "next/headers";
import { JAKARTA_TZ } from "../domain/time";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, localeOr } from "./locales";
import { loadMessages } from "./messages";

// Bahasa Indonesia by default; English only when the visitor switched to it.
// No locale in the URL: links shared between workers stay the same.
export default getRequestConfig(async () => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = localeOr(cookie);
  return {
    locale,
    timeZone: JAKARTA_TZ,
    messages: await loadMessages(locale),
  };
});
