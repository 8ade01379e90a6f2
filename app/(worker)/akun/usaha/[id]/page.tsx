import Link from "next/link";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BrowserMessages } from "@/components/i18n/browser-messages";
import { WorkerImportWizard } from "@/components/imports/worker-import-wizard";
import { AddWorkersForm } from "@/components/officer/add-workers-form";
import { CompanyBills } from "@/components/officer/company-bills";
import { ClientWorkerList } from "@/components/officer/client-worker-list";
import { ContributionSummary } from "@/components/officer/contribution-summary";
import { DetailList } from "@/components/ui/detail-list";
import { clientScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { companyArrears } from "@/lib/employer/queries";
import { clientBills } from "@/lib/officer/bills";
import { activeWorkerTerms, findClient } from "@/lib/officer/clients";
import { clientWorkers, firstWageMonth, workerFiltersSchema } from "@/lib/officer/client-workers";
import { TitledSection } from "@/components/ui/titled-section";

export const dynamic = "force-dynamic";

/**
 * The owner's own business (issue 16): what it owes, its bills, its workers, and the officer's own acts for it —
 * workers from a sheet, a wage from a month, an employment ended — through the same actions and rules.
 */
export default async function OwnBusinessPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await authorize("employer.read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const company = await findClient(db(), clientScope(access), id);
  // Found outside the boundary (a 404 keeps its status); the figures stream in after it.
  if (!company) notFound();
  return (
    <Suspense fallback={<LoadingStatus />}>
      <OwnBusiness company={company} query={query} />
    </Suspense>
  );
}

async function OwnBusiness({
  company,
  query,
}: {
  company: NonNullable<Awaited<ReturnType<typeof findClient>>>;
  query: Record<string, string | string[] | undefined>;
}) {
  const filters = workerFiltersSchema.parse(query);
  const [t, format, arrears, bills, workers, page, wageMonth] = await Promise.all([
    getTranslations("employer"),
    getFormatter(),
    companyArrears(db(), company.id),
    clientBills(db(), company.id),
    activeWorkerTerms(db(), company.id),
    clientWorkers(db(), company.id, filters),
    firstWageMonth(db(), company.id),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <BrowserMessages area="employer">
      <div className="space-y-6">
        <p>
          <Link href="/akun/usaha" className="text-brand-700 underline">
            {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-900">{company.name}</h1>
        <DetailList
          rows={[
            ["NPP", company.npp],
            [t("activeWorkers"), String(company._count.employments)],
            [t("arrears"), arrears.owed > 0n ? formatRupiah(Number(arrears.owed)) : t("nothingOwed")],
            ...(arrears.oldestDue ? [[t("oldestDue"), date(arrears.oldestDue)] as [string, string]] : []),
          ]}
          className="rounded-xl bg-white px-4 shadow-sm"
        />
        <ContributionSummary company={company} workers={workers} />
        <section aria-labelledby="bills" className="space-y-2">
          <h2 id="bills" className="text-lg font-semibold">
            {t("bills")}
          </h2>
          <CompanyBills bills={bills} printable={false} />
        </section>
        <section aria-labelledby="workers" className="space-y-2">
          <h2 id="workers" className="text-lg font-semibold">
            {t("workersTitle", { count: company._count.employments })}
          </h2>
          <ClientWorkerList
            company={company}
            workers={page.workers}
            next={page.next}
            filters={filters}
            firstWageMonth={wageMonth}
            base={`/akun/usaha/${company.id}`}
            officer={false}
          />
        </section>
        <TitledSection id="add-workers" title={t("addWorkers")} intro={t("addWorkersIntro")}>
          <AddWorkersForm company={company} />
        </TitledSection>
        <TitledSection id="import" title={t("import")} intro={t("importIntro")}>
          <WorkerImportWizard companyId={company.id} />
        </TitledSection>
      </div>
    </BrowserMessages>
  );
}
