import { getTranslations } from "next-intl/server";
import { calculatePuContribution, jpCapFor, sumPuContributions } from "@/lib/domain/contributions/pu";
import { currentPeriod } from "@/lib/domain/billing-period";
import { formatRupiah } from "@/lib/domain/money";
import type { WorkerTerms } from "@/lib/officer/clients";

type CompanyTerms = { riskClass: number; scale: string; jpIncluded: boolean };

function workerContribution(worker: WorkerTerms, company: CompanyTerms, period = currentPeriod()) {
  const result = calculatePuContribution({
    wage: worker.wage,
    riskClass: company.riskClass,
    scale: company.scale,
    period,
    includeJp: company.jpIncluded,
    // JKP only for those who joined before 54 (PP 37/2021): shown where it applies.
    jkp: worker.jkp,
  });
  return result.ok ? result.value : undefined;
}

/** One worker's monthly contribution and its split, on one line. */
export async function WorkerContribution({ worker, company }: { worker: WorkerTerms; company: CompanyTerms }) {
  const t = await getTranslations("officer.client");
  const c = workerContribution(worker, company);
  if (!c) return null;
  return (
    <span className="w-full text-slate-700 tabular-nums" data-testid="worker-contribution">
      {t("perWorker")}: {formatRupiah(c.monthlyTotal)} ({t("employer")} {formatRupiah(c.employerTotal)}, {t("worker")}{" "}
      {formatRupiah(c.workerTotal)})
    </span>
  );
}

/**
 * A business's monthly PU contributions split into employer and worker
 * shares, from the same domain rules that bill them. JKP is shown, not billed.
 */
export async function ContributionSummary({ company, workers }: { company: CompanyTerms; workers: WorkerTerms[] }) {
  const t = await getTranslations("officer.client");
  const period = currentPeriod();
  const total = sumPuContributions(workers.flatMap((worker) => workerContribution(worker, company, period) ?? []));
  if (!total.ok) return null;
  const cap = jpCapFor(period);
  const jkp = total.value.notBilled[0];
  return (
    <section aria-labelledby="contribution" className="rounded-xl bg-white p-4 shadow-sm">
      <h2 id="contribution" className="text-lg font-semibold">
        {t("contribution")} · {t("business")}
      </h2>
      <div className="overflow-x-auto" tabIndex={0}>
        <table className="mt-2 w-full text-sm whitespace-nowrap" data-testid="business-contribution">
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1">
                {t("program")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("employer")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("worker")}
              </th>
              <th scope="col" className="py-1 text-right">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {total.value.lines.map((line) => (
              <tr key={line.program} className="border-t border-slate-100">
                <th scope="row" className="py-1 text-left font-normal">
                  {line.program}
                </th>
                <td className="py-1 text-right tabular-nums">{formatRupiah(line.employer)}</td>
                <td className="py-1 text-right tabular-nums">{formatRupiah(line.worker)}</td>
                <td className="py-1 text-right tabular-nums">{formatRupiah(line.amount)}</td>
              </tr>
            ))}
            <tr className="border-t-2 border-slate-300 font-semibold">
              <th scope="row" className="py-1 text-left">
                {t("total")}
              </th>
              <td className="py-1 text-right tabular-nums">{formatRupiah(total.value.employerTotal)}</td>
              <td className="py-1 text-right tabular-nums">{formatRupiah(total.value.workerTotal)}</td>
              <td className="py-1 text-right tabular-nums" data-testid="business-total">
                {formatRupiah(total.value.monthlyTotal)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {cap && company.jpIncluded && (
        <p className="mt-2 text-sm text-slate-600">{t("jpCap", { cap: formatRupiah(cap.cap), year: cap.year })}</p>
      )}
      {jkp && (
        <p className="text-sm text-slate-600">
          {t("jkpNote", { amount: formatRupiah(jkp.amount), government: formatRupiah(jkp.government), fromJkk: formatRupiah(jkp.fromJkk) })}
        </p>
      )}
    </section>
  );
}
