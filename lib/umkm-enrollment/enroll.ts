import { calculateBpuContribution } from "../domain/contributions/bpu";
import { riskClassForKbli } from "../domain/contributions/pu";
import { formatNpp } from "../domain/identifiers";
import { formatKpj } from "../domain/kpj";
import { umkmScale } from "../domain/umkm";
import { currentPeriod, dateColumn } from "../domain/billing-period";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { branchScope } from "../auth/scope";
import type { Tx } from "../db/prisma";
import { takeNumbers } from "../db/sequences";
import { companyPrograms, jpIncludedFor } from "../domain/company-programs";
import { FieldConflict } from "../failures";
import { enrollWorkers } from "../pu-enrollment/enroll-workers";
import { umkmEnrollmentSchema, type UmkmEnrollment } from "./schema";

/** An officer enrolls a UMKM client of their branch: business, owner and workers in one form (/bank/klien/baru). */
export const umkmEnrollment = defineAction({
  permission: "client.register",
  input: umkmEnrollmentSchema,
  uniqueFields: { nib: { field: "nib", messageKey: "errors.nib.registered" } },
  handler: async (form, { tx, access, actor, user }) => {
    // client.register is held in a branch scope only: the new client is the officer's branch's.
    const { branchId } = branchScope(access);
    if (!branchId) throw new Error("client.register without a branch");
    const { companyId, npp } = await enrollUmkm(tx, form, { ...actor, userId: user.id, branchId });
    return { companyId, npp };
  },
  redirect: ({ companyId }) => `/bank/klien/${companyId}?baru=1`,
});

/**
 * A UMKM client in the caller's transaction: the company with a new NPP, its
 * owner as a BPU participant (or linked when the NIK is already registered),
 * and its workers as PU participants.
 */
export async function enrollUmkm(tx: Tx, form: UmkmEnrollment, officer: AuditActor & { userId: string; branchId: string }) {
  const scale = umkmScale({ capital: form.capital, annualTurnover: form.annualTurnover });
  if (!scale.ok) throw new Error(`schema let through an unscaled business: ${scale.error}`);
  const jpIncluded = jpIncludedFor(scale.value.scale, form.jpIncluded);
  const ownerPrograms = form.ownerJht ? (["JKK", "JKM", "JHT"] as const) : (["JKK", "JKM"] as const);
  const ownerQuote = calculateBpuContribution({
    income: form.ownerIncome,
    programs: [...ownerPrograms],
    months: 1,
    period: currentPeriod(),
  });
  if (!ownerQuote.ok) throw new Error(`schema let through an invalid owner income: ${ownerQuote.error}`);

  if (await tx.company.findUnique({ where: { nib: form.nib }, select: { id: true } })) {
    throw new FieldConflict("nib", "errors.nib.registered");
  }
  let owner = await tx.participant.findUnique({ where: { nik: form.ownerNik }, select: { id: true } });
  if (!owner) {
    owner = await tx.participant.create({
      select: { id: true },
      data: {
        kpj: formatKpj(await takeNumbers(tx, "KPJ")),
        nik: form.ownerNik,
        name: form.ownerName,
        birthPlace: form.ownerBirthPlace,
        birthDate: dateColumn(form.ownerBirthDate),
        gender: form.ownerGender,
        phone: form.ownerPhone,
        category: "BPU",
        channel: "BANK_OFFICER",
        occupation: "UMKM_OWNER",
        address: form.address,
        regencyCode: form.regencyCode,
        districtCode: form.districtCode,
        declaredIncome: form.ownerIncome,
        incomeTier: ownerQuote.value.income,
        programs: [...ownerPrograms],
        paymentPeriodMonths: 1,
        branchId: officer.branchId,
        enrolledById: officer.userId,
      },
    });
  }
  const company = await tx.company.create({
    data: {
      npp: formatNpp(Number(await takeNumbers(tx, "NPP"))),
      name: form.businessName,
      nib: form.nib,
      npwp: form.npwp ?? null,
      kbli: form.kbli,
      scale: scale.value.scale,
      riskClass: form.riskClass,
      jpIncluded,
      capital: form.capital === undefined ? null : BigInt(form.capital),
      annualTurnover: form.annualTurnover === undefined ? null : BigInt(form.annualTurnover),
      address: form.address,
      regencyCode: form.regencyCode,
      districtCode: form.districtCode,
      channel: "BANK_OFFICER",
      branchId: officer.branchId,
      ownerId: owner.id,
      enrolledById: officer.userId,
    },
  });
  const result = await enrollWorkers(tx, {
    companyId: company.id,
    branchId: officer.branchId,
    enrolledById: officer.userId,
    channel: "BANK_OFFICER",
    regencyCode: company.regencyCode,
    programs: companyPrograms(company),
    rows: form.workers,
  });
  await recordAudit(tx, officer, {
    action: "company.enroll_umkm",
    entity: "Company",
    entityId: company.id,
    after: {
      npp: company.npp,
      scale: company.scale,
      riskClass: company.riskClass,
      suggestedRiskClass: riskClassForKbli(form.kbli) ?? null,
      ownerId: owner.id,
      workers: { created: result.created, linked: result.linked },
    },
  });
  return { companyId: company.id, npp: company.npp, workers: result };
}
