import { notifyRegistrationReceived } from "../messages/notify";
import { calculateBpuContribution } from "../domain/contributions/bpu";
import { currentPeriod, dateColumn, dueDateFor, periodStartDate } from "../domain/billing-period";
import { sectorOf } from "../domain/occupations";
import { jakartaDate } from "../domain/time";
import { formatKpj } from "../domain/kpj";
import { formatVirtualAccount } from "../domain/virtual-account";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { hashPassword } from "../auth/password";
import { refuseWeakPassword } from "../auth/password-strength";
import type { Tx } from "../db/prisma";
import { takeNumbers } from "../db/sequences";
import { FieldConflict } from "../failures";
import { bpuBillingKey, bpuBillLines } from "../billing/bpu";
import { accountOfBill, recordEntries } from "../ledger/entries";
import { openReviewCases } from "../review/detect";
import { campaignByCode } from "../funnel/campaigns";
import { CONSENT_VERSION, registrationSchema, type Registration } from "./schema";
import { NIK_REGISTERED, registrationPrograms } from "./steps";

/**
 * A BPU worker registers themself (/daftar): anyone may, limited per address.
 * Two submissions racing on one NIK meet at the unique index: one wins, the
 * other gets the same "already registered" answer as a late duplicate.
 */
export const bpuSelfRegistration = defineAction({
  permission: "registration.submit",
  input: registrationSchema,
  limit: "registration",
  // argon2 takes a while: hashed before the transaction takes a connection.
  // argon2 takes a while: hashed before the transaction takes a connection; a weak password is refused first.
  prepare: async (form) => {
    refuseWeakPassword(form.password, form);
    return hashPassword(form.password);
  },
  uniqueFields: {
    nik: { field: "nik", messageKey: NIK_REGISTERED },
    phone: { field: "phone", messageKey: "errors.phone.registered" },
    email: { field: "email", messageKey: "errors.emailRegistered" },
  },
  handler: async (form, { tx, actor, prepared, now }) => {
    const { kpj } = await registerBpuWorker(tx, form, prepared, actor, now);
    return { kpj, nik: form.nik };
  },
});

/**
 * Self-registration of a BPU worker: participant (pending until the first
 * payment), the first bill, a login and an audit row, in the caller's transaction.
 */
export async function registerBpuWorker(tx: Tx, form: Registration, passwordHash: string, actor: AuditActor, now: Date = new Date()) {
  const programs = [...registrationPrograms(form)];
  const period = currentPeriod(now);
  const quote = calculateBpuContribution({ income: form.income, programs, months: form.months, period, sector: sectorOf(form.occupation) });
  if (!quote.ok) throw new Error(`schema let through an invalid quote: ${quote.error}`);
  if (await tx.participant.findUnique({ where: { nik: form.nik }, select: { id: true } })) {
    throw new FieldConflict("nik", NIK_REGISTERED);
  }
  if (await tx.user.findUnique({ where: { phone: form.phone }, select: { id: true } })) {
    throw new FieldConflict("phone", "errors.phone.registered");
  }
  if (form.email && (await tx.user.findUnique({ where: { email: form.email }, select: { id: true } }))) {
    throw new FieldConflict("email", "errors.emailRegistered");
  }
  // Credited to the officer's campaign whose link brought them; a code that names none counts as coming straight.
  const campaign = form.campaign ? await campaignByCode(tx, form.campaign) : null;
  const kpj = formatKpj(await takeNumbers(tx, "KPJ"));
  const participant = await tx.participant.create({
    data: {
      kpj,
      nik: form.nik,
      name: form.name,
      birthPlace: form.birthPlace,
      birthDate: dateColumn(form.birthDate),
      gender: form.gender,
      phone: form.phone,
      email: form.email || null,
      category: "BPU",
      channel: "SELF",
      occupation: form.occupation,
      address: form.address,
      regencyCode: form.regencyCode,
      districtCode: form.districtCode,
      declaredIncome: form.income,
      incomeTier: quote.value.income,
      programs,
      paymentPeriodMonths: form.months,
      consentVersion: CONSENT_VERSION,
      consentAt: now,
      locale: form.locale,
      arrivedVia: form.source ? (campaign ? form.source : "DIRECT") : null,
      campaignId: campaign?.id ?? null,
    },
  });
  await openReviewCases(tx, participant);
  const user = await tx.user.create({
    data: {
      role: "WORKER",
      name: form.name,
      phone: form.phone,
      email: form.email ? form.email.toLowerCase() : null,
      passwordHash,
      participantId: participant.id,
    },
  });
  const bill = await tx.bill.create({
    data: {
      billingKey: bpuBillingKey(participant.id, period),
      category: "BPU",
      participantId: participant.id,
      periodStart: dateColumn(periodStartDate(period)),
      periodMonths: form.months,
      // Registered after the 15th: due the day it is issued (dueDateFor).
      dueDate: dateColumn(dueDateFor("BPU", period, jakartaDate(now))),
      total: BigInt(quote.value.total),
      virtualAccount: formatVirtualAccount(await takeNumbers(tx, "VA")),
      lines: { create: bpuBillLines(quote.value, participant.id) },
    },
  });
  await recordEntries(tx, [{ account: accountOfBill(bill), kind: "BILL_ISSUED", billId: bill.id, debit: bill.total }]);
  await recordAudit(
    tx,
    { ...actor, userId: actor.userId ?? user.id, role: actor.role ?? "WORKER" },
    {
      action: "participant.register",
      entity: "Participant",
      entityId: participant.id,
      after: {
        kpj,
        category: "BPU",
        channel: "SELF",
        programs,
        incomeTier: quote.value.income,
        months: form.months,
        billId: bill.id,
        consentVersion: CONSENT_VERSION,
      },
    },
  );
  await notifyRegistrationReceived(tx, participant, bill, now);
  return { participantId: participant.id, kpj, billId: bill.id };
}
