import { Suspense } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LoadingStatus } from "@/components/loading-status";
import { DetailList } from "@/components/ui/detail-list";
import { notFound } from "next/navigation";
import { CompanyBills } from "@/components/officer/company-bills";
import { ContributionSummary } from "@/components/officer/contribution-summary";
import { ClientWorkerList } from "@/components/officer/client-worker-list";
import { DeathReportForm } from "@/components/officer/employment-forms";
import { BillingContactForm } from "@/components/officer/billing-contact-form";
import { AddWorkersForm } from "@/components/officer/add-workers-form";
import { ManagerForm } from "@/components/officer/manager-form";
import { ReferralForm } from "@/components/officer/referral-form";
import { ButtonLink } from "@/components/ui/button";
import { branchScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { maskNik } from "@/lib/domain/nik";
import { regencyName } from "@/lib/domain/regions";
import { clientBills } from "@/lib/officer/bills";
import { activeWorkerTerms, findClient } from "@/lib/officer/clients";
import { clientWorkers, firstWageMonth, workerFiltersSchema } from "@/lib/officer/client-workers";
import { CreditNotice } from "@/components/payments/credit-notice";
import { creditBalance } from "@/lib/ledger/entries";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { ownerChangeKey, ownerChanges } from "@/lib/employer/queries";
import { TitledSection } from "@/components/ui/titled-section";

export default async function ClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const access = await authorize("client.read");
  const client = await findClient(db(), branchScope(access), id);
  // Found outside the boundary (another branch's id keeps its 404); bills, workers and changes stream in after it.
  if (!client) notFound();
  return (
    <Suspense fallback={<LoadingStatus />}>
      <Client client={client} query={await searchParams} />
    </Suspense>
  );
}

async function Client({
  client,
  query,
}: {
  client: NonNullable<Awaited<ReturnType<typeof findClient>>>;
  query: Record<string, string | string[] | undefined>;
}) {
  const filters = workerFiltersSchema.parse(query);
  const [t, tc, tk, ts, format, bills, workers, page, wageMonth, credit, ownerCredit, changes] = await Promise.all([
    getTranslations("officer"),
    getTranslations("officer.client"),
    getTranslations("officer.contact"),
    getTranslations("status"),
    getFormatter(),
    clientBills(db(), client.id),
    activeWorkerTerms(db(), client.id),
    clientWorkers(db(), client.id, filters),
    firstWageMonth(db(), client.id),
    creditBalance(db(), { type: "COMPANY", id: client.id }),
    // The owner pays their own BPU contributions: their credit is theirs, not the business's.
    client.owner ? creditBalance(db(), { type: "PARTICIPANT", id: client.owner.id }) : 0n,
    ownerChanges(db(), client.id),
  ]);
  const facts: [string, string][] = [
    [tc("npp"), client.npp],
    [tc("nib"), client.nib ?? "-"],
    [tc("kbli"), client.kbli ?? "-"],
    [tc("scale"), t(`scale.${client.scale}`)],
    [tc("risk"), t(`riskClass.${client.riskClass as 1 | 2 | 3 | 4 | 5}`)],
    [tc("address"), [client.address, regencyName(client.regencyCode)].filter(Boolean).join(", ")],
    [
      tc("owner"),
      client.owner ? `${client.owner.name} (KPJ ${client.owner.kpj} · ${maskNik(client.owner.nik)}) · ${ts(client.owner.status)}` : "-",
    ],
  ];
  return (
    <div className="space-y-6">
      {query.baru && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {tc("enrolled", { npp: client.npp })}
        </p>
      )}
      <h1 className="text-2xl font-bold text-brand-900">{client.name}</h1>
      <DetailList rows={facts} className="rounded-xl bg-white px-4 shadow-sm" />
      {client.owner && client.owner.status !== "DECEASED" && <DeathReportForm participantId={client.owner.id} name={client.owner.name} />}
      <CreditNotice credit={credit} whose={client.name} />
      {client.owner && <CreditNotice credit={ownerCredit} whose={client.owner.name} />}
      <ContributionSummary company={client} workers={workers} />
      <section aria-labelledby="workers" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="workers" className="text-lg font-semibold">
            {tc("workers")} ({client._count.employments})
          </h2>
          <ButtonLink href={`/bank/klien/${client.id}/impor`} variant="secondary">
            {tc("import")}
          </ButtonLink>
        </div>
        <ClientWorkerList company={client} workers={page.workers} next={page.next} filters={filters} firstWageMonth={wageMonth} />
      </section>
      <TitledSection id="add-workers" title={t("addWorkers.title")} intro={t("addWorkers.intro")}>
        <AddWorkersForm company={client} />
      </TitledSection>
      {changes.length > 0 && (
        <section aria-labelledby="owner-changes" className="rounded-xl bg-white p-4 shadow-sm">
          <h2 id="owner-changes" className="mb-2 text-lg font-semibold">
            {tc("ownerChanges.title")}
          </h2>
          <ul className="space-y-1 text-sm" data-testid="owner-changes">
            {changes.map((c, i) => (
              <li key={i}>
                {format.dateTime(c.at, { dateStyle: "medium", timeStyle: "short", timeZone: JAKARTA_TZ })} ·{" "}
                {tc(`ownerChanges.actions.${ownerChangeKey(c.action)}`)}
                {c.by && ` · ${c.by}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="bills" className="space-y-2">
        <h2 id="bills" className="text-lg font-semibold">
          {t("bill.bills")}
        </h2>
        <CompanyBills bills={bills} printable />
      </section>
      <section aria-labelledby="billing-contact" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="billing-contact" className="text-lg font-semibold">
          {tk("title")}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{tk("intro")}</p>
        <BillingContactForm companyId={client.id} name={client.contactName} email={client.contactEmail} />
      </section>
      <section aria-labelledby="manager" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="manager" className="text-lg font-semibold">
          {t("manager.title")}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t("manager.intro")}</p>
        <ManagerForm companyId={client.id} manager={client.manager} />
      </section>
      <section aria-labelledby="credit" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="credit" className="mb-2 text-lg font-semibold">
          {t("credit.record")}
        </h2>
        {client.referrals.length > 0 && (
          <ul className="mb-3 text-sm">
            {client.referrals.map((r) => (
              <li key={r.id}>
                {t(`credit.products.${r.product}`)} · {formatRupiah(Number(r.amount))} · {t(`credit.statuses.${r.status}`)}
              </li>
            ))}
          </ul>
        )}
        <ReferralForm companyId={client.id} />
      </section>
    </div>
  );
}
