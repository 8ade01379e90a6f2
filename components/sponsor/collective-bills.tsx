import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/ui/figure-table";
import { formatRupiah } from "@/lib/domain/money";
import { env } from "@/lib/env";
import { MONTH_YEAR } from "@/lib/i18n/month";
import type { ProgrammeBill } from "@/lib/sponsorship/queries";

/** A programme's collective bills: month, people, amount, what is paid, the BJB virtual account; each opens itemised. */
export async function CollectiveBills({ bills }: { bills: ProgrammeBill[] }) {
  const [t, ts, tsb, format] = await Promise.all([
    getTranslations("sponsor.bills"),
    getTranslations("billStatus"),
    getTranslations("sandbox"),
    getFormatter(),
  ]);
  const sandbox = env.BJB_SANDBOX && Boolean(env.BJB_WEBHOOK_SECRET);
  if (bills.length === 0) return <p className="text-sm">{t("none")}</p>;
  return (
    <FigureTable
      caption={t("title")}
      testId="collective-bills"
      columns={[
        { label: t("month") },
        { label: t("people"), numeric: true },
        { label: t("amount"), numeric: true },
        { label: t("paid"), numeric: true },
        { label: t("status") },
        { label: t("va") },
      ]}
      rows={bills.map((bill) => ({
        key: bill.id,
        head: (
          <Link href={`/sponsor/tagihan/${bill.id}`} className="font-medium text-brand-700 underline">
            {format.dateTime(bill.periodStart, MONTH_YEAR)}
          </Link>
        ),
        cells: [
          bill.people.toLocaleString("id-ID"),
          formatRupiah(Number(bill.total)),
          formatRupiah(Number(bill.paidAmount)),
          ts(bill.status),
          sandbox && bill.status !== "PAID" ? (
            <Link href={`/sandbox-bjb?va=${bill.virtualAccount}&amount=${bill.total - bill.paidAmount}`} className="font-mono underline">
              {bill.virtualAccount} ({tsb("link")})
            </Link>
          ) : (
            <span className="font-mono">{bill.virtualAccount}</span>
          ),
        ],
      }))}
    />
  );
}
