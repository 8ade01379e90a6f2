import { db } from "@/lib/db/database";
import { handleQuoteRequest } from "@/lib/quote/api";

// The request's URL is read, so this handler is dynamic: never prerendered.
export function GET(request: Request): Promise<Response> {
  return handleQuoteRequest(db(), request);
}
