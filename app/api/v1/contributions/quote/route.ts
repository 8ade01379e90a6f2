import { db } from "@/lib/db/client";
import { handleQuoteRequest } from "@/lib/quote/quote-api";

// The request's URL is read, so this handler is dynamic: never prerendered.
export function GET(request: Request): Promise<Response> {
  return handleQuoteRequest(db(), request);
}
