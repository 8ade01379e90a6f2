import { getFormatter, getTranslations } from "next-intl/server";
import { SettlementUploadForm } from "@/components/staff/settlement-upload-form";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { paymentsToCheck } from "@/lib/reconciliation/manual-credits";

export default async function ReconciliationPage() {
  const access = await authorize("payment.reconcile");
  const [t, format, flagged] = await Promise.all([getTranslations("staff.reconciliation"), getFormatter(), paymentsToCheck(db(), access)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SettlementUploadForm />
      <section aria-labelledby="flagged" className="rounded-xl bg-white p-4 shadow-sm" data-testid="flagged-payments">
        <h2 id="flagged" className="font-semibold">
          {t("flagged")} ({flagged.length})
        </h2>
        <p className="text-sm text-slate-600">{t("flaggedHint")}</p>
        {flagged.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm break-all">
            {flagged.map((payment) => (
              <li key={payment.id}>
                {payment.bankReference} · VA {payment.virtualAccount} ·{" "}
                {payment.bill.participant?.name ?? payment.bill.company?.name ?? "-"} · {formatRupiah(Number(payment.amount))} (
                {t("billAmount", { amount: formatRupiah(Number(payment.bill.total + payment.bill.fineAmount)) })}) ·{" "}
                {format.dateTime(payment.paidAt, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
