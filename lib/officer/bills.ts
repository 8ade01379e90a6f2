import { z } from "zod";
import { type BranchScope } from "../auth/scope";
import type { Db } from "../db/prisma";

/** A bill of one of the branch's clients (a company's, or an owner's/worker's enrolled by the branch). */
export function findBranchBill(database: Db, scope: BranchScope, billId: string) {
  if (!z.uuid().safeParse(billId).success) return Promise.resolve(null);
  const inScope = scope.branchId
    ? { OR: [{ company: { branchId: scope.branchId } }, { participant: { branchId: scope.branchId } }, { project: { branchId: scope.branchId } }] }
    : {};
  return database.bill.findFirst({
    where: { id: billId, ...inScope },
    include: {
      lines: { orderBy: { program: "asc" } },
      company: { select: { name: true, npp: true, address: true } },
      participant: { select: { name: true, kpj: true } },
      project: { select: { name: true } },
    },
  });
}

/** The client's latest bills, newest first. */
export function clientBills(database: Db, companyId: string) {
  return database.bill.findMany({
    where: { companyId },
    orderBy: { periodStart: "desc" },
    take: 6,
    select: { id: true, periodStart: true, total: true, fineAmount: true, paidAmount: true, status: true, dueDate: true },
  });
}
