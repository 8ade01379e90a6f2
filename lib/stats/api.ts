// GET /api/v1/stats (docs/api.md): the figures from the rollups, for an API
// key of any BJB branch (aggregates without personal data:
// docs/decisions/0008-dashboard-rollups.md) or a signed-in ADMIN or BPJS_STAFF
// user, who gets their regency (or all of Banten without one). A present but
// bad key is 401 even with a session: a bank system must learn its key is wrong.
import { apiEndpoint } from "../api/endpoint";
import { regionScope } from "../auth/scope";
import { jakartaDate } from "../domain/time";
import { NotFound } from "../failures";
import { privateJson } from "../http/responses";
import { activeCompanies, participantStats } from "./queries";
import { type StatsResponse, statsQuerySchema } from "./schema";

export const statsEndpoint = apiEndpoint({
  permission: "stats.read",
  authentication: "apiKeyOrSession",
  query: statsQuerySchema,
  handler: async ({ context, access, query }) => {
    const { regionCode } = regionScope(access);
    // Another regency than the staff member's own is "not found", never "forbidden".
    if (regionCode && query.regency && query.regency !== regionCode) throw new NotFound();
    const regency = regionCode ?? query.regency;
    const asOf = query.asOf ?? jakartaDate(context.now);
    const [participants, companies] = await Promise.all([
      participantStats(context.readDb ?? context.db, { asOf, regency }),
      activeCompanies(context.readDb ?? context.db, { asOf, regency }),
    ]);
    const body: StatsResponse = {
      asOf,
      participants: participants.participants,
      activeParticipants: participants.active,
      activeCompanies: companies,
      byRegency: participants.byRegency,
    };
    return privateJson(body, 200);
  },
});
