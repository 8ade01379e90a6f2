// The daily notices (the "notices.daily" job, 08:00 WIB, after the night's
// billing): for BPU workers' own bills, a new bill, a reminder 3 days before
// the due date, and a warning after 1 and 2 unpaid months ("perlindungan
// berhenti jika 3 bulan tidak dibayar": cover lapses after 3, coverage.ts).
// Participants who opted out of reminders get none of these (UU PDP). A
// company's billing contact gets its monthly bill and, once a bill falls
// overdue, an arrears notice, by e-mail. Safe to run again: each notice's
// identity is its bill (or its bill and month count).
import type { Prisma } from "../db/generated/client";
import { BPU_TERMS_COLUMNS } from "../db/bpu-terms-columns";
import type { Db } from "../db/prisma";
import { addMonths, currentPeriod, dateColumn, periodStartDate, type Period } from "../domain/billing-period";
import { endNotice } from "../domain/sponsorship";
import { ownMonthlyContribution } from "../domain/bpu-terms";
import { formatRupiah } from "../domain/money";
import { jakartaDate } from "../domain/time";
import { CONTACT_COLUMNS, portalLink, recipient } from "./notify";
import { type MessageDraft, queueMessages } from "./outbox";

/** Days before the due date a reminder goes (issue 13). */
export const REMINDER_DAYS_BEFORE = 3;
/** Unpaid months after which a warning goes; cover lapses after the third (lib/domain/coverage.ts). */
export const ARREARS_WARNING_MONTHS = [1, 2] as const;

const BATCH = 500;

/** A worker's own BPU bill (not one a company or project pays), of someone who wants reminders. */
const ownBill = (extra: Prisma.BillWhereInput): Prisma.BillWhereInput => ({
  category: "BPU",
  companyId: null,
  projectId: null,
  participant: { remindersOptOut: false, status: { notIn: ["REJECTED", "DECEASED"] } },
  ...extra,
});

const billColumns = {
  id: true,
  total: true,
  fineAmount: true,
  paidAmount: true,
  virtualAccount: true,
  dueDate: true,
  periodStart: true,
  periodMonths: true,
  participant: { select: { ...CONTACT_COLUMNS, createdAt: true } },
} as const;

const outstanding = (bill: { total: bigint; fineAmount: bigint; paidAmount: bigint }) => bill.total + bill.fineAmount - bill.paidAmount;
const rupiah = (amount: bigint) => formatRupiah(Number(amount));

export type NoticeCounts = {
  billIssued: number;
  reminders: number;
  arrears: number;
  companyBills: number;
  companyArrears: number;
  sponsorshipEnding: number;
};

/** How far back a company bill that fell overdue is still told of (a portal started late does not send years of them). */
const COMPANY_ARREARS_LOOKBACK_DAYS = 62;

export async function queueDailyNotices(db: Db, now: Date = new Date()): Promise<NoticeCounts> {
  const today = jakartaDate(now);
  const counts: NoticeCounts = { billIssued: 0, reminders: 0, arrears: 0, companyBills: 0, companyArrears: 0, sponsorshipEnding: 0 };
  const queue = async (key: keyof NoticeCounts, drafts: MessageDraft[]) => {
    for (let i = 0; i < drafts.length; i += BATCH) {
      counts[key] += await db.$transaction((tx) => queueMessages(tx, drafts.slice(i, i + BATCH), now));
    }
  };

  // New bills of this month and later, not yet paid, except the first one (told at registration).
  const issued = await db.bill.findMany({
    where: ownBill({ status: { in: ["UNPAID", "PARTIALLY_PAID"] }, periodStart: { gte: dateColumn(periodStartDate(currentPeriod(now))) } }),
    select: billColumns,
  });
  await queue(
    "billIssued",
    issued
      .filter((bill) => bill.participant && jakartaDate(bill.participant.createdAt).slice(0, 7) < jakartaDate(bill.periodStart).slice(0, 7))
      .map((bill) => ({
        template: "billIssued",
        about: bill.id,
        ...recipient(bill.participant!),
        params: {
          period: bill.periodStart,
          amount: rupiah(outstanding(bill)),
          virtualAccount: bill.virtualAccount,
          dueDate: bill.dueDate,
        },
      })),
  );

  // Due in exactly three days and still open.
  const due = await db.bill.findMany({
    where: ownBill({ status: { in: ["UNPAID", "PARTIALLY_PAID"] }, dueDate: dateColumn(addDays(today, REMINDER_DAYS_BEFORE)) }),
    select: billColumns,
  });
  await queue(
    "reminders",
    due.map((bill) => ({
      template: "reminder",
      about: bill.id,
      ...recipient(bill.participant!),
      params: { amount: rupiah(outstanding(bill)), virtualAccount: bill.virtualAccount, dueDate: bill.dueDate },
    })),
  );

  // Overdue, per participant: the unpaid months of their overdue bills, warned at 1 and at 2.
  const overdue = await db.bill.findMany({ where: ownBill({ status: "OVERDUE" }), select: billColumns, orderBy: { dueDate: "asc" } });
  const byParticipant = new Map<string, typeof overdue>();
  for (const bill of overdue) byParticipant.set(bill.participant!.id, [...(byParticipant.get(bill.participant!.id) ?? []), bill]);
  const warnings: MessageDraft[] = [];
  for (const bills of byParticipant.values()) {
    const months = bills.reduce((sum, bill) => sum + bill.periodMonths, 0);
    if (!(ARREARS_WARNING_MONTHS as readonly number[]).includes(months)) continue;
    const oldest = bills[0]!;
    warnings.push({
      template: "arrears",
      about: `${oldest.id}:${months}`,
      ...recipient(oldest.participant!),
      params: {
        months: String(months),
        amount: rupiah(bills.reduce((sum, bill) => sum + outstanding(bill), 0n)),
        virtualAccount: bills.at(-1)!.virtualAccount,
      },
    });
  }
  await queue("arrears", warnings);

  // Companies: this month's open bills, and bills overdue since the lookback, to the billing contact.
  const companyBills = await db.bill.findMany({
    where: {
      companyId: { not: null },
      OR: [
        { status: { in: ["UNPAID", "PARTIALLY_PAID"] }, periodStart: { gte: dateColumn(periodStartDate(currentPeriod(now))) } },
        { status: "OVERDUE", dueDate: { gte: dateColumn(addDays(today, -COMPANY_ARREARS_LOOKBACK_DAYS)) } },
      ],
    },
    select: {
      ...billColumns,
      participant: false,
      status: true,
      company: { select: { id: true, name: true, contactEmail: true, owner: { select: { email: true } } } },
    },
  });
  const companyNotice = (bill: (typeof companyBills)[number]): MessageDraft[] => {
    const email = bill.company?.contactEmail ?? bill.company?.owner?.email;
    if (!bill.company || !email) return [];
    const params = {
      company: bill.company.name,
      period: bill.periodStart,
      amount: rupiah(outstanding(bill)),
      virtualAccount: bill.virtualAccount,
      dueDate: bill.dueDate,
    };
    const template = bill.status === "OVERDUE" ? "companyArrears" : "companyBill";
    return [{ template, about: bill.id, to: { email }, companyId: bill.company.id, params }];
  };
  await queue("companyBills", companyBills.filter((b) => b.status !== "OVERDUE").flatMap(companyNotice));
  await queue("companyArrears", companyBills.filter((b) => b.status === "OVERDUE").flatMap(companyNotice));

  // Sponsorships whose last month is next month (issue 16): how to go on paying, and what it will cost.
  await queue("sponsorshipEnding", await sponsorshipEndingNotices(db, currentPeriod(now)));
  return counts;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Everyone whose sponsorship's notice month (lib/domain/sponsorship.ts endNotice) is `period`, still covered. */
async function sponsorshipEndingNotices(db: Db, period: Period): Promise<MessageDraft[]> {
  const lastMonth = addMonths(period, 1);
  if (endNotice(lastMonth).noticeMonth !== period) throw new Error("the notice month is the month before the last");
  const ending = await db.sponsorship.findMany({
    where: { toPeriod: lastMonth, participant: { status: { notIn: ["REJECTED", "DECEASED"] } } },
    select: {
      id: true,
      programme: { select: { sponsor: { select: { name: true } } } },
      participant: {
        select: {
          ...CONTACT_COLUMNS,
          ...BPU_TERMS_COLUMNS,
          category: true,
        },
      },
    },
  });
  const next = addMonths(lastMonth, 1);
  return ending.flatMap(({ id, programme, participant }) => {
    const quote = ownMonthlyContribution(participant, next);
    if (participant.category !== "BPU" || quote === null) return [];
    return [
      {
        template: "sponsorshipEnding" as const,
        about: id,
        ...recipient(participant),
        params: {
          sponsor: programme.sponsor.name,
          lastMonth: dateColumn(periodStartDate(lastMonth)),
          nextMonth: dateColumn(periodStartDate(next)),
          amount: formatRupiah(quote),
          link: portalLink("/akun"),
        },
      },
    ];
  });
}
