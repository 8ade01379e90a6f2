// Workers added to an existing client by a form (issue 16, point 5): by the branch's officer, or by the business's
// owner or named manager for their own business — the same rule, the import's enrollment (lib/pu-enrollment/
// enroll-workers.ts), one transaction. A sheet is for many; this is for the one who started today.
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { clientScope, ofClient } from "../auth/scope";
import { companyPrograms } from "../domain/company-programs";
import { FieldConflict, NotFound } from "../failures";
import { classifyWorkers, enrollingChannel, enrollWorkers } from "./enroll-workers";
import { wageProblem } from "./minimum-wage";
import { addWorkersSchema } from "./add-workers-schema";

export const workersAdd = defineAction({
  permission: "client.enroll",
  input: addWorkersSchema,
  handler: async (input, { tx, access, actor, user, now }) => {
    const scope = clientScope(access);
    const company = await tx.company.findFirst({
      where: { id: input.companyId, ...ofClient(scope) },
      select: { id: true, branchId: true, regencyCode: true, scale: true, jpIncluded: true },
    });
    if (!company) throw new NotFound();
    // The minimum wage of the business's regency: refused for a medium or large business (a note for a smaller one, shown by the form).
    input.workers.forEach((row, index) => {
      const problem = wageProblem(row, company, now);
      if (problem?.kind === "error") throw new FieldConflict(`workers[${index}].wage`, problem.message);
    });
    // Someone already working here: the form says which, before anything is written.
    const outcomes = await classifyWorkers(
      tx,
      company.id,
      input.workers.map((row) => row.nik),
    );
    const here = input.workers.findIndex((row) => outcomes.get(row.nik) === "skip");
    if (here >= 0) throw new FieldConflict(`workers[${here}].nik`, "errors.nik.worksHere");
    const result = await enrollWorkers(tx, {
      companyId: company.id,
      branchId: company.branchId,
      enrolledById: user.id,
      channel: enrollingChannel(scope),
      regencyCode: company.regencyCode,
      programs: companyPrograms(company),
      rows: input.workers,
    });
    await recordAudit(tx, actor, {
      action: "company.add_workers",
      entity: "Company",
      entityId: company.id,
      after: { created: result.created, linked: result.linked },
    });
    return { companyId: company.id, added: result.created + result.linked };
  },
  revalidate: ({ companyId }) => [`/bank/klien/${companyId}`, `/akun/usaha/${companyId}`],
});
