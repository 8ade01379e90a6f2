// A client's workers for its page (issue 14): searched by name, NIK or KPJ,
// filtered by whether they still work there, a page at a time. Ended
// employments and deceased workers stay findable with their date and reason.
import { z } from "zod";
import type { Prisma } from "../db/generated/client";
import { currentPeriod } from "../domain/billing-period";
import type { Db } from "../db/prisma";

export const WORKERS_PAGE_SIZE = 50;
export const WORKER_VIEWS = ["active", "ended", "all"] as const;

export const workerFiltersSchema = z.object({
  cari: z.string().trim().max(60).optional().catch(undefined),
  pekerja: z.enum(WORKER_VIEWS).catch("active").default("active"),
  // Keyset cursor: the id of the last row shown (employment ids are UUIDv7: in creation order).
  setelah: z.uuid().optional().catch(undefined),
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
  if (filters.setelah) where.push({ id: { gt: filters.setelah } });
  return { AND: where };
}

/** One page of a client's workers (the client already found in the officer's scope), with the wage in force this month. */
export async function clientWorkers(database: Db, companyId: string, filters: WorkerFilters, now: Date = new Date()) {
  const period = currentPeriod(now);
  const rows = await database.employment.findMany({
    where: workersWhere(companyId, filters),
    orderBy: { id: "asc" },
    take: WORKERS_PAGE_SIZE + 1,
    include: {
      wageChanges: { where: { fromPeriod: { lte: period } }, orderBy: { fromPeriod: "desc" }, take: 1, select: { monthlyWage: true } },
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
    wage: wageChanges[0]?.monthlyWage ?? employment.monthlyWage,
  }));
  return { workers: page, next: rows.length > WORKERS_PAGE_SIZE ? page.at(-1)!.id : undefined };
}

export type ClientWorker = Awaited<ReturnType<typeof clientWorkers>>["workers"][number];
