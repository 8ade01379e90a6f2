import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type BrowserArea, pickMessages } from "@/lib/i18n/browser-messages";

/** Gives the client components below only the messages their area needs (lib/i18n/browser-messages.ts). */
export async function BrowserMessages({ area, children }: { area: BrowserArea; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), area)}>{children}</NextIntlClientProvider>;
}
