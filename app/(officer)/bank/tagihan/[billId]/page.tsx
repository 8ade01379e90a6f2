import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/participant/print-button";
import { branchScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { billTotalsByProgram, findBranchBill } from "@/lib/officer/bills";
import { FigureTable } from "@/components/ui/figure-table";

/** A bill to print for a client: who owes what per program, and the BJB virtual account to pay it to. */
export default async function PrintBillPage({ params }: { params: Promise<{ billId: string }> }) {
  const { billId } = await params;
  const access = await authorize("client.read");
  const bill = await findBranchBill(db(), branchScope(access), billId);
  if (!bill) notFound();
  const [t, ta, ts, format, byProgram] = await Promise.all([
    getTranslations("officer.bill"),
    getTranslations("account"),
    getTranslations("billStatus"),
    getFormatter(),
    billTotalsByProgram(db(), bill.id),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const due = bill.total + bill.fineAmount - bill.paidAmount;
  return (
    <article className="mx-auto max-w-xl space-y-4 rounded-xl bg-white p-6 shadow-sm print:shadow-none" data-testid="printed-bill">
      <header>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">BPJS Ketenagakerjaan · Bank BJB</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{bill.company?.name ?? bill.participant?.name ?? bill.project?.name}</p>
        {bill.company && <p className="text-sm text-slate-600">NPP {bill.company.npp}</p>}
      </header>
      <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">{ta("period")}</dt>
        <dd>{ta("periodValue", { start: date(bill.periodStart), months: bill.periodMonths })}</dd>
        <dt className="text-slate-600">{ta("due")}</dt>
        <dd>{date(bill.dueDate)}</dd>
        <dt className="text-slate-600">{ta("billStatus")}</dt>
        <dd>{ts(bill.status)}</dd>
      </dl>
      <FigureTable
        caption={t("title")}
        columns={[
          { label: t("program") },
          { label: t("employer"), numeric: true },
          { label: t("worker"), numeric: true },
          { label: t("amount"), numeric: true },
        ]}
        rows={byProgram.map((p) => ({
          key: p.program,
          head: p.program,
          cells: [formatRupiah(p.employer), formatRupiah(p.worker), formatRupiah(p.amount)],
        }))}
      />
      <dl className="grid grid-cols-[10rem_1fr] gap-y-1 border-t border-slate-200 pt-2 text-sm">
        <dt>{t("total")}</dt>
        <dd className="text-right tabular-nums">{formatRupiah(Number(bill.total))}</dd>
        {bill.fineAmount > 0n && (
          <>
            <dt>{ta("fine")}</dt>
            <dd className="text-right tabular-nums">{formatRupiah(Number(bill.fineAmount))}</dd>
          </>
        )}
        {bill.paidAmount > 0n && (
          <>
            <dt>{t("paid")}</dt>
            <dd className="text-right tabular-nums">-{formatRupiah(Number(bill.paidAmount))}</dd>
          </>
        )}
        <dt className="font-bold">{t("toPay")}</dt>
        <dd className="text-right text-lg font-bold tabular-nums">{formatRupiah(Number(due > 0n ? due : 0n))}</dd>
      </dl>
      <p className="rounded-lg bg-brand-50 p-3 text-sm">
        {t("payTo")} <strong className="font-mono text-base">{bill.virtualAccount}</strong>
      </p>
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </article>
  );
}
