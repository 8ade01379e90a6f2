import { getFormatter, getTranslations } from "next-intl/server";
import { SettlementUploadForm } from "@/components/staff/settlement-upload-form";
import { ProposeRefundForm, RefundDecisionForms } from "@/components/staff/refund-forms";
import { authorize, holds } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { paymentsToCheck } from "@/lib/reconciliation/manual-credits";
import { creditHolders, refundsOf } from "@/lib/reconciliation/refunds";

export default async function ReconciliationPage() {
  const access = await authorize("payment.reconcile");
  const [t, format, flagged, holders, refunds, canPropose, canApply] = await Promise.all([
    getTranslations("staff.reconciliation"),
    getFormatter(),
    paymentsToCheck(db(), access),
    creditHolders(db(), access),
    refundsOf(db(), access),
    holds("payment.refund.propose"),
    holds("payment.refund.apply"),
  ]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ });
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
                {t("billAmount", { amount: formatRupiah(Number(payment.bill.total + payment.bill.fineAmount)) })}) · {when(payment.paidAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="held-credit" className="space-y-3 rounded-xl bg-white p-4 shadow-sm" data-testid="held-credit">
        <h2 id="held-credit" className="font-semibold">
          {t("heldCredit")} ({holders.length})
        </h2>
        <p className="text-sm text-slate-600">{t("heldCreditHint")}</p>
        {holders.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <>
            <ul className="space-y-1 text-sm">
              {holders.map((holder) => (
                <li key={`${holder.account.type}:${holder.account.id}`}>
                  {holder.name} {holder.reference && `(${holder.reference})`} · {formatRupiah(Number(holder.available))}
                </li>
              ))}
            </ul>
            {canPropose && (
              <ProposeRefundForm
                holders={holders.map((holder) => ({
                  value: `${holder.account.type}:${holder.account.id}`,
                  label: `${holder.name}${holder.reference ? ` (${holder.reference})` : ""} · ${formatRupiah(Number(holder.available))}`,
                }))}
              />
            )}
          </>
        )}
      </section>
      <section aria-labelledby="refunds" className="rounded-xl bg-white p-4 shadow-sm" data-testid="refunds">
        <h2 id="refunds" className="font-semibold">
          {t("refunds")} ({refunds.length})
        </h2>
        {refunds.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noProposals")}</p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-100 text-sm">
            {refunds.map((refund) => (
              <li key={refund.id} className="space-y-1 py-2" data-testid="refund">
                <p>
                  {refund.holder} {refund.reference && `(${refund.reference})`} · {formatRupiah(Number(refund.amount))}
                </p>
                <p className="break-words">
                  {t("refundTo", { account: refund.bankAccount, name: refund.bankAccountName })} · {refund.reason} ·{" "}
                  {t("proposedBy", { at: when(refund.proposedAt) })}
                </p>
                <p className="font-medium">{t(`refundStatus${refund.status}`)}</p>
                {refund.status === "PROPOSED" && (canApply || canPropose) && (
                  <RefundDecisionForms refundId={refund.id} canApply={canApply} canCancel={canPropose} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
