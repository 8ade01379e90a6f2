import Link from "next/link";
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { reliefRegulation } from "@/lib/domain/contributions/relief";
import { formatRupiah } from "@/lib/domain/money";
import { dateColumn } from "@/lib/domain/billing-period";
import { jakartaDate } from "@/lib/domain/time";
import { env } from "@/lib/env";
import type { OwnParticipant } from "@/lib/participants/queries";

/** What each relief took off a bill, by regulation (the lines keep it: lib/billing/bpu.ts). */
function reliefsOf(bill: OwnParticipant["bills"][number]): { regulation: string; amount: number }[] {
  const byRegulation = new Map<string, number>();
  for (const line of bill.lines) {
    const regulation = line.reliefId ? reliefRegulation(line.reliefId) : "";
    byRegulation.set(regulation, (byRegulation.get(regulation) ?? 0) + line.reliefAmount);
  }
  return [...byRegulation].map(([regulation, amount]) => ({ regulation, amount }));
}

/** Bills as cards, not a wide table: readable on a 360-px phone. */
export async function BillList({ bills, formatDate }: { bills: OwnParticipant["bills"]; formatDate: (d: Date) => string }) {
  const [t, ts, tp, tsb] = await Promise.all([
    getTranslations("account"),
    getTranslations("billStatus"),
    getTranslations("payments"),
    getTranslations("sandbox"),
  ]);
  const sandbox = env.BJB_SANDBOX && Boolean(env.BJB_WEBHOOK_SECRET);
  return (
    <section aria-labelledby="bills" className="no-print space-y-3">
      <h2 id="bills" className="text-lg font-semibold">
        {t("bills")}
      </h2>
      {bills.length === 0 ? (
        <p className="text-slate-600">{t("noBills")}</p>
      ) : (
        <ul className="space-y-3">
          {bills.map((bill) => (
            <li key={bill.id} className="rounded-xl bg-white p-4 shadow-sm" data-testid="bill">
              <dl className="grid grid-cols-[9rem_1fr] gap-x-2 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("period")}</dt>
                <dd>{t("periodValue", { start: formatDate(bill.periodStart), months: bill.periodMonths })}</dd>
                {reliefsOf(bill).map(({ regulation, amount }) => (
                  <Fragment key={regulation}>
                    <dt className="text-slate-600">{t("relief", { regulation })}</dt>
                    <dd className="tabular-nums text-brand-700" data-testid="bill-relief">
                      {formatRupiah(-amount)}
                    </dd>
                  </Fragment>
                ))}
                <dt className="text-slate-600">{t("amount")}</dt>
                <dd className="font-semibold tabular-nums">{formatRupiah(Number(bill.total))}</dd>
                {bill.fineAmount > 0n && (
                  <>
                    <dt className="text-slate-600">{t("fine")}</dt>
                    <dd className="tabular-nums text-red-700">{formatRupiah(Number(bill.fineAmount))}</dd>
                  </>
                )}
                {bill.status !== "PAID" && bill.paidAmount > 0n && (
                  <>
                    <dt className="text-slate-600">{t("outstanding")}</dt>
                    <dd className="font-semibold tabular-nums">{formatRupiah(Number(bill.total + bill.fineAmount - bill.paidAmount))}</dd>
                  </>
                )}
                <dt className="text-slate-600">{t("due")}</dt>
                <dd>{formatDate(bill.dueDate)}</dd>
                <dt className="text-slate-600">{t("va")}</dt>
                <dd className="font-mono">{bill.virtualAccount}</dd>
                <dt className="text-slate-600">{t("billStatus")}</dt>
                <dd data-testid="bill-status">{ts(bill.status)}</dd>
              </dl>
              {sandbox && bill.status !== "PAID" && (
                <Link
                  href={`/sandbox-bjb?va=${bill.virtualAccount}&amount=${bill.total + bill.fineAmount - bill.paidAmount}`}
                  className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
                >
                  {tsb("link")}
                </Link>
              )}
              {bill.payments.length > 0 && (
                <ul className="mt-2 border-t border-slate-100 pt-2 text-sm" aria-label={tp("title")}>
                  {bill.payments.map((payment) => (
                    <li key={payment.id} className="flex justify-between gap-2">
                      <span>
                        {/* An instant: its Jakarta day (formatDate reads calendar-day columns as UTC). */}
                        {formatDate(dateColumn(jakartaDate(payment.paidAt)))} · {formatRupiah(Number(payment.amount))}
                        {payment.reversedAt && <span className="ml-1 font-semibold text-red-700">({tp("reversed")})</span>}
                      </span>
                      <Link href={`/akun/kwitansi/${payment.id}`} className="font-medium text-brand-700 underline">
                        {tp("receipt")}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
