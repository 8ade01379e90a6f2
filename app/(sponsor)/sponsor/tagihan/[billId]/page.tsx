import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DetailList } from "@/components/ui/detail-list";
import { FigureTable } from "@/components/ui/figure-table";
import { sponsorScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { MONTH_YEAR } from "@/lib/i18n/month";
import { BILL_PEOPLE_SHOWN, findProgrammeBill } from "@/lib/sponsorship/queries";

export const dynamic = "force-dynamic";

/** One collective bill, itemised: who it pays for, which programmes, how much each. */
export default async function CollectiveBillPage({ params }: { params: Promise<{ billId: string }> }) {
  const access = await authorize("sponsor.beneficiaries");
  const bill = await findProgrammeBill(db(), sponsorScope(access), (await params).billId);
  if (!bill?.programme) notFound();
  const [t, ts, format] = await Promise.all([getTranslations("sponsor.bills"), getTranslations("billStatus"), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/sponsor/program/${bill.programme.id}`} className="text-brand-700 underline">
          {bill.programme.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{t("billTitle", { month: format.dateTime(bill.periodStart, MONTH_YEAR) })}</h1>
      <DetailList
        rows={[
          [t("sponsor"), bill.programme.sponsor.name],
          [t("amount"), formatRupiah(Number(bill.total))],
          [t("paid"), formatRupiah(Number(bill.paidAmount))],
          [t("status"), ts(bill.status)],
          [t("due"), date(bill.dueDate)],
          [t("va"), bill.virtualAccount],
        ]}
      />
      <FigureTable
        caption={t("itemised")}
        captionVisible
        testId="bill-people"
        columns={[
          { label: t("name") },
          { label: "KPJ" },
          { label: t("programs") },
          { label: t("relief"), numeric: true },
          { label: t("amount"), numeric: true },
        ]}
        rows={bill.people.map((person) => ({
          key: person.kpj,
          head: person.name,
          cells: [person.kpj, person.programs.join(" + "), formatRupiah(Number(person.relief)), formatRupiah(Number(person.amount))],
        }))}
      />
      {bill.people.length === BILL_PEOPLE_SHOWN && <p className="text-sm">{t("morePeople", { shown: BILL_PEOPLE_SHOWN })}</p>}
    </div>
  );
}
