// Writing the audit log: every change to personal or financial data writes
// one row, inside the change's own transaction (the table is append-only:
// lib/db/audit-append-only.sql). Reading it: ./search.ts.
import type { Prisma, Role } from "../db/generated/client";
import type { Db, Tx } from "../db/prisma";
import type { RequestSource } from "../http/source";

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

/** Who acted: a signed-in user by id and role; anyone else (an API key, BJB's link) by source only (the entry names the key). */
export function actorOf(user: { id: string; role: Role } | null, source: RequestSource): AuditActor {
  return { userId: user?.id ?? null, role: user?.role ?? null, ...source };
}

const actorColumns = (actor: AuditActor) => ({
  actorId: actor.userId ?? null,
  actorRole: actor.role ?? null,
  ip: actor.ip ?? null,
  userAgent: actor.userAgent?.slice(0, 300) ?? null,
});

/** In the transaction of the change it records (or on the database, for a refusal that changes nothing). */
export function recordAudit(tx: Tx | Db, actor: AuditActor, entry: AuditEntry) {
  return tx.auditLog.create({ data: { ...entry, ...actorColumns(actor) } });
}

/** The same for many records changed by one act (one statement). */
export function recordAudits(tx: Tx, actor: AuditActor, entries: AuditEntry[]) {
  return tx.auditLog.createMany({ data: entries.map((entry) => ({ ...entry, ...actorColumns(actor) })) });
}
