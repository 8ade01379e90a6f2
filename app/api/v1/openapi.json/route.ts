import { API_V1_DOCUMENT } from "@/lib/openapi/operations";

export function GET(): Response {
  return Response.json(API_V1_DOCUMENT, { headers: { "Cache-Control": "public, max-age=300" } });
}
