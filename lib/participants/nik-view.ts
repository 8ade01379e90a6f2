// NIKs are masked everywhere (UU 27/2022: staff need who, not the number),
// except where a role needs the full number: staff deciding a possible
// duplicate compare NIKs. Each such view is recorded in the audit log.
import { recordAudit, type AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";

export async function revealNik(
  database: Db,
  actor: AuditActor,
  participant: { id: string; nik: string },
  purpose: string,
): Promise<string> {
  await recordAudit(database, actor, {
    action: "participant.nik_viewed",
    entity: "Participant",
    entityId: participant.id,
    after: { purpose },
  });
  return participant.nik;
}
