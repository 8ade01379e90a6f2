// Putting participants under a sponsor's programme (issue 16): all or nothing.
// Every person is checked against the programme's eligibility and the
// one-payer rule, then the budget is checked for the whole list; any problem
// answers per person and saves nobody. The programme's row is locked while
// its budget is counted, so two uploads to one programme cannot both spend
// its last rupiah; the one-payer rule is a primary key (SponsoredMonth), so
// two programmes cannot pay one month even when their uploads meet.
import { v7 as uuidv7 } from "uuid";
import { recordAudit, type AuditActor } from "../audit/record";
import { isPeriod, periodStartDate, type Period } from "../domain/billing-period";
import { OCCUPATIONS, type Occupation } from "../domain/occupations";
import { ineligibility, monthlyCost, sponsoredMonths, type IneligibleReason } from "../domain/sponsorship";
import type { Tx } from "../db/prisma";

export type BeneficiaryProblem =
  | { participantId: string; problem: "ineligible"; reasons: IneligibleReason[] }
  /** Another programme pays (some of) these months already: the "refused with the name of the first". */
  | { participantId: string; problem: "otherPayer"; sponsor: string; programme: string; months: Period[] }
  | { participantId: string; problem: "notFound" | "notActive" };

export type SponsorOutcome =
  | { ok: true; added: number; skipped: number; committed: number; used: number; remaining: number }
  | { ok: false; problems: BeneficiaryProblem[] }
  | { ok: false; overBudget: { needed: number; remaining: number } }
  | { ok: false; noMonths: true };

const asOccupation = (value: string | null): Occupation | null =>
  value && (OCCUPATIONS as readonly string[]).includes(value) ? (value as Occupation) : null;

/** What a programme has promised so far, whole rupiah. */
export async function budgetUsed(tx: Tx, programmeId: string): Promise<number> {
  const sum = await tx.sponsorship.aggregate({ where: { programmeId }, _sum: { committed: true } });
  return Number(sum._sum.committed ?? 0n);
}

export async function sponsorParticipants(
  tx: Tx,
  input: { programmeId: string; participantIds: string[]; from: Period },
  actor: AuditActor,
): Promise<SponsorOutcome> {
  // One upload at a time per programme: its budget is counted and spent under this lock.
  await tx.$queryRaw`SELECT id FROM "SponsorProgramme" WHERE id = ${input.programmeId}::uuid FOR UPDATE`;
  const programme = await tx.sponsorProgramme.findUniqueOrThrow({ where: { id: input.programmeId } });
  if (!isPeriod(programme.fromPeriod) || !isPeriod(programme.toPeriod)) throw new Error(`programme ${programme.id} has no valid months`);
  const months = sponsoredMonths({ fromPeriod: programme.fromPeriod, toPeriod: programme.toPeriod }, input.from);
  if (months.length === 0) return { ok: false, noMonths: true };
  const firstDay = periodStartDate(months[0]!);
  const ids = [...new Set(input.participantIds)];

  const people = await tx.participant.findMany({
    where: { id: { in: ids } },
    select: { id: true, category: true, regencyCode: true, occupation: true, birthDate: true, status: true },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const eligibility = {
    regencyCodes: programme.regencyCodes,
    occupations: programme.occupations.flatMap((o) => asOccupation(o) ?? []),
    minAge: programme.minAge,
    maxAge: programme.maxAge,
  };
  // Already under this programme: the same list sent again adds nobody twice (and is no error).
  const already = new Set(
    (
      await tx.sponsorship.findMany({ where: { programmeId: programme.id, participantId: { in: ids } }, select: { participantId: true } })
    ).map((s) => s.participantId),
  );
  const paid = await tx.sponsoredMonth.findMany({
    where: { participantId: { in: ids }, period: { in: months } },
    orderBy: { period: "asc" },
    select: {
      participantId: true,
      period: true,
      sponsorship: { select: { programme: { select: { id: true, name: true, sponsor: { select: { name: true } } } } } },
    },
  });

  const problems: BeneficiaryProblem[] = [];
  for (const participantId of ids) {
    if (already.has(participantId)) continue;
    const person = byId.get(participantId);
    if (!person) {
      problems.push({ participantId, problem: "notFound" });
      continue;
    }
    // Cover that ended (deceased, rejected) is not sponsored back to life.
    if (person.status === "DECEASED" || person.status === "REJECTED") {
      problems.push({ participantId, problem: "notActive" });
      continue;
    }
    const reasons = ineligibility(
      eligibility,
      {
        category: person.category,
        regencyCode: person.regencyCode,
        occupation: asOccupation(person.occupation),
        birthDate: person.birthDate.toISOString().slice(0, 10),
      },
      firstDay,
    );
    if (reasons.length) {
      problems.push({ participantId, problem: "ineligible", reasons });
      continue;
    }
    const taken = paid.filter((row) => row.participantId === participantId);
    if (taken.length) {
      const first = taken[0]!.sponsorship.programme;
      problems.push({
        participantId,
        problem: "otherPayer",
        sponsor: first.sponsor.name,
        programme: first.name,
        months: taken.map((row) => row.period as Period),
      });
    }
  }
  if (problems.length) return { ok: false, problems };

  const costs = people
    .filter((person) => !already.has(person.id))
    .map((person) => ({
      person,
      committed: months.reduce((sum, period) => sum + monthlyCost(programme, asOccupation(person.occupation), period), 0),
    }));
  const needed = costs.reduce((sum, cost) => sum + cost.committed, 0);
  const used = await budgetUsed(tx, programme.id);
  const remaining = Number(programme.ceiling) - used;
  if (needed > remaining) return { ok: false, overBudget: { needed, remaining } };

  // Two statements for the whole list (a province's list is thousands of people), ids made here to link the months.
  const rows = costs.map(({ person, committed }) => ({ id: uuidv7(), participantId: person.id, committed: BigInt(committed) }));
  await tx.sponsorship.createMany({
    data: rows.map((row) => ({
      ...row,
      programmeId: programme.id,
      fromPeriod: months[0]!,
      toPeriod: months.at(-1)!,
      createdById: actor.userId ?? null,
    })),
  });
  await tx.sponsoredMonth.createMany({
    data: rows.flatMap((row) => months.map((period) => ({ participantId: row.participantId, period, sponsorshipId: row.id }))),
  });
  await recordAudit(tx, actor, {
    action: "sponsorship.added",
    entity: "SponsorProgramme",
    entityId: programme.id,
    after: { participants: costs.length, from: months[0]!, to: months.at(-1)!, committed: needed },
  });
  return { ok: true, added: costs.length, skipped: already.size, committed: needed, used: used + needed, remaining: remaining - needed };
}
