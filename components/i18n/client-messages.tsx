import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type ClientArea, pickMessages } from "@/lib/i18n/client-messages";

/** Gives the client components below only the messages their area needs (lib/i18n/client-messages.ts). */
export async function ClientMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), area)}>{children}</NextIntlClientProvider>;
}
