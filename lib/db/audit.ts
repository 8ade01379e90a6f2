import type { Prisma, Role } from "./generated/client";
import type { Tx } from "./prisma";

export interface AuditActor {
  userId?: string | null;
  role?: Role | null;
  ip?: string | null;
  userAgent?: string | null;
}

/** Every change to personal or financial data writes one row, inside the change's own transaction. */
export function recordAudit(
  tx: Tx,
  actor: AuditActor,
  entry: {
    action: string;
    entity: string;
    entityId: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
) {
  return tx.auditLog.create({
    data: {
      ...entry,
      actorId: actor.userId ?? null,
      actorRole: actor.role ?? null,
      ip: actor.ip ?? null,
      userAgent: actor.userAgent?.slice(0, 300) ?? null,
    },
  });
}
