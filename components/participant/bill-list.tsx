import { getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/domain/money";
import type { OwnParticipant } from "@/lib/participants/queries";

/** Bills as cards, not a wide table: readable on a 360-px phone. */
export async function BillList({
  bills,
  formatDate,
}: {
  bills: OwnParticipant["bills"];
  formatDate: (d: Date) => string;
}) {
  const [t, ts] = await Promise.all([getTranslations("account"), getTranslations("billStatus")]);
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
                <dt className="text-slate-600">{t("amount")}</dt>
                <dd className="font-semibold tabular-nums">{formatRupiah(Number(bill.total))}</dd>
                <dt className="text-slate-600">{t("due")}</dt>
                <dd>{formatDate(bill.dueDate)}</dd>
                <dt className="text-slate-600">{t("va")}</dt>
                <dd className="font-mono">{bill.virtualAccount}</dd>
                <dt className="text-slate-600">{t("billStatus")}</dt>
                <dd>{ts(bill.status)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
