import { getFormatter, getTranslations } from "next-intl/server";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { notFound } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { ApplyCreditForm, ProposeCreditsForm } from "@/components/staff/manual-credit-forms";
import { holds } from "@/lib/auth/session";
import { proposalsOf } from "@/lib/reconciliation/manual-credits";
import { linesOf, reconcile } from "@/lib/reconciliation/settlement";
import { isoDate } from "@/lib/domain/billing-period";

export default async function SettlementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authorize("payment.reconcile");
  const settlement = z.uuid().safeParse(id).success ? await db().settlement.findUnique({ where: { id } }) : null;
  if (!settlement) notFound();
  const businessDate = isoDate(settlement.businessDate);
  const [t, format, result, proposals, canPropose, canApply] = await Promise.all([
    getTranslations("staff.reconciliation"),
    getFormatter(),
    reconcile(db(), businessDate, linesOf(settlement)),
    proposalsOf(db(), settlement.id, access),
    holds("payment.credit.propose"),
    holds("payment.credit.apply"),
  ]);
  const line = (l: { bankReference: string; virtualAccount: string; amount: number; paidAt: string }) =>
    `${l.bankReference} · VA ${l.virtualAccount} · ${formatRupiah(l.amount)} · ${format.dateTime(new Date(l.paidAt), { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ })}`;
  const groups = [
    ["missingInPortal", result.missingInPortal.map(line)],
    ["mismatch", result.amountMismatch.map((m) => `${line(m.line)} (${t("recorded", { amount: formatRupiah(m.recorded) })})`)],
    ["missingInBank", result.missingInBank.map(line)],
    ["matched", result.matched.map(line)],
  ] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>
        {t("summary", {
          file: settlement.fileName,
          date: format.dateTime(settlement.businessDate, { dateStyle: "long", timeZone: "UTC" }),
        })}
      </p>
      {canPropose && (
        <ProposeCreditsForm
          settlementId={settlement.id}
          // Lines proposed already (by anyone) are not proposed twice: only the rest are offered.
          count={result.missingInPortal.filter((line) => !proposals.some((p) => p.bankReference === line.bankReference)).length}
        />
      )}
      <section aria-labelledby="proposals" className="rounded-xl bg-white p-4 shadow-sm" data-testid="proposals">
        <h2 id="proposals" className="font-semibold">
          {t("proposals")} ({proposals.length})
        </h2>
        {proposals.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noProposals")}</p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-100 text-sm">
            {proposals.map((credit) => (
              <li key={credit.id} className="space-y-1 py-2" data-testid="proposal">
                <p className="break-all">
                  {credit.bankReference} · VA {credit.virtualAccount} · {formatRupiah(Number(credit.amount))}
                </p>
                <p>
                  {credit.holder} {credit.reference && `(${credit.reference})`} ·{" "}
                  {t("difference", { amount: formatRupiah(Number(credit.difference)) })} ·{" "}
                  {t("proposedBy", {
                    at: format.dateTime(credit.proposedAt, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ }),
                  })}
                </p>
                <div className="font-medium">
                  {credit.status === "PROPOSED" && canApply ? <ApplyCreditForm creditId={credit.id} /> : t(`status${credit.status}`)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {groups.map(([key, items]) => (
        <section
          key={key}
          aria-labelledby={`group-${key}`}
          className="rounded-xl bg-white p-4 shadow-sm"
          data-testid={`reconciliation-${key}`}
        >
          <h2 id={`group-${key}`} className="font-semibold">
            {t(key)} ({items.length})
          </h2>
          {items.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none")}</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm break-all">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
