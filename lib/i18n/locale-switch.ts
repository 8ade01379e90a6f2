// The language switch in the header: a cookie, for anyone.
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "../actions/define";
import { LOCALE_COOKIE, LOCALES } from "./locales";

export const localeSwitch = defineAction({
  permission: "locale.switch",
  input: z.object({ locale: z.enum(LOCALES, "errors.invalid") }),
  // A cookie, no row.
  transaction: false,
  handler: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
      // Like the session cookie: Secure whenever the portal is served over https.
      secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    });
    return { locale };
  },
});
