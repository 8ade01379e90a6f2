/**
 * Which message namespaces reach the browser, per part of the site. Server
 * components read every message on the server; only client components need
 * theirs shipped, and a worker's phone should not download the officer's and
 * staff's texts with every page. A client component rendered in an area needs
 * its namespace listed here (the e2e tests fail on a MISSING_MESSAGE).
 */
const EVERYWHERE = ["errorPage", "errors", "signIn", "sandbox"] as const;

export const BROWSER_NAMESPACES = {
  everywhere: EVERYWHERE,
  registration: [...EVERYWHERE, "register"],
  // A worker's own pages: notification settings, heirs, and changing their data (the registration's field
  // labels, occupations and quote come with it).
  worker: [...EVERYWHERE, "preferences", "heirs", "changes", "register"],
  // The officer forms reuse the registration's field labels (region fields, gender).
  officer: [...EVERYWHERE, "register", "officer"],
  staff: [...EVERYWHERE, "staff"],
  admin: [...EVERYWHERE, "admin"],
  sponsor: [...EVERYWHERE, "sponsor"],
  // A UMKM owner's own business: the officer's worker list and import, so their texts (and the form labels).
  employer: [...EVERYWHERE, "register", "officer"],
} as const;

export type BrowserArea = keyof typeof BROWSER_NAMESPACES;

export function pickMessages(messages: Record<string, unknown>, area: BrowserArea): Record<string, unknown> {
  return Object.fromEntries(BROWSER_NAMESPACES[area].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
