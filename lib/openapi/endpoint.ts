// GET /api/v1/openapi.json: the document, for anyone (docs/api.md).
import { apiEndpoint } from "../api/endpoint";
import { API_V1_DOCUMENT } from "./operations";

export const openApiEndpoint = apiEndpoint({
  permission: "site.read",
  authentication: "none",
  handler: async () => Response.json(API_V1_DOCUMENT, { headers: { "Cache-Control": "public, max-age=300" } }),
});
