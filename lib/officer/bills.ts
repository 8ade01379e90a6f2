import { z } from "zod";
import { type BranchScope } from "../auth/scope";
import type { Db } from "../db/prisma";

/** A bill of one of the branch's clients (a company's, or an owner's/worker's enrolled by the branch). */
export function findBranchBill(database: Db, scope: BranchScope, billId: string) {
  if (!z.uuid().safeParse(billId).success) return Promise.resolve(null);
  const inScope = scope.branchId
    ? {
        OR: [
          { company: { branchId: scope.branchId } },
          { participant: { branchId: scope.branchId } },
          { project: { branchId: scope.branchId } },
        ],
      }
    : {};
  return database.bill.findFirst({
    where: { id: billId, ...inScope },
    include: {
      company: { select: { name: true, npp: true, address: true } },
      participant: { select: { name: true, kpj: true } },
      project: { select: { name: true } },
    },
  });
}

/** A bill's amounts per program, summed in the database: a company bill has a line per worker and program. */
export async function billTotalsByProgram(database: Db, billId: string) {
  const rows = await database.billLine.groupBy({
    by: ["program"],
    where: { billId },
    _sum: { employerAmount: true, workerAmount: true, amount: true },
    orderBy: { program: "asc" },
  });
  return rows.map((r) => ({
    program: r.program,
    employer: r._sum.employerAmount ?? 0,
    worker: r._sum.workerAmount ?? 0,
    amount: r._sum.amount ?? 0,
  }));
}

/** The client's latest bills, newest first. */
export function clientBills(database: Db, companyId: string) {
  return database.bill.findMany({
    where: { companyId },
    orderBy: { periodStart: "desc" },
    take: 6,
    select: {
      id: true,
      periodStart: true,
      total: true,
      fineAmount: true,
      paidAmount: true,
      status: true,
      dueDate: true,
      virtualAccount: true,
    },
  });
}
