import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { handleStatsRequest } from "@/lib/stats/api";

// Dashboard figures for staff and bank systems (docs/api.md). A request with
// an API key is answered for the key; otherwise for the signed-in user.
export async function GET(request: Request): Promise<Response> {
  const user = request.headers.has("authorization") ? null : await currentUser();
  return handleStatsRequest(db(), request, { user });
}
