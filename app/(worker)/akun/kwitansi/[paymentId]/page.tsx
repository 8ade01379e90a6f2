import { getFormatter, getTranslations } from "next-intl/server";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { ownParticipantId } from "@/lib/auth/scope";
import { DetailList } from "@/components/ui/detail-list";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PrintButton } from "@/components/participant/print-button";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { ownPayment } from "@/lib/participants/queries";
import { MONTH_YEAR } from "@/lib/i18n/month";

/** A printable receipt for one of the worker's own payments. */
export default async function ReceiptPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const access = await authorize("participant.read.own");
  const participantId = ownParticipantId(access);
  const payment = participantId && z.uuid().safeParse(paymentId).success ? await ownPayment(db(), participantId, paymentId) : null;
  if (!payment) notFound();
  const [t, format] = await Promise.all([getTranslations("receipt"), getFormatter()]);
  const rows: [string, string][] = [
    [t("number"), payment.id.slice(-12).toUpperCase()],
    [t("name"), payment.bill.participant?.name ?? "-"],
    [t("kpj"), payment.bill.participant?.kpj ?? "-"],
    [t("period"), format.dateTime(payment.bill.periodStart, MONTH_YEAR)],
    [t("va"), payment.virtualAccount],
    [t("bankReference"), payment.bankReference],
    [t("paidAt"), format.dateTime(payment.paidAt, { dateStyle: "long", timeStyle: "short", timeZone: JAKARTA_TZ })],
    [t("amount"), formatRupiah(Number(payment.amount))],
    // Beyond what the bill needed: kept as credit for the next bill.
    ...(payment.overpaid > 0n ? [[t("overpaid"), formatRupiah(Number(payment.overpaid))] as [string, string]] : []),
  ];
  return (
    <article className="mx-auto max-w-md space-y-4 rounded-xl bg-white p-6 shadow-sm print:shadow-none" data-testid="receipt">
      <header>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">BPJS Ketenagakerjaan · Bank BJB</p>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
      </header>
      {payment.reversedAt && (
        <p role="status" className="rounded-lg bg-red-50 p-3 font-semibold text-red-900" data-testid="receipt-reversed">
          {t("reversed", { reason: payment.reversalReason ?? "" })}
        </p>
      )}
      <DetailList rows={rows} />
      <p className="text-xs text-slate-600">{t("note")}</p>
      <div className="no-print">
        <PrintButton label={t("print")} />
      </div>
    </article>
  );
}
