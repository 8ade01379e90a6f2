import "server-only";
import { currentUser } from "../auth/session";
import { db, readDb } from "../db/database";
import { env } from "../env";
import type { ApiEndpoint } from "./endpoint";

/**
 * An endpoint as a Next route handler: this process's database, the clock, the
 * portal session (read only when the endpoint takes one) and BJB's secret.
 */
export function nextEndpoint(endpoint: ApiEndpoint) {
  return (request: Request): Promise<Response> =>
    endpoint(request, {
      db: db(),
      readDb: readDb(),
      now: new Date(),
      sessionUser: currentUser,
      bjbSecret: env.BJB_WEBHOOK_SECRET,
      bjbPreviousSecret: env.BJB_WEBHOOK_SECRET_PREVIOUS,
    });
}
