"use client";
import { useFormatter, useTranslations } from "next-intl";
import { currentPeriod, type Period } from "@/lib/domain/billing-period";
import { calculateBpuContribution } from "@/lib/domain/contributions/bpu";
import { BPU_MIN_INCOME, type BpuIncomeRange } from "@/lib/domain/contributions/bpu-income-ranges";
import { formatRupiah, parseRupiahInput } from "@/lib/domain/money";
import { sectorOf } from "@/lib/domain/occupations";
import { isPaymentPeriod, type Program } from "@/lib/domain/programs";
import { registrationPrograms } from "@/lib/bpu-registration/steps";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";

/**
 * The live quote: the same domain function the server bills with, for the
 * months the first bill covers starting this month (or `from`: a change's
 * first cycle), with the relief the chosen occupation gets in each of them.
 */
export function QuoteSummary({
  values,
  from,
  programs,
}: {
  values: Record<string, string>;
  from?: Period;
  /** The programs on record (a change); otherwise the form's JHT choice. */
  programs?: readonly Program[];
}) {
  const t = useTranslations("register.quote");
  const format = useFormatter();
  const period = Number(values.months ?? "1");
  const quote = calculateBpuContribution({
    income: parseRupiahInput(values.income ?? ""),
    programs: [...(programs ?? registrationPrograms({ jht: values.jht === "true" }))],
    months: isPaymentPeriod(period) ? period : 1,
    period: from ?? currentPeriod(),
    sector: sectorOf(values.occupation),
  });
  const month = (p: Period) => format.dateTime(monthDate(p), MONTH_YEAR);
  // The worker sees which range of the table their income falls in, and the base it is priced on.
  const rangeText = ({ from, to, base }: BpuIncomeRange) =>
    to === null ? t("rangeTop", { from, base }) : from === BPU_MIN_INCOME ? t("rangeBottom", { to, base }) : t("range", { from, to, base });
  if (!quote.ok) {
    return (
      <section aria-live="polite" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
        <p className="text-sm text-slate-700">{t("belowMinimum")}</p>
      </section>
    );
  }
  const { incomeRange, perMonth, schedule, reliefs, monthlyTotal, total, months } = quote.value;
  return (
    <section aria-live="polite" aria-labelledby="quote-title" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h3 id="quote-title" className="font-semibold text-brand-900">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700" data-testid="quote-range">
        {rangeText(incomeRange)}
      </p>
      <table className="mt-2 w-full text-sm">
        <caption className="sr-only">{t("firstMonth", { month: month(perMonth[0]!.period) })}</caption>
        <tbody>
          {perMonth[0]!.lines.map((line) => (
            <tr key={line.program}>
              <th scope="row" className="py-1 text-left font-normal">
                {t(`programs.${line.program as "JKK" | "JKM" | "JHT"}`)}
              </th>
              <td className="py-1 text-right whitespace-nowrap tabular-nums">
                {line.relief > 0 && <s className="block text-xs text-slate-500">{formatRupiah(line.amount + line.relief)}</s>}
                {formatRupiah(line.amount)}
              </td>
            </tr>
          ))}
          <tr className="border-t border-brand-100">
            <th scope="row" className="py-1 text-left">
              {t("perMonth")}
            </th>
            <td className="py-1 text-right font-semibold tabular-nums" data-testid="quote-monthly">
              {formatRupiah(monthlyTotal)}
            </td>
          </tr>
          {schedule.length > 1 &&
            schedule.map((run) => (
              <tr key={run.from} data-testid="quote-schedule">
                <th scope="row" className="py-1 text-left font-normal">
                  {run.from === run.to ? month(run.from) : t("monthRange", { from: month(run.from), to: month(run.to) })}
                </th>
                <td className="py-1 text-right tabular-nums">{t("monthly", { amount: formatRupiah(run.monthlyTotal) })}</td>
              </tr>
            ))}
          <tr>
            <th scope="row" className="py-1 text-left">
              {t("total", { months })}
            </th>
            <td className="py-1 text-right text-lg font-bold tabular-nums" data-testid="quote-total">
              {formatRupiah(total)}
            </td>
          </tr>
        </tbody>
      </table>
      {reliefs.map((relief) => (
        <p key={relief.id} className="mt-2 rounded bg-white p-2 text-sm text-brand-900" data-testid="quote-relief">
          {t("relief", {
            regulation: relief.regulation,
            monthly: formatRupiah(perMonth.find((m) => m.reliefId === relief.id)!.total),
            until: month(relief.until),
            after: formatRupiah(relief.monthlyAfter),
          })}
        </p>
      ))}
    </section>
  );
}
