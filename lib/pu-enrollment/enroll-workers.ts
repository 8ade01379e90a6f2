import { formatKpj } from "../domain/kpj";
import { currentPeriod, dateColumn, periodStartDate } from "../domain/billing-period";
import { CONTACT_COLUMNS, recipient } from "../messages/notify";
import { queueMessages } from "../messages/outbox";
import { isOwnScope, type ClientScope } from "../auth/scope";
import type { Channel } from "../db/generated/enums";
import type { Program } from "../domain/programs";
import type { Tx } from "../db/prisma";
import { insertEmployments, insertParticipants, type NewParticipant } from "../db/bulk";
import { takeNumbers } from "../db/sequences";
import type { ProjectWorker, WorkerRow } from "./worker-row";

/** New participants' rows for a bulk insert, numbered from the first KPJ of a block taken for them. */
function withKpjNumbers(rows: ProjectWorker[], firstKpj: bigint): NewParticipant[] {
  return rows.map((row, i) => ({
    kpj: formatKpj(firstKpj + BigInt(i)),
    nik: row.nik,
    name: row.name,
    birthPlace: row.birthPlace ?? null,
    birthDate: row.birthDate,
    gender: row.gender,
    phone: row.phone ?? null,
  }));
}

/** Creates participants for `rows` (none registered yet): one block of KPJ numbers, one insert. */
export async function createParticipants(
  tx: Tx,
  shared: Parameters<typeof insertParticipants>[1],
  rows: ProjectWorker[],
): Promise<{ id: string; nik: string }[]> {
  if (rows.length === 0) return [];
  const first = await takeNumbers(tx, "KPJ", rows.length);
  return insertParticipants(tx, shared, withKpjNumbers(rows, first));
}

/**
 * The channel of workers added to a client: the owner or manager adding their own is not a BJB officer's enrollment
 * (the dashboards and BJB's performance figures count the two apart).
 */
export const enrollingChannel = (scope: ClientScope): Channel => (isOwnScope(scope) ? "EMPLOYER" : "BANK_OFFICER");

export type WorkerOutcome = "new" | "link" | "skip";

const CHUNK = 5_000;

/**
 * What enrolling these NIKs at this company would do: a new participant, a
 * link of an existing participant (new employment), or nothing because they
 * already work here. Asking again after saving answers "skip" for everyone,
 * which is what makes a re-upload add nobody twice.
 */
export async function classifyWorkers(tx: Tx, companyId: string, niks: string[]): Promise<Map<string, WorkerOutcome>> {
  const outcome = new Map<string, WorkerOutcome>(niks.map((nik) => [nik, "new"]));
  for (let i = 0; i < niks.length; i += CHUNK) {
    const existing = await tx.participant.findMany({
      where: { nik: { in: niks.slice(i, i + CHUNK) } },
      select: { nik: true, employments: { where: { companyId, endDate: null }, select: { id: true } } },
    });
    for (const p of existing) outcome.set(p.nik, p.employments.length ? "skip" : "link");
  }
  return outcome;
}

/**
 * PU over BPU (docs/domain.md, "PU over BPU"): a BPU participant an employer
 * enrolls is PU from now on, so the BPU billing run passes them by; they are told.
 */
async function startPuCover(tx: Tx, companyId: string, participantIds: string[]) {
  if (participantIds.length === 0) return;
  await tx.participant.updateMany({ where: { id: { in: participantIds } }, data: { category: "PU" } });
  const [company, people] = await Promise.all([
    tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { name: true } }),
    tx.participant.findMany({ where: { id: { in: participantIds } }, select: CONTACT_COLUMNS }),
  ]);
  const now = new Date();
  await queueMessages(
    tx,
    people.map((person) => ({
      template: "puCoverStarted" as const,
      about: `${person.id}:${companyId}`,
      ...recipient(person),
      params: { company: company.name, month: dateColumn(periodStartDate(currentPeriod(now))) },
    })),
    now,
  );
}

/**
 * Enrolls PU workers at a company inside the caller's transaction: new
 * participants get KPJ numbers from one block, everyone gets an employment.
 * Returns how many of each outcome.
 */
export async function enrollWorkers(
  tx: Tx,
  input: {
    companyId: string;
    branchId: string | null;
    enrolledById: string | null;
    channel: Channel;
    regencyCode: string;
    /** The programs the company's scale makes its workers join. */
    programs: Program[];
    rows: WorkerRow[];
  },
) {
  const byNik = new Map(input.rows.map((row) => [row.nik, row]));
  const outcome = await classifyWorkers(tx, input.companyId, [...byNik.keys()]);
  const fresh = [...byNik.values()].filter((row) => outcome.get(row.nik) === "new");
  const linkNiks = [...byNik.keys()].filter((nik) => outcome.get(nik) === "link");

  const created = await createParticipants(tx, { ...input, category: "PU" }, fresh);
  const linked = linkNiks.length
    ? await tx.participant.findMany({ where: { nik: { in: linkNiks } }, select: { id: true, nik: true, category: true } })
    : [];
  await startPuCover(
    tx,
    input.companyId,
    linked.filter((p) => p.category === "BPU").map((p) => p.id),
  );
  const employed = [...created, ...linked];
  if (employed.length) {
    await insertEmployments(
      tx,
      input.companyId,
      employed.map((p) => {
        const row = byNik.get(p.nik)!;
        return { participantId: p.id, monthlyWage: row.wage, startDate: row.startDate };
      }),
    );
  }
  return {
    created: created.length,
    linked: linked.length,
    skipped: input.rows.length - created.length - linked.length,
    createdIds: created.map((p) => p.id),
    /** Per NIK: what happened to that worker. */
    outcomes: outcome,
  };
}
