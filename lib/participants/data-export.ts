// A participant's own data, complete, as one JSON file (UU 27/2022 on personal
// data protection, Pasal 7: the subject may obtain a copy of their data). The
// download itself is audited like any view of unmasked personal data.
import { recordAudit, type AuditActor } from "../audit/record";
import type { Db } from "../db/prisma";
import { creditBalance } from "../ledger/entries";

export const DATA_EXPORT_VERSION = 1;

export async function exportOwnData(database: Db, participantId: string, actor: AuditActor) {
  return database.$transaction(async (tx) => {
    const participant = await tx.participant.findUnique({
      where: { id: participantId },
      include: {
        account: { select: { email: true, phone: true, createdAt: true, lastLoginAt: true } },
        bills: { orderBy: { periodStart: "asc" }, include: { lines: true, payments: true } },
        employments: { include: { company: { select: { npp: true, name: true } } } },
        projectWork: { include: { project: { select: { name: true, contractValue: true } } } },
        reviews: { select: { reason: true, status: true, decisionNote: true, createdAt: true, decidedAt: true } },
      },
    });
    if (!participant) return null;
    // Who did what to this record, without the staff's own details.
    const history = await tx.auditLog.findMany({
      where: { entity: "Participant", entityId: participantId },
      orderBy: { at: "asc" },
      select: { at: true, action: true, actorRole: true },
    });
    // The participant's own money account: its movements, and the credit it holds (whole rupiah).
    const account = { type: "PARTICIPANT" as const, id: participantId };
    const [ledger, creditBalanceRupiah] = await Promise.all([
      tx.ledgerEntry.findMany({
        where: { accountType: account.type, accountId: account.id },
        orderBy: { id: "asc" },
        select: { kind: true, billId: true, paymentId: true, debit: true, credit: true, createdAt: true },
      }),
      creditBalance(tx, account),
    ]);
    await recordAudit(tx, actor, { action: "participant.data_export", entity: "Participant", entityId: participantId });
    return {
      format: `lindung-data-peserta/v${DATA_EXPORT_VERSION}`,
      exportedAt: new Date().toISOString(),
      participant,
      creditBalance: creditBalanceRupiah,
      ledger,
      history,
    };
  });
}

/** JSON with BigInt money as plain integers. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? Number(v) : v), 2);
}
