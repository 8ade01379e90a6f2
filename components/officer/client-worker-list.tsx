import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { WorkerContribution } from "@/components/officer/contribution-summary";
import { EndEmploymentForm } from "@/components/officer/end-employment-form";
import { ContinueBpuForm, DeathReportForm, WageChangeForm } from "@/components/officer/employment-forms";
import { isoDate } from "@/lib/domain/billing-period";
import { formatRupiah } from "@/lib/domain/money";
import { maskNik } from "@/lib/domain/nik";
import { WORKER_VIEWS, type ClientWorker, type WorkerFilters } from "@/lib/officer/client-workers";
import { workerTermsOf } from "@/lib/officer/clients";
import { MONTH_YEAR, monthDate } from "@/lib/i18n/month";

type Company = Parameters<typeof WorkerContribution>[0]["company"] & { id: string };

/** A client's workers, a page at a time: search, still working / left / all, and each worker's acts. */
export async function ClientWorkerList({
  company,
  workers,
  next,
  filters,
  firstWageMonth,
  base = `/bank/klien/${company.id}`,
  officer = true,
}: {
  company: Company;
  workers: ClientWorker[];
  next?: string;
  filters: WorkerFilters;
  /** The first month a wage change can start (the company's bills before it are issued). */
  firstWageMonth: string;
  /** The page the list is on (the officer's client page, or the owner's own). */
  base?: string;
  /** The officer's acts and what only they see (heirs, continuing as BPU, a death); the owner changes wages and ends jobs. */
  officer?: boolean;
}) {
  const [t, tw, tc, th, ts, format] = await Promise.all([
    getTranslations("officer.employment"),
    getTranslations("officer.workers"),
    getTranslations("officer.client"),
    getTranslations("heirs"),
    getTranslations("status"),
    getFormatter(),
  ]);
  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams(
      Object.entries({ cari: filters.cari, pekerja: filters.pekerja, ...extra }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    );
    return `${base}?${params}#workers`;
  };
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const month = (period: string) => format.dateTime(monthDate(period), MONTH_YEAR);
  return (
    <>
      <form action={base} className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex-1">
          <span className="block text-sm font-medium">{tw("search")}</span>
          <input
            name="cari"
            defaultValue={filters.cari}
            maxLength={60}
            className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2"
          />
        </label>
        <input type="hidden" name="pekerja" value={filters.pekerja} />
        <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-700">{tw("searchSubmit")}</button>
      </form>
      <nav aria-label={tc("workers")} className="flex flex-wrap gap-3 text-sm">
        {WORKER_VIEWS.map((view) => (
          <Link
            key={view}
            href={query({ pekerja: view })}
            aria-current={filters.pekerja === view ? "page" : undefined}
            className={filters.pekerja === view ? "font-bold text-brand-900" : "font-medium text-brand-700 underline"}
          >
            {tw(`views.${view}`)}
          </Link>
        ))}
      </nav>
      {workers.length === 0 ? (
        <p className="text-slate-600">{filters.cari ? tw("none") : tc("noWorkers")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm" data-testid="worker-list">
          {workers.map((e) => {
            const p = e.participant;
            const gone = p.status === "DECEASED" || p.status === "REJECTED";
            return (
              <li key={e.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm" data-testid="worker-row">
                <span>
                  <span className="font-medium">{p.name}</span>{" "}
                  <span className="text-slate-600">
                    KPJ {p.kpj} · {maskNik(p.nik)}
                  </span>
                </span>
                <span className="tabular-nums">
                  {tc("wage")} {formatRupiah(e.wage)}
                  {e.nextWage &&
                    ` → ${t("wageFromMonth", { wage: formatRupiah(e.nextWage.monthlyWage), month: month(e.nextWage.fromPeriod) })}`}{" "}
                  · {ts(p.status)}
                  {p.diedOn && ` · ${t("diedOnLabel", { date: day(p.diedOn) })}`}
                  {p.reviews[0]?.decisionNote && ` (${p.reviews[0].decisionNote})`}
                </span>
                {e.endDate && (
                  <span className="w-full text-slate-700" data-testid="worker-ended">
                    {t("endedOn", { date: day(e.endDate), reason: e.endReason ? t(`reasons.${e.endReason}`) : "-" })}
                    {p.category === "BPU" && ` · ${t("nowBpu")}`}
                  </span>
                )}
                {!e.endDate && <WorkerContribution worker={workerTermsOf({ ...e, monthlyWage: e.wage })} company={company} />}
                {officer && p.heirs.length > 0 && (
                  <span className="w-full text-slate-600" data-testid="worker-heirs">
                    {th("title")}: {p.heirs.map((h) => `${h.name} (${th(`relationships.${h.relationship}`)})`).join(", ")}
                  </span>
                )}
                {!e.endDate && (
                  <>
                    <WageChangeForm employmentId={e.id} firstMonth={maxPeriod(firstWageMonth, isoDate(e.startDate).slice(0, 7))} />
                    <EndEmploymentForm employmentId={e.id} name={p.name} />
                  </>
                )}
                {officer && e.endDate && !gone && p.category === "PU" && <ContinueBpuForm employmentId={e.id} />}
                {officer && e.endDate && !gone && <DeathReportForm participantId={p.id} name={p.name} />}
              </li>
            );
          })}
        </ul>
      )}
      <p className="flex gap-4 text-sm">
        {filters.setelah && (
          <Link href={query({})} className="font-medium text-brand-700 underline">
            {tw("first")}
          </Link>
        )}
        {next && (
          <Link href={query({ setelah: next })} className="font-medium text-brand-700 underline">
            {tw("next")}
          </Link>
        )}
      </p>
    </>
  );
}

const maxPeriod = (a: string, b: string) => (a > b ? a : b);
