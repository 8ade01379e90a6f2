import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatRupiah } from "@/lib/domain/money";
import { MONTH_YEAR } from "@/lib/i18n/month";
import type { clientBills } from "@/lib/officer/bills";

/**
 * A company's latest bills: month, amount with fines, status; each opens to its printable bill (the officer's) or
 * shows the BJB virtual account to pay an open one to (the owner's).
 */
export async function CompanyBills({ bills, printable }: { bills: Awaited<ReturnType<typeof clientBills>>; printable: boolean }) {
  const [t, tb, tbs, format] = await Promise.all([
    getTranslations("officer.bill"),
    getTranslations("account"),
    getTranslations("billStatus"),
    getFormatter(),
  ]);
  if (bills.length === 0) return <p className="text-slate-600">{tb("noBills")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm" data-testid="client-bills">
      {bills.map((b) => (
        <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
          <span>
            {format.dateTime(b.periodStart, MONTH_YEAR)} · {formatRupiah(Number(b.total + b.fineAmount))} · {tbs(b.status)}
          </span>
          {printable ? (
            <Link href={`/bank/tagihan/${b.id}`} className="font-medium text-brand-700 underline">
              {t("open")}
            </Link>
          ) : (
            b.status !== "PAID" && <span className="font-mono text-slate-700">VA BJB {b.virtualAccount}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
