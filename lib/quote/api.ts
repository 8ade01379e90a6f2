// GET /api/v1/contributions/quote: a public API, limited per IP address.
import { queryRecord } from "../http/query";
import { badRequest, cacheableJson, tooManyRequests } from "../http/responses";
import type { Db } from "../db/prisma";
import { sourceOf } from "../http/source";
import { consumeLimit } from "../security/rate-limit";
import { parseQuoteQuery, QUOTE_CACHE_SECONDS, quoteContribution } from "./quote";

export async function handleQuoteRequest(database: Db, request: Request): Promise<Response> {
  const limit = await consumeLimit(database, "quote", sourceOf(request.headers).ip ?? "unknown");
  if (!limit.ok) return tooManyRequests(limit.retryAfterSeconds);
  const record = queryRecord(new URL(request.url).searchParams);
  if (!record.ok) return badRequest(record.fields);
  const query = parseQuoteQuery(record.value);
  if (!query.ok) return badRequest(query.fields);
  const quote = quoteContribution(query.value);
  if (!quote.ok) return badRequest(quote.fields);
  return cacheableJson(quote.value, QUOTE_CACHE_SECONDS);
}
