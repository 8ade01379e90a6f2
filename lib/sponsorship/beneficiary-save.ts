// Saving a checked beneficiary list (issue 16): everyone on it in one
// transaction, or nobody. People not yet registered are enrolled as BPU with
// the sponsor as payer; registered BPU participants switch to sponsored; the
// programme's rules are applied again under its lock (lib/sponsorship/beneficiaries.ts).
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit } from "../audit/record";
import { inSponsor, sponsorScope, type SponsorScope } from "../auth/scope";
import type { Period } from "../domain/billing-period";
import { calculateBpuContribution } from "../domain/contributions/bpu";
import { formatRupiah } from "../domain/money";
import { OCCUPATIONS, sectorOf } from "../domain/occupations";
import { sponsoredPrograms } from "../domain/sponsorship";
import type { Tx } from "../db/prisma";
import { Refusal } from "../failures";
import { ImportNotFound } from "../worker-import/batch";
import { storedIdentity } from "../worker-import/stored";
import { createParticipants } from "../pu-enrollment/enroll-workers";
import { messageWithParams } from "../validation/field-errors";
import { lockProgramme, sponsorParticipants, type LockedProgramme } from "./beneficiaries";
import type { BeneficiaryRow } from "./beneficiary-row";

const storedRow = storedIdentity.extend({
  occupation: z.enum(OCCUPATIONS).optional(),
  regencyCode: z.string().optional(),
  address: z.string().optional(),
});
const storedRows = z.array(z.object({ rowNumber: z.number().int(), outcome: z.enum(["new", "switch", "skip"]), row: storedRow }));

/** A checked list of the operator's sponsor, or not found. */
export async function findBeneficiaryImport(db: Tx, scope: SponsorScope, id: string) {
  return db.beneficiaryImport.findFirst({
    where: { id, programme: inSponsor(scope) },
  });
}

/** The operator confirms a checked list: everyone on it, in one transaction, or nobody. */
export const beneficiariesSave = defineAction({
  permission: "sponsor.beneficiaries",
  input: z.object({ batchId: z.uuid("errors.import.notFound") }),
  conflictMessage: "errors.sponsor.changed",
  transaction: { timeout: 60_000 },
  handler: async ({ batchId }, { tx, access, actor, user, now }) => {
    const batch = await findBeneficiaryImport(tx, sponsorScope(access), batchId);
    // Like the officer's import: the page was found, the list is not (another sponsor's, or none).
    if (!batch) throw new ImportNotFound();
    if (batch.errorRows > 0) throw new Refusal("errors.sponsor.fixFirst");
    const claimed = await tx.beneficiaryImport.updateMany({
      where: { id: batch.id, status: "VALIDATED" },
      data: { status: "SAVED", savedAt: now },
    });
    if (claimed.count === 0) return { count: batch.savedCount ?? 0, created: 0, alreadySaved: true };
    const programme = await lockProgramme(tx, batch.programmeId);
    const rows = storedRows.parse(batch.rows).map((r) => r.row);
    const created = await enrollNewcomers(tx, programme, rows, user.id);
    const registered = await tx.participant.findMany({ where: { nik: { in: rows.map((r) => r.nik) } }, select: { id: true } });
    const outcome = await sponsorParticipants(
      tx,
      { programmeId: programme.id, participantIds: registered.map((p) => p.id), from: batch.fromPeriod as Period },
      { ...actor, userId: user.id },
      now,
    );
    if (!outcome.ok) {
      // Someone else's upload or a change since the check: nothing of this list is kept (the transaction rolls back).
      if ("overBudget" in outcome) {
        throw new Refusal(
          messageWithParams("errors.sponsor.overBudget", {
            needed: formatRupiah(outcome.overBudget.needed),
            remaining: formatRupiah(outcome.overBudget.remaining),
          }),
          409,
        );
      }
      throw new Refusal("errors.sponsor.changed", 409);
    }
    await tx.beneficiaryImport.update({ where: { id: batch.id }, data: { savedCount: outcome.added } });
    await recordAudit(tx, actor, {
      action: "sponsorship.list_saved",
      entity: "BeneficiaryImport",
      entityId: batch.id,
      after: {
        programmeId: programme.id,
        enrolled: created,
        sponsored: outcome.added,
        skipped: outcome.skipped,
        committed: outcome.committed,
      },
    });
    return { count: outcome.added, created, alreadySaved: false };
  },
  revalidate: () => ["/sponsor"],
});

/**
 * People on the list not registered yet: participants as BPU, channel SPONSOR, pending until their first month is
 * paid, on the programme's insured income and programmes, monthly (they pay their own after the sponsorship).
 */
export async function enrollNewcomers(tx: Tx, programme: LockedProgramme, rows: BeneficiaryRow[], operatorId: string): Promise<number> {
  const known = new Set(
    (await tx.participant.findMany({ where: { nik: { in: rows.map((r) => r.nik) } }, select: { nik: true } })).map((p) => p.nik),
  );
  const fresh = rows.filter((row) => !known.has(row.nik) && row.regencyCode);
  if (fresh.length === 0) return 0;
  const programs = sponsoredPrograms(programme.withJht);
  const created = await createParticipants(
    tx,
    { category: "BPU", channel: "SPONSOR", regencyCode: fresh[0]!.regencyCode!, programs, branchId: null, enrolledById: operatorId },
    fresh,
  );
  const byNik = new Map(fresh.map((row) => [row.nik, row]));
  const tiers = new Map(
    fresh.map((row) => {
      const quote = calculateBpuContribution({
        income: programme.insuredIncome,
        programs,
        months: 1,
        period: programme.fromPeriod,
        sector: sectorOf(row.occupation),
      });
      return [row.nik, quote.ok ? quote.value.income : programme.insuredIncome];
    }),
  );
  const column = <T>(pick: (row: BeneficiaryRow) => T) => created.map((p) => pick(byNik.get(p.nik)!));
  await tx.$executeRaw`
    UPDATE "Participant" p SET "regencyCode" = u.regency, "occupation" = u.occupation, "address" = u.address,
      "incomeTier" = u.tier, "declaredIncome" = ${programme.insuredIncome}, "paymentPeriodMonths" = 1
    FROM unnest(${created.map((p) => p.id)}::uuid[], ${column((r) => r.regencyCode!)}::text[],
      ${column((r) => r.occupation ?? null)}::text[], ${column((r) => r.address ?? null)}::text[],
      ${column((r) => tiers.get(r.nik)!)}::int[]) AS u(id, regency, occupation, address, tier)
    WHERE p.id = u.id`;
  return created.length;
}
