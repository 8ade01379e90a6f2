import { nextEndpoint } from "@/lib/api/next";
import { statsEndpoint } from "@/lib/stats/api";

// Dashboard figures for staff and bank systems (docs/api.md).
export const GET = nextEndpoint(statsEndpoint);
