"use client";
import { useTranslations } from "next-intl";
import { calculateBpuContribution } from "@/lib/domain/contributions/bpu";
import { BPU_MIN_INCOME, type BpuIncomeRange } from "@/lib/domain/contributions/bpu-income-ranges";
import { formatRupiah, parseRupiahInput } from "@/lib/domain/money";
import { isPaymentPeriod } from "@/lib/domain/programs";
import { registrationPrograms } from "@/lib/bpu-registration/schema";

/** The live quote: the same domain function the server bills with. */
export function QuoteSummary({ income, jht, months }: { income: string; jht: boolean; months: string }) {
  const t = useTranslations("register.quote");
  const period = Number(months);
  const quote = calculateBpuContribution({
    income: parseRupiahInput(income),
    programs: [...registrationPrograms({ jht })],
    months: isPaymentPeriod(period) ? period : 1,
  });
  // The worker sees which range of the table their income falls in, and the base it is priced on.
  const rangeText = ({ from, to, base }: BpuIncomeRange) =>
    to === null ? t("rangeTop", { from, base }) : from === BPU_MIN_INCOME ? t("rangeBottom", { to, base }) : t("range", { from, to, base });
  return (
    <section aria-live="polite" aria-labelledby="quote-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h3 id="quote-title" className="font-semibold text-brand-900">
        {t("title")}
      </h3>
      {quote.ok ? (
        <>
          <p className="text-sm text-slate-700" data-testid="quote-range">
            {rangeText(quote.value.incomeRange)}
          </p>
          <table className="mt-2 w-full text-sm">
            <tbody>
              {quote.value.lines.map((line) => (
                <tr key={line.program}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {t(`programs.${line.program as "JKK" | "JKM" | "JHT"}`)}
                  </th>
                  <td className="py-1 text-right tabular-nums">{formatRupiah(line.amount)}</td>
                </tr>
              ))}
              <tr className="border-t border-brand-100">
                <th scope="row" className="py-1 text-left">
                  {t("perMonth")}
                </th>
                <td className="py-1 text-right font-semibold tabular-nums" data-testid="quote-monthly">
                  {formatRupiah(quote.value.monthlyTotal)}
                </td>
              </tr>
              <tr>
                <th scope="row" className="py-1 text-left">
                  {t("total", { months: quote.value.months })}
                </th>
                <td className="py-1 text-right text-lg font-bold tabular-nums" data-testid="quote-total">
                  {formatRupiah(quote.value.total)}
                </td>
              </tr>
            </tbody>
          </table>
        </>
      ) : (
        <p className="text-sm text-slate-700">{t("belowMinimum")}</p>
      )}
    </section>
  );
}
