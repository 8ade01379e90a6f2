import Link from "next/link";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SheetImportWizard } from "@/components/imports/sheet-import-wizard";
import { DetailList } from "@/components/ui/detail-list";
import { FigureTable } from "@/components/ui/figure-table";
import { SelectField } from "@/components/ui/select-field";
import { sponsorScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { regencyName } from "@/lib/domain/regions";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";
import { budgetUsed } from "@/lib/sponsorship/beneficiaries";
import { startMonths } from "@/lib/sponsorship/beneficiary-import";
import { saveBeneficiariesAction } from "@/lib/sponsorship/actions";
import { BENEFICIARIES_SHOWN, findProgramme, programmeBeneficiaries, programmeBills } from "@/lib/sponsorship/queries";
import { CollectiveBills } from "@/components/sponsor/collective-bills";
import { searchField } from "@/lib/validation/person";
import { TitledSection } from "@/components/ui/titled-section";

export const dynamic = "force-dynamic";

/** One programme: its budget, a beneficiary list to upload (checked, then saved whole), and the people it pays for. */
export default async function ProgrammePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const access = await authorize("sponsor.beneficiaries");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const programme = await findProgramme(db(), sponsorScope(access), id);
  // Found outside the boundary (a 404 keeps its status); the figures and lists stream in after it.
  if (!programme) notFound();
  return (
    <Suspense fallback={<LoadingStatus />}>
      <Programme programme={programme} query={query} />
    </Suspense>
  );
}

async function Programme({
  programme,
  query,
}: {
  programme: NonNullable<Awaited<ReturnType<typeof findProgramme>>>;
  query: Record<string, string | string[] | undefined>;
}) {
  const q = searchField(60).parse(query.cari);
  const [t, ts, format, used, people, bills] = await Promise.all([
    getTranslations("sponsor"),
    getTranslations("status"),
    getFormatter(),
    budgetUsed(db(), programme.id),
    programmeBeneficiaries(db(), programme.id, q),
    programmeBills(db(), programme.id),
  ]);
  const month = (period: string) => format.dateTime(monthDate(period), MONTH_YEAR);
  const months = startMonths(programme);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/sponsor" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{programme.name}</h1>
      <DetailList
        rows={[
          [t("sponsor"), programme.sponsorName],
          [t("legalBasis"), programme.legalBasis],
          [t("months"), `${month(programme.fromPeriod)} – ${month(programme.toPeriod)}`],
          [t("ceiling"), formatRupiah(Number(programme.ceiling))],
          [t("used"), formatRupiah(used)],
          [t("remaining"), formatRupiah(Number(programme.ceiling) - used)],
        ]}
      />
      <TitledSection id="bills" title={t("bills.title")} intro={t("bills.intro")}>
        <CollectiveBills bills={bills} />
      </TitledSection>
      <section aria-labelledby="upload" className="space-y-3">
        <h2 id="upload" className="text-lg font-semibold">
          {t("import.title")}
        </h2>
        {months.length ? (
          <>
            <p className="text-sm text-slate-700">{t("import.intro")}</p>
            <SheetImportWizard
              namespace="sponsor.import"
              checkUrl={`/sponsor/program/${programme.id}/periksa`}
              templateUrl="/sponsor/templat"
              reportUrl="/sponsor/impor/{batchId}/laporan"
              save={saveBeneficiariesAction}
              allOrNothing
            >
              <SelectField
                id="fromPeriod"
                name="fromPeriod"
                label={t("import.from")}
                hint={t("import.fromHint")}
                options={months.map((m) => ({ value: m, label: month(m) }))}
              />
            </SheetImportWizard>
          </>
        ) : (
          <p>{t("import.ended")}</p>
        )}
      </section>
      <section aria-labelledby="people" className="space-y-3">
        <h2 id="people" className="text-lg font-semibold">
          {t("people.title", { count: people.total })}
        </h2>
        <form className="flex flex-wrap items-end gap-2" role="search">
          <label className="flex-1">
            <span className="block text-sm font-medium">{t("people.search")}</span>
            <input
              name="cari"
              defaultValue={q}
              maxLength={60}
              className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
            />
          </label>
          <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-700">
            {t("people.searchSubmit")}
          </button>
        </form>
        {people.rows.length ? (
          <FigureTable
            caption={t("people.title", { count: people.total })}
            testId="sponsored-people"
            columns={[
              { label: t("people.name") },
              { label: "KPJ" },
              { label: t("people.regency") },
              { label: t("months") },
              { label: t("people.status") },
              { label: t("people.committed"), numeric: true },
            ]}
            rows={people.rows.map((row) => ({
              key: row.id,
              head: row.participant.name,
              cells: [
                row.participant.kpj,
                regencyName(row.participant.regencyCode) ?? row.participant.regencyCode,
                `${month(row.fromPeriod)} – ${month(row.toPeriod)}`,
                ts(row.participant.status),
                formatRupiah(Number(row.committed)),
              ],
            }))}
          />
        ) : (
          <p className="text-sm">{q ? t("people.noMatch") : t("people.none")}</p>
        )}
        {people.total > BENEFICIARIES_SHOWN && <p className="text-sm">{t("people.more", { shown: BENEFICIARIES_SHOWN })}</p>}
      </section>
    </div>
  );
}
