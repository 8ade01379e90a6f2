import { nextEndpoint } from "@/lib/api/next";
import { openApiEndpoint } from "@/lib/openapi/endpoint";

export const GET = nextEndpoint(openApiEndpoint);
