// GET /api/v1/contributions/quote: a public API, limited per IP address.
import { apiEndpoint } from "../api/endpoint";
import { queryRecord } from "../http/query";
import { badRequest, cacheableJson } from "../http/responses";
import { parseQuoteQuery, QUOTE_CACHE_SECONDS, quoteContribution } from "./quote";

export const quoteEndpoint = apiEndpoint({
  permission: "quote.read",
  authentication: "none",
  limit: { name: "quote", key: ({ source }) => source.ip ?? "unknown" },
  // The query's rules depend on its category (parseQuoteQuery), so it is read here rather than by one schema.
  handler: async ({ request }) => {
    const record = queryRecord(new URL(request.url).searchParams);
    if (!record.ok) return badRequest(record.fields);
    const query = parseQuoteQuery(record.value);
    if (!query.ok) return badRequest(query.fields);
    const quote = quoteContribution(query.value);
    if (!quote.ok) return badRequest(quote.fields);
    return cacheableJson(quote.value, QUOTE_CACHE_SECONDS);
  },
});
