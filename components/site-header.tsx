import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/lib/i18n/actions";
import { currentUser } from "@/lib/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/home";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  // The header must not take a page down: if the session cannot be read (the database is away), show it signed out.
  const [t, locale, user] = await Promise.all([getTranslations("nav"), getLocale(), currentUser().catch(() => null)]);
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-3 group-has-[.desk]/body:max-w-7xl">
        <Link href="/" className="text-xl font-bold text-brand-700">
          Lindung
        </Link>
        <nav aria-label={t("home")} className="flex items-center gap-3 text-sm">
          {user ? (
            <>
              {/* Mid sign-in (a second factor, a new password) there is no home to go to yet. */}
              {!user.pending && (
                <Link href={HOME_BY_ROLE[user.role]} className="font-medium text-brand-700 underline">
                  {t("account")}
                </Link>
              )}
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <Link href="/masuk" className="font-medium text-brand-700 underline">
              {t("signIn")}
            </Link>
          )}
          <form action={switchLocale}>
            <input type="hidden" name="locale" value={locale === "id" ? "en" : "id"} />
            <button type="submit" className="rounded border border-slate-300 px-2 py-1" lang={locale === "id" ? "en" : "id"}>
              {t("switchTo")}
            </button>
          </form>
        </nav>
      </div>
    </header>
  );
}
