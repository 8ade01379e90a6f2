// A client's workers for its page (issue 14): searched by name, NIK or KPJ,
// filtered by whether they still work there, a page at a time. Ended
// employments and deceased workers stay findable with their date and reason.
import { z } from "zod";
import type { Prisma } from "../db/generated/client";
import { puBillingKey } from "../billing/pu";
import { addMonths, currentPeriod, type Period } from "../domain/billing-period";
import type { Db } from "../db/prisma";
import { nameCursor } from "./clients";
import { searchField } from "../validation/person";

export const WORKERS_PAGE_SIZE = 50;
export const WORKER_VIEWS = ["active", "ended", "all"] as const;

export const workerFiltersSchema = z.object({
  cari: searchField(60),
  pekerja: z.enum(WORKER_VIEWS).catch("active").default("active"),
  // Keyset cursor: the worker's name and the employment id of the last row shown (nameCursor).
  setelah: z.string().max(300).optional().catch(undefined),
});
export type WorkerFilters = z.output<typeof workerFiltersSchema>;

function workersWhere(companyId: string, filters: WorkerFilters): Prisma.EmploymentWhereInput {
  const where: Prisma.EmploymentWhereInput[] = [{ companyId }];
  if (filters.pekerja === "active") where.push({ endDate: null });
  if (filters.pekerja === "ended") where.push({ endDate: { not: null } });
  const q = filters.cari;
  if (q) {
    const digits = q.replace(/\D/g, "");
    where.push({
      participant: {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          ...(digits.length === 16 ? [{ nik: digits }] : []),
          ...(digits.length === 11 ? [{ kpj: digits }] : []),
        ],
      },
    });
  }
  const after = nameCursor.decode(filters.setelah);
  if (after)
    where.push({ OR: [{ participant: { name: { gt: after.name } } }, { participant: { name: after.name }, id: { gt: after.id } }] });
  return { AND: where };
}

/** One page of a client's workers (the client already found in the officer's scope), with the wage in force this month. */
export async function clientWorkers(database: Db, companyId: string, filters: WorkerFilters, now: Date = new Date()) {
  const period = currentPeriod(now);
  const rows = await database.employment.findMany({
    where: workersWhere(companyId, filters),
    // By name, as the officer looks for people; the id keeps equal names in a stable order.
    orderBy: [{ participant: { name: "asc" } }, { id: "asc" }],
    take: WORKERS_PAGE_SIZE + 1,
    include: {
      // The wage in force this month (the latest change up to now), and the next one waiting for its month.
      wageChanges: { orderBy: { fromPeriod: "desc" }, select: { fromPeriod: true, monthlyWage: true } },
      participant: {
        select: {
          id: true,
          name: true,
          nik: true,
          kpj: true,
          status: true,
          category: true,
          birthDate: true,
          diedOn: true,
          // Why a rejected registration was rejected.
          reviews: { where: { status: "REJECTED" }, orderBy: { decidedAt: "desc" }, take: 1, select: { decisionNote: true } },
          // The officer sees whom a worker named (issue 14): names and relationships, not their numbers.
          heirs: { select: { name: true, relationship: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  const page = rows.slice(0, WORKERS_PAGE_SIZE).map(({ wageChanges, ...employment }) => ({
    ...employment,
    wage: wageChanges.find((change) => change.fromPeriod <= period)?.monthlyWage ?? employment.monthlyWage,
    nextWage: wageChanges.filter((change) => change.fromPeriod > period).at(-1) ?? null,
  }));
  const last = page.at(-1);
  return {
    workers: page,
    next: rows.length > WORKERS_PAGE_SIZE && last ? nameCursor.encode({ name: last.participant.name, id: last.id }) : undefined,
  };
}

export type ClientWorker = Awaited<ReturnType<typeof clientWorkers>>["workers"][number];

/** The first month a wage change can start at this company: this month, or the next one once this month is billed. */
export async function firstWageMonth(database: Db, companyId: string, now: Date = new Date()): Promise<Period> {
  const period = currentPeriod(now);
  const billed = await database.bill.findUnique({ where: { billingKey: puBillingKey(companyId, period) }, select: { id: true } });
  return billed ? addMonths(period, 1) : period;
}
