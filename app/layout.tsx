import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BrowserMessages } from "@/components/i18n/browser-messages";
import { SiteHeader } from "@/components/site-header";
import { currentPeriod } from "@/lib/domain/billing-period";
import { bpuLowestMonthly } from "@/lib/domain/contributions/bpu";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title"), description: t("description", { monthly: bpuLowestMonthly(currentPeriod()) }) };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b7a45" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="group/body min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <BrowserMessages area="everywhere">
          <SiteHeader />
          {/* Phone-first: a worker's column. Staff, officer, admin and sponsor pages (a .desk frame) take an office monitor's width. */}
          <main id="main" className="mx-auto max-w-3xl px-4 py-6 has-[.desk]:max-w-7xl">
            {children}
          </main>
        </BrowserMessages>
      </body>
    </html>
  );
}
