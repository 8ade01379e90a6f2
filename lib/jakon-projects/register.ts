// A contractor's construction project and its workers (Jasa Konstruksi):
// covered for the project's duration, JKK + JKM from the contract value.
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { branchScope, inBranch, type BranchScope } from "../auth/scope";
import type { Db, Tx } from "../db/prisma";
import { dateColumn } from "../domain/billing-period";
import { calculateJakonContribution } from "../domain/contributions/jakon";
import { periodOf } from "../domain/billing-period";
import { FieldConflict } from "../failures";
import { createParticipants } from "../pu-enrollment/enroll-workers";
import { projectSchema, type ProjectForm } from "./schema";

/** An officer registers a client's construction project and its workers (/bank/proyek/baru). */
export const projectRegistration = defineAction({
  permission: "project.register",
  input: projectSchema,
  handler: async (form, { tx, access, actor }) => {
    const { projectId, workers } = await registerProject(tx, branchScope(access), form, actor);
    return { projectId, workers };
  },
  redirect: ({ workers }) => `/bank/proyek?baru=${workers}`,
});

/** The project, its new and known workers and an audit row, in the caller's transaction. */
export async function registerProject(tx: Tx, scope: BranchScope, form: ProjectForm, officer: AuditActor) {
  const { workers } = form;
  // Billed by the tiers in force in the project's first month (lib/billing/jakon.ts).
  const contribution = calculateJakonContribution({ contractValue: form.contractValue, period: periodOf(form.startDate) });
  if (!contribution.ok) throw new Error(`schema let through a contract value: ${contribution.error}`);
  // Another branch's company is as unknown as one that does not exist.
  const contractor = await tx.company.findFirst({ where: { id: form.contractorId, ...inBranch(scope) } });
  if (!contractor) throw new FieldConflict("contractorId", "errors.contract.contractor");
  const project = await tx.constructionProject.create({
    data: {
      contractorId: contractor.id,
      name: form.name,
      workPackage: form.workPackage,
      contractValue: BigInt(form.contractValue),
      startDate: dateColumn(form.startDate),
      endDate: dateColumn(form.endDate),
      regencyCode: form.regencyCode,
      branchId: contractor.branchId,
    },
  });
  const existing = await tx.participant.findMany({
    where: { nik: { in: workers.map((w) => w.nik) } },
    select: { id: true, nik: true },
  });
  const known = new Set(existing.map((p) => p.nik));
  const fresh = workers.filter((w) => !known.has(w.nik));
  const created = await createParticipants(
    tx,
    {
      category: "JAKON",
      channel: "BANK_OFFICER",
      regencyCode: form.regencyCode,
      programs: ["JKK", "JKM"],
      branchId: contractor.branchId,
      enrolledById: officer.userId ?? null,
    },
    fresh,
  );
  const members = [...existing, ...created];
  if (members.length) {
    await tx.projectWorker.createMany({ data: members.map((p) => ({ projectId: project.id, participantId: p.id })) });
  }
  await recordAudit(tx, officer, {
    action: "project.register",
    entity: "ConstructionProject",
    entityId: project.id,
    after: { contractorId: contractor.id, contractValue: form.contractValue, workers: members.length, created: created.length },
  });
  return { projectId: project.id, workers: members.length, contribution: contribution.value };
}

export function listProjects(database: Db, scope: BranchScope) {
  return database.constructionProject.findMany({
    where: inBranch(scope),
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { contractor: { select: { id: true, name: true } }, _count: { select: { workers: true } } },
  });
}
