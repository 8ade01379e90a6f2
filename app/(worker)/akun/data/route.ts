import { authorize } from "@/lib/auth/session";
import { ownParticipantId } from "@/lib/auth/scope";
import { actorOf } from "@/lib/audit/record";
import { db } from "@/lib/db/database";
import { requestSource } from "@/lib/http/current-request";
import { exportOwnData, toJson } from "@/lib/participants/data-export";

/** GET /akun/data: everything Lindung holds about the signed-in worker, as JSON (audited). */
export async function GET() {
  const access = await authorize("participant.read.own");
  const participantId = ownParticipantId(access);
  const data = participantId ? await exportOwnData(db(), participantId, actorOf(access.user, await requestSource())) : null;
  if (!data) return new Response(null, { status: 404 });
  return new Response(toJson(data), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="data-saya-${data.participant.kpj}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
