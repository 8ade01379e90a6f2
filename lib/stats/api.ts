// GET /api/v1/stats (docs/api.md): who may ask, which regencies they get, and
// the figures from the rollups. Takes the database and the signed-in user as
// parameters, so tests call it without Next.
import { firstIssueByField } from "../validation/field-errors";
import { authenticateApiKey } from "../api/keys";
import { queryRecord } from "../http/query";
import { badRequest, errorMessage, privateJson, serverError } from "../http/responses";
import type { SessionUser } from "../auth/credentials";
import type { Tx } from "../db/prisma";
import { jakartaDate } from "../domain/time";
import { log } from "../log";
import { activeCompanies, participantStats } from "./queries";
import { STATS_MESSAGES, type StatsResponse, statsQuerySchema } from "./schema";

/** Which regencies a caller may read: one code, or all of Banten (null). */
type StatsScope = { regency: string | null };

/**
 * An API key (any BJB branch: the figures are aggregates without personal
 * data, docs/decisions/0008-dashboard-rollups.md), ADMIN, or BPJS_STAFF
 * (their regionCode, or all of Banten without one). Anyone else signed in
 * gets 404, as on the /dashboard pages. A present but bad key is 401 even
 * with a session: a bank system must learn its key is wrong.
 */
async function scopeOf(
  database: Tx,
  request: Request,
  user: SessionUser | null | undefined,
): Promise<StatsScope | "unauthenticated" | "forbidden"> {
  const authorization = request.headers.get("authorization");
  if (authorization) return (await authenticateApiKey(database, authorization)) ? { regency: null } : "unauthenticated";
  if (!user) return "unauthenticated";
  if (user.role === "ADMIN") return { regency: null };
  if (user.role === "BPJS_STAFF") return { regency: user.regionCode };
  return "forbidden";
}

export async function handleStatsRequest(
  database: Tx,
  request: Request,
  options: { user?: SessionUser | null; now?: Date } = {},
): Promise<Response> {
  try {
    return await statsResponse(database, request, options.user, options.now ?? new Date());
  } catch (error) {
    log.error({ err: error }, "stats API request failed");
    return serverError();
  }
}

async function statsResponse(database: Tx, request: Request, user: SessionUser | null | undefined, now: Date) {
  const scope = await scopeOf(database, request, user);
  if (scope === "unauthenticated") {
    return errorMessage(401, STATS_MESSAGES.unauthenticated, { "WWW-Authenticate": "Bearer" });
  }
  if (scope === "forbidden") return errorMessage(404, STATS_MESSAGES.notFound);

  const record = queryRecord(new URL(request.url).searchParams);
  if (!record.ok) return badRequest(record.fields);
  const parsed = statsQuerySchema.safeParse(record.value);
  if (!parsed.success) return badRequest(firstIssueByField(parsed.error, "query"));

  // Another regency than the staff member's own is "not found", never "forbidden".
  if (scope.regency && parsed.data.regency && parsed.data.regency !== scope.regency) {
    return errorMessage(404, STATS_MESSAGES.notFound);
  }
  const regency = scope.regency ?? parsed.data.regency;
  const asOf = parsed.data.asOf ?? jakartaDate(now);

  const [participants, companies] = await Promise.all([
    participantStats(database, { asOf, regency }),
    activeCompanies(database, { asOf, regency }),
  ]);
  const body: StatsResponse = {
    asOf,
    participants: participants.participants,
    activeCompanies: companies,
    byRegency: participants.byRegency,
  };
  return privateJson(body, 200);
}
