import { nextEndpoint } from "@/lib/api/next";
import { quoteEndpoint } from "@/lib/quote/api";

// The request's URL is read, so this handler is dynamic: never prerendered.
export const GET = nextEndpoint(quoteEndpoint);
