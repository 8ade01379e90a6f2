// What a sponsor's operator reads: a programme of their sponsor, and the
// people it pays for. Another sponsor's programme is simply not found.
import { z } from "zod";
import { inSponsor, type SponsorScope } from "../auth/scope";
import type { Db } from "../db/prisma";
import { withPeriods } from "./beneficiaries";

/** The programme `id` if the scope reaches it, with its sponsor's name; null otherwise (or for an id that is none). */
export async function findProgramme(db: Db, scope: SponsorScope, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const found = await db.sponsorProgramme.findFirst({
    where: { id, ...inSponsor(scope) },
    include: { sponsor: { select: { name: true } } },
  });
  return found && { ...withPeriods(found), sponsorName: found.sponsor.name };
}

export const BENEFICIARIES_SHOWN = 100;

/** The people a programme pays for, newest first, with a search by name, NIK or KPJ; and how many in all. */
export async function programmeBeneficiaries(db: Db, programmeId: string, q?: string) {
  const search = q?.trim();
  const where = {
    programmeId,
    ...(search && {
      participant: {
        OR: [
          { name: { contains: search, mode: "insensitive" as const } },
          { nik: { startsWith: search } },
          { kpj: { startsWith: search } },
        ],
      },
    }),
  };
  const [rows, total] = await Promise.all([
    db.sponsorship.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: BENEFICIARIES_SHOWN,
      select: {
        id: true,
        fromPeriod: true,
        toPeriod: true,
        committed: true,
        participant: { select: { name: true, kpj: true, regencyCode: true, status: true, channel: true } },
      },
    }),
    db.sponsorship.count({ where }),
  ]);
  return { rows, total };
}

export type ProgrammeBill = {
  id: string;
  periodStart: Date;
  total: bigint;
  paidAmount: bigint;
  status: "UNPAID" | "PARTIALLY_PAID" | "PAID" | "OVERDUE";
  dueDate: Date;
  virtualAccount: string;
  people: number;
};

/** A programme's collective bills, newest month first, with how many people each pays for. */
export function programmeBills(db: Db, programmeId: string, take = 24) {
  return db.$queryRaw<ProgrammeBill[]>`
    SELECT b."id", b."periodStart", b."total", b."paidAmount", b."status", b."dueDate", b."virtualAccount",
      (SELECT count(DISTINCT l."participantId") FROM "BillLine" l WHERE l."billId" = b."id")::int AS "people"
    FROM "Bill" b WHERE b."programmeId" = ${programmeId}::uuid
    ORDER BY b."periodStart" DESC LIMIT ${take}`;
}

export const BILL_PEOPLE_SHOWN = 500;

/** One collective bill of a programme the scope reaches, itemised per person (the first BILL_PEOPLE_SHOWN); null otherwise. */
export async function findProgrammeBill(db: Db, scope: SponsorScope, billId: string) {
  if (!z.uuid().safeParse(billId).success) return null;
  const bill = await db.bill.findFirst({
    where: { id: billId, programmeId: { not: null }, programme: inSponsor(scope) },
    include: { programme: { select: { id: true, name: true, sponsor: { select: { name: true } } } } },
  });
  if (!bill) return null;
  const people = await db.$queryRaw<{ name: string; kpj: string; programs: string[]; amount: bigint; relief: bigint }[]>`
    SELECT p."name", p."kpj", array_agg(l."program"::text ORDER BY l."program") AS "programs",
      sum(l."amount")::bigint AS "amount", sum(l."reliefAmount")::bigint AS "relief"
    FROM "BillLine" l JOIN "Participant" p ON p."id" = l."participantId"
    WHERE l."billId" = ${bill.id}::uuid
    GROUP BY p."id", p."name", p."kpj" ORDER BY p."name", p."kpj" LIMIT ${BILL_PEOPLE_SHOWN}`;
  return { ...bill, people };
}
