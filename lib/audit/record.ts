import type { Prisma, Role } from "../db/generated/client";
import type { Tx } from "../db/prisma";

export interface AuditActor {
  userId?: string | null;
  role?: Role | null;
  ip?: string | null;
  userAgent?: string | null;
}

type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

const actorColumns = (actor: AuditActor) => ({
  actorId: actor.userId ?? null,
  actorRole: actor.role ?? null,
  ip: actor.ip ?? null,
  userAgent: actor.userAgent?.slice(0, 300) ?? null,
});

/** Every change to personal or financial data writes one row, inside the change's own transaction. */
export function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry) {
  return tx.auditLog.create({ data: { ...entry, ...actorColumns(actor) } });
}

/** The same for many records changed by one act (one statement). */
export function recordAudits(tx: Tx, actor: AuditActor, entries: AuditEntry[]) {
  return tx.auditLog.createMany({ data: entries.map((entry) => ({ ...entry, ...actorColumns(actor) })) });
}
