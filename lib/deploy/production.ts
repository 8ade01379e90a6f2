// What a production start needs (issue 15): `npm start` is the demo (demo data
// with a published password, the BJB sandbox, the demo inbox); `npm run
// start:prod` serves real people and refuses to start without these, each
// problem said in one line. Framework-free: scripts/start-prod.ts applies it.

/** The problems with `env` for a production start; empty when it may start. */
export function productionProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push("DATABASE_URL is not set: production uses a PostgreSQL server, never the embedded demo database.");
  if (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32) problems.push("NEXTAUTH_SECRET must be set, at least 32 characters.");
  if (!env.NEXTAUTH_URL?.startsWith("https://")) problems.push("NEXTAUTH_URL must be the portal's https:// address (Secure cookies).");
  if (!env.BJB_WEBHOOK_SECRET || env.BJB_WEBHOOK_SECRET.length < 32) {
    problems.push("BJB_WEBHOOK_SECRET must be set (at least 32 characters): Bank BJB signs payments with it.");
  }
  for (const demo of ["BJB_SANDBOX", "DEMO_INBOX"] as const) {
    if (/^(true|1|yes|on)$/i.test(env[demo] ?? "")) problems.push(`${demo} is on: a demo page, never in production.`);
  }
  if (!env.SMTP_URL && !(env.TEXT_GATEWAY_URL && env.TEXT_GATEWAY_TOKEN)) {
    problems.push(
      "No message channel: set SMTP_URL and/or TEXT_GATEWAY_URL with TEXT_GATEWAY_TOKEN (codes and receipts go out through them).",
    );
  }
  return problems;
}
