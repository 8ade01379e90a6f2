"use client";
// The last resort, when the root layout itself fails (the database unreachable,
// say): it replaces the whole page, without the layout's translations, so it
// reads the Bahasa Indonesia texts straight from their file (a small one: every page's script carries it).
import texts from "@/messages/id/error-page.json";
import "./globals.css";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="id">
      <body className="mx-auto max-w-3xl p-4">
        <main role="alert" className="space-y-4">
          <h1 className="text-2xl font-bold">{texts.errorPage.title}</h1>
          <p>{texts.errorPage.detail}</p>
          <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white">
            {texts.errorPage.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
