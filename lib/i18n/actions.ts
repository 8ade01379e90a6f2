"use server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, isLocale } from "./locales";

export async function switchLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    // Like the session cookie: Secure whenever the portal is served over https.
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
}
