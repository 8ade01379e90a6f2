import type { Locale } from "./locales";

// One file per feature (messages/<locale>/<feature>.json) so features can grow
// apart; top-level keys must not clash between files.
const FEATURES = ["common", "error-page", "errors", "registration", "account", "officer", "staff", "admin", "sponsor"] as const;

export async function loadMessages(locale: Locale) {
  const parts = await Promise.all(FEATURES.map((feature) => import(`../../messages/${locale}/${feature}.json`).then((m) => m.default)));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}
