import type { NextRequest } from "next/server";
import { queryRecord } from "@/lib/api/query";
import { badRequest, cacheableJson } from "@/lib/api/responses";
import { parseQuoteQuery, QUOTE_CACHE_SECONDS, quoteContribution } from "@/lib/quote/quote";

// Reading request.nextUrl makes this handler dynamic: it is never prerendered.
export function GET(request: NextRequest): Response {
  const record = queryRecord(request.nextUrl.searchParams);
  if (!record.ok) return badRequest(record.fields);
  const query = parseQuoteQuery(record.value);
  if (!query.ok) return badRequest(query.fields);
  const quote = quoteContribution(query.value);
  if (!quote.ok) return badRequest(quote.fields);
  return cacheableJson(quote.value, QUOTE_CACHE_SECONDS);
}
