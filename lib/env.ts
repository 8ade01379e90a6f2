import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// The app refuses to start with a missing or malformed variable and says which.
// `npm start` fills DATABASE_URL (embedded PostgreSQL) and NEXTAUTH_SECRET
// (.data/secret) when they are unset: scripts/start.ts.
export const env = createEnv({
  server: {
    DATABASE_URL: z.url(),
    // The embedded PostgreSQL (PGlite) mixes up statements from concurrent
    // connections outside transactions: scripts/start.ts sets 1 for it.
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // A PostgreSQL streaming replica (hot standby) of DATABASE_URL: dashboards, their lists and exports and the
    // stats API read from it (lib/db/database.ts, readDb), so a province's reading never slows enrollment.
    // Unset: they read from DATABASE_URL. docs/scaling.md.
    DATABASE_REPLICA_URL: z.url().optional(),
    NEXTAUTH_SECRET: z.string().min(32),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    // Shared with Bank BJB to sign payment notifications (docs/decisions/0007-payment-notifications.md).
    // Optional so the portal runs before the bank link is set up; unset, the
    // notification endpoint answers 503 in every environment: no default secret.
    BJB_WEBHOOK_SECRET: z.string().min(32).optional(),
    // During a rotation: the secret being replaced, accepted alongside the new one until BJB has switched
    // (the log says "signed with the previous secret" while it still uses it). Unset it afterwards.
    BJB_WEBHOOK_SECRET_PREVIOUS: z.string().min(32).optional(),
    // The demo "BJB sandbox" page signs notifications with the secret above.
    // Never set in production: the page and its action answer 404 there.
    BJB_SANDBOX: z.stringbool().default(false),
    // The demo inbox page (/sandbox-pesan) lists every message the portal sent, to anyone: `npm start` only.
    // Never in production (lib/messages/channels/configured.ts: unconfigured channels deliver there).
    DEMO_INBOX: z.stringbool().default(false),
    // Participant lists with more rows than this are exported by a worker (/dashboard/ekspor), not in the request
    // (lib/exports/participant-export.ts): a province-sized file would hold a request for minutes.
    EXPORT_DIRECT_MAX_ROWS: z.coerce.number().int().min(0).default(50_000),
  },
  client: {},
  experimental__runtimeEnv: {},
  // `next build` runs without a database or secrets; `next start` validates.
  skipValidation: process.env.NEXT_PHASE === "phase-production-build",
  emptyStringAsUndefined: true,
});
