// Putting people under a sponsor's programme (issue 16): all or nothing.
// Every person is checked against the programme's eligibility and the
// one-payer rule, then the budget is checked for the whole list; any problem
// answers per person and saves nobody. The programme's row is locked while
// its budget is counted, so two uploads to one programme cannot both spend
// its last rupiah; the one-payer rule is a primary key (SponsoredMonth), so
// two programmes cannot pay one month even when their uploads meet.
import { v7 as uuidv7 } from "uuid";
import { recordAudit, type AuditActor } from "../audit/record";
import { addMonths, isoDate, isPeriod, periodOf, periodStartDate, type Period } from "../domain/billing-period";
import { registeredTerms, termsInForce } from "../domain/bpu-terms";
import { OCCUPATIONS, type Occupation } from "../domain/occupations";
import { ineligibility, monthlyCost, sponsoredMonths, type Candidate, type IneligibleReason } from "../domain/sponsorship";
import type { ParticipantStatus } from "../db/generated/enums";
import { BPU_TERMS_COLUMNS } from "../db/bpu-terms-columns";
import type { Tx } from "../db/prisma";
import { notifySponsored } from "../messages/notify";

/** A person on a list: `key` is how the caller names them (a participant's id, or a sheet row's NIK). */
export interface Beneficiary {
  key: string;
  participantId: string | null;
  status: ParticipantStatus | null;
  candidate: Candidate;
  /** The first month a sponsor may pay: the months the participant's own bills cover stay theirs. */
  notBefore: Period | null;
}

export type BeneficiaryProblem =
  | { key: string; problem: "ineligible"; reasons: IneligibleReason[] }
  /** Another programme pays (some of) these months already: the "refused with the name of the first". */
  | { key: string; problem: "otherPayer"; sponsor: string; programme: string; months: Period[] }
  | { key: string; problem: "notFound" | "notActive" | "noMonths" };

/** What a person's sponsorship would be: its months and what they cost the programme. */
export interface Plan {
  key: string;
  participantId: string | null;
  months: Period[];
  committed: number;
  /** Where they live as the programme takes them in (eligibility was checked on it). */
  regencyCode: string;
}

export type Assessment =
  | { ok: true; plans: Plan[]; skipped: string[]; needed: number; used: number; remaining: number }
  | { ok: false; problems: BeneficiaryProblem[] }
  | { ok: false; overBudget: { needed: number; remaining: number } };

export type SponsorOutcome =
  { ok: true; added: number; skipped: number; committed: number; used: number; remaining: number } | Exclude<Assessment, { ok: true }>;

export const asOccupation = (value: string | null | undefined): Occupation | null =>
  value && (OCCUPATIONS as readonly string[]).includes(value) ? (value as Occupation) : null;

/** What a programme has promised so far, whole rupiah. */
export async function budgetUsed(tx: Tx, programmeId: string): Promise<number> {
  const sum = await tx.sponsorship.aggregate({ where: { programmeId }, _sum: { committed: true } });
  return Number(sum._sum.committed ?? 0n);
}

/** A programme with its months as periods. */
export async function readProgramme(tx: Tx, programmeId: string) {
  return withPeriods(await tx.sponsorProgramme.findUniqueOrThrow({ where: { id: programmeId } }));
}

/** A programme row with its first and last months typed as periods (the create action let only periods in). */
export function withPeriods<P extends { id: string; fromPeriod: string; toPeriod: string }>(programme: P) {
  if (!isPeriod(programme.fromPeriod) || !isPeriod(programme.toPeriod)) throw new Error(`programme ${programme.id} has no valid months`);
  return { ...programme, fromPeriod: programme.fromPeriod, toPeriod: programme.toPeriod };
}
export type LockedProgramme = Awaited<ReturnType<typeof readProgramme>>;

/** The programme, locked: one upload at a time per programme, its budget counted and spent under this lock. */
export async function lockProgramme(tx: Tx, programmeId: string) {
  await tx.$queryRaw`SELECT id FROM "SponsorProgramme" WHERE id = ${programmeId}::uuid FOR UPDATE`;
  return readProgramme(tx, programmeId);
}

/** Registered participants as beneficiaries: their record decides, and their own billed months come first. */
export async function registeredBeneficiaries(tx: Tx, participantIds: string[]): Promise<Beneficiary[]> {
  const people = await tx.participant.findMany({
    where: { id: { in: participantIds } },
    select: {
      id: true,
      category: true,
      regencyCode: true,
      occupation: true,
      birthDate: true,
      status: true,
      bills: { where: { category: "BPU" }, orderBy: { periodStart: "desc" }, take: 1, select: { periodStart: true, periodMonths: true } },
    },
  });
  return people.map((person) => {
    const last = person.bills[0];
    return {
      key: person.id,
      participantId: person.id,
      status: person.status,
      candidate: {
        category: person.category,
        regencyCode: person.regencyCode,
        occupation: asOccupation(person.occupation),
        birthDate: isoDate(person.birthDate),
      },
      notBefore: last ? addMonths(periodOf(isoDate(last.periodStart)), last.periodMonths) : null,
    };
  });
}

/**
 * Who of `people` the programme can pay from `from`, and what it costs: problems per person, or the budget short,
 * or the plans. Writes nothing; the caller holds the programme's lock when it goes on to save.
 */
export async function assessBeneficiaries(tx: Tx, programme: LockedProgramme, people: Beneficiary[], from: Period): Promise<Assessment> {
  const ids = people.flatMap((p) => p.participantId ?? []);
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
    where: {
      participantId: { in: ids },
      period: { gte: from < programme.fromPeriod ? programme.fromPeriod : from, lte: programme.toPeriod },
    },
    orderBy: { period: "asc" },
    select: {
      participantId: true,
      period: true,
      sponsorship: { select: { programme: { select: { id: true, name: true, sponsor: { select: { name: true } } } } } },
    },
  });

  // Per person, once: a province's list is thousands of people, each looked up below.
  const paidOf = new Map<string, typeof paid>();
  for (const row of paid) {
    const rows = paidOf.get(row.participantId);
    if (rows) rows.push(row);
    else paidOf.set(row.participantId, [row]);
  }

  const problems: BeneficiaryProblem[] = [];
  const plans: Plan[] = [];
  const skipped: string[] = [];
  for (const person of people) {
    if (person.participantId && already.has(person.participantId)) {
      skipped.push(person.key);
      continue;
    }
    // Cover that ended (deceased, rejected) is not sponsored back to life.
    if (person.status === "DECEASED" || person.status === "REJECTED") {
      problems.push({ key: person.key, problem: "notActive" });
      continue;
    }
    const start = person.notBefore && person.notBefore > from ? person.notBefore : from;
    const months = sponsoredMonths(programme, start);
    if (months.length === 0) {
      problems.push({ key: person.key, problem: "noMonths" });
      continue;
    }
    const reasons = ineligibility(eligibility, person.candidate, periodStartDate(months[0]!));
    if (reasons.length) {
      problems.push({ key: person.key, problem: "ineligible", reasons });
      continue;
    }
    const taken = (person.participantId ? (paidOf.get(person.participantId) ?? []) : []).filter((row) =>
      months.includes(row.period as Period),
    );
    if (taken.length) {
      const first = taken[0]!.sponsorship.programme;
      const months = taken.map((row) => row.period as Period);
      problems.push({ key: person.key, problem: "otherPayer", sponsor: first.sponsor.name, programme: first.name, months });
      continue;
    }
    const committed = months.reduce((sum, period) => sum + monthlyCost(programme, person.candidate.occupation, period), 0);
    plans.push({ key: person.key, participantId: person.participantId, months, committed, regencyCode: person.candidate.regencyCode });
  }
  if (problems.length) return { ok: false, problems };
  const needed = plans.reduce((sum, plan) => sum + plan.committed, 0);
  const used = await budgetUsed(tx, programme.id);
  const remaining = Number(programme.ceiling) - used;
  if (needed > remaining) return { ok: false, overBudget: { needed, remaining } };
  return { ok: true, plans, skipped, needed, used, remaining };
}

/**
 * Registered participants under a programme from `from`, all or none. Each one's own BPU cycles start again the
 * month after the sponsorship (a terms row from then), so cover goes on without a gap if they keep paying.
 */
export async function sponsorParticipants(
  tx: Tx,
  input: { programmeId: string; participantIds: string[]; from: Period },
  actor: AuditActor,
  now: Date = new Date(),
): Promise<SponsorOutcome> {
  const programme = await lockProgramme(tx, input.programmeId);
  const ids = [...new Set(input.participantIds)];
  const people = await registeredBeneficiaries(tx, ids);
  const found = new Set(people.map((p) => p.key));
  const missing: BeneficiaryProblem[] = ids.filter((id) => !found.has(id)).map((key) => ({ key, problem: "notFound" }));
  const assessment = await assessBeneficiaries(tx, programme, people, input.from);
  if (!assessment.ok) {
    return "problems" in assessment ? { ok: false, problems: [...assessment.problems, ...missing] } : assessment;
  }
  if (missing.length) return { ok: false, problems: missing };
  const { plans, needed, used, remaining } = assessment;

  // Three statements for the whole list (a province's list is thousands of people), ids made here to link the months.
  const rows = plans.map((plan) => ({ ...plan, id: uuidv7(), participantId: plan.participantId! }));
  await tx.sponsorship.createMany({
    data: rows.map((row) => ({
      id: row.id,
      participantId: row.participantId,
      programmeId: programme.id,
      fromPeriod: row.months[0]!,
      toPeriod: row.months.at(-1)!,
      committed: BigInt(row.committed),
      regencyCode: row.regencyCode,
      createdById: actor.userId ?? null,
    })),
  });
  await tx.sponsoredMonth.createMany({
    data: rows.flatMap((row) =>
      row.months.map((period) => ({ participantId: row.participantId, period, sponsorshipId: row.id, regencyCode: row.regencyCode })),
    ),
  });
  await resumeOwnCycles(tx, rows);
  const sponsor = await tx.sponsor.findUniqueOrThrow({ where: { id: programme.sponsorId }, select: { name: true } });
  await notifySponsored(
    tx,
    rows.map((row) => ({ id: row.id, participantId: row.participantId, from: row.months[0]!, to: row.months.at(-1)! })),
    sponsor.name,
    now,
  );
  const range = { from: rows.map((r) => r.months[0]!).sort()[0] ?? null, to: rows.length ? programme.toPeriod : null };
  await recordAudit(tx, actor, {
    action: "sponsorship.added",
    entity: "SponsorProgramme",
    entityId: programme.id,
    after: { participants: rows.length, ...range, committed: needed },
  });
  return {
    ok: true,
    added: rows.length,
    skipped: assessment.skipped.length,
    committed: needed,
    used: used + needed,
    remaining: remaining - needed,
  };
}

/** The participant's own terms again from the month after the sponsorship: their cycles count from there. */
async function resumeOwnCycles(tx: Tx, rows: { participantId: string; months: Period[] }[]) {
  if (rows.length === 0) return;
  const people = await tx.participant.findMany({
    where: { id: { in: rows.map((r) => r.participantId) } },
    select: { id: true, ...BPU_TERMS_COLUMNS },
  });
  const lastMonth = new Map(rows.map((r) => [r.participantId, r.months.at(-1)!]));
  const resumed = people.flatMap((person) => {
    const after = addMonths(lastMonth.get(person.id)!, 1);
    const terms = termsInForce(registeredTerms(person), person.bpuTerms, after);
    return terms ? [{ participantId: person.id, fromPeriod: after, declaredIncome: terms.income, paymentPeriodMonths: terms.months }] : [];
  });
  await tx.bpuTerms.createMany({ data: resumed, skipDuplicates: true });
}
