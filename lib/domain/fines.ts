/**
 * Late-payment fine ("denda keterlambatan") on contributions an employer pays
 * after the due date: 2% of the contribution owed for every month of delay,
 * borne by the employer alone and paid with the next contribution (PP 44/2015
 * for JKK and JKM, wording quoted by kontan.co.id from kompas.com, and
 * kompas.com 2015-07-08; PP 46/2015 and PP 45/2015 for JHT and JP, unverified
 * that their wording is the same; we did not read the PP texts: secondary). BPU participants pay no fine: unpaid contributions
 * cost them their cover instead (lib/domain/coverage.ts; BPJS TK Sulteng branch
 * heads in media.alkhairaat.id, star.grid.id quoting BPJS TK's site). Sources, and what
 * is verified and what is ours: docs/domain.md, "Late fines".
 */
import type { ParticipantCategory } from "./programs";
import { rupiahOfBasisPointSum, type Rupiah } from "./money";
import { isoDate, lastDayToPay, monthsLate } from "./billing-period";
import { jakartaDate } from "./time";

/** 2% a month, in basis points: the one place the rate is written. */
export const LATE_FINE_RATE_BP = 200;
/** Where the rate comes from, as the admin console's rule tables say it (docs/domain.md, "Late fines"). */
export const LATE_FINE_SOURCE = "PP 44/2015 (JKK, JKM); PP 46/2015 and PP 45/2015 (JHT, JP; wording unverified): secondary sources";

/**
 * Who is fined. Jasa Konstruksi contractors are employers ("Pemberi Kerja
 * selain penyelenggara negara"), so the PU rule applies to them (ours: no
 * source names Jakon explicitly). BPU: no fine.
 */
const FINED: Readonly<Record<ParticipantCategory, boolean>> = { PU: true, JAKON: true, BPU: false };

export type LateFineInput = {
  category: ParticipantCategory;
  /** Contribution still owed (the bill's total less what was paid), whole rupiah; fines are not fined. */
  outstanding: Rupiah | bigint;
  /** 'YYYY-MM-DD', or a `@db.Date` value (UTC midnight). */
  dueDate: string | Date;
  /** 'YYYY-MM-DD' in Jakarta, or an instant (read as its Jakarta calendar day). */
  asOf: string | Date;
};

/**
 * The fine accrued on `asOf`, whole rupiah: months late (every started month
 * counts, see monthsLate; a due date on a Sunday or holiday moves to the next working day, see
 * lastDayToPay) × 2% of the outstanding contribution, where the 2% is
 * rounded half-up to whole rupiah once, so the fine grows by the same amount
 * each month. No cap on the months (the PPs set none). 0 when nothing is owed,
 * the bill is not late, or the category is not fined.
 */
export function lateFine(input: LateFineInput): Rupiah {
  const outstanding = BigInt(input.outstanding);
  if (!FINED[input.category] || outstanding <= 0n) return 0;
  const dueDate = typeof input.dueDate === "string" ? input.dueDate : isoDate(input.dueDate);
  const asOf = typeof input.asOf === "string" ? input.asOf : jakartaDate(input.asOf);
  // Paid by the next working day after a Sunday or holiday due date is on time; once late,
  // months are still counted from the due date itself (ours: the PP does not say).
  if (asOf <= lastDayToPay(dueDate)) return 0;
  const months = monthsLate(dueDate, asOf);
  return rupiahOfBasisPointSum(outstanding * BigInt(LATE_FINE_RATE_BP)) * months;
}
