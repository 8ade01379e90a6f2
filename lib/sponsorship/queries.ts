// What a sponsor's operator reads: a programme of their sponsor, and the
// people it pays for. Another sponsor's programme is simply not found.
import { z } from "zod";
import type { SponsorScope } from "../auth/scope";
import type { Db } from "../db/prisma";
import { readProgramme } from "./beneficiaries";

const ofSponsor = (scope: SponsorScope) => (scope.sponsorId ? { sponsorId: scope.sponsorId } : {});

/** The programme `id` if the scope reaches it, with its sponsor's name; null otherwise (or for an id that is none). */
export async function findProgramme(db: Db, scope: SponsorScope, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const found = await db.sponsorProgramme.findFirst({
    where: { id, ...ofSponsor(scope) },
    select: { id: true, sponsor: { select: { name: true } } },
  });
  return found && { ...(await readProgramme(db, found.id)), sponsorName: found.sponsor.name };
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
