import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { branchScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { listProjects } from "@/lib/jakon-projects/register";
import { db } from "@/lib/db/database";
import { isoDate, periodOf } from "@/lib/domain/billing-period";
import { calculateJakonContribution } from "@/lib/domain/contributions/jakon";
import { formatRupiah } from "@/lib/domain/money";
import { regencyName } from "@/lib/domain/regions";

const DAY_MS = 24 * 60 * 60 * 1000;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ baru?: string }> }) {
  const access = await authorize("client.read");
  const [t, format, projects, { baru }] = await Promise.all([
    getTranslations("officer.projects"),
    getFormatter(),
    listProjects(db(), branchScope(access)),
    searchParams,
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <ButtonLink href="/bank/proyek/baru">{t("new")}</ButtonLink>
      </div>
      {baru && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 font-medium text-brand-900">
          {t("saved", { count: Number(baru) })}
        </p>
      )}
      {projects.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="project-list">
          {projects.map((p) => {
            const quote = calculateJakonContribution({ contractValue: Number(p.contractValue), period: periodOf(isoDate(p.startDate)) });
            const days = Math.round((p.endDate.getTime() - p.startDate.getTime()) / DAY_MS) + 1;
            return (
              <li key={p.id} className="rounded-xl bg-white p-4 text-sm shadow-sm">
                <p className="font-semibold">{p.name}</p>
                <p className="text-slate-700">
                  {p.contractor.name} · {p.workPackage} · {regencyName(p.regencyCode)}
                </p>
                <p>
                  {format.dateTime(p.startDate, { dateStyle: "medium", timeZone: "UTC" })} –{" "}
                  {format.dateTime(p.endDate, { dateStyle: "medium", timeZone: "UTC" })} ({t("duration", { days })}) · {t("workers")}:{" "}
                  {p._count.workers}
                </p>
                <p>
                  {t("contractValue")}: {formatRupiah(Number(p.contractValue))}
                  {quote.ok && (
                    <>
                      {" "}
                      · {t("contribution")}: <strong>{formatRupiah(quote.value.total)}</strong>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
