import { getTranslations } from "next-intl/server";
import { authorize } from "@/lib/auth/session";
import { branchScope } from "@/lib/auth/scope";
import { db } from "@/lib/db/database";
import { officerFigures } from "@/lib/officer/figures";

export default async function OfficerHome() {
  const access = await authorize("client.read");
  const scope = branchScope(access);
  const [t, branch, figures] = await Promise.all([
    getTranslations("officer"),
    scope.branchId ? db().branch.findUnique({ where: { id: scope.branchId } }) : null,
    officerFigures(db(), access.user.id, scope),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-700">{t("branch", { branch: branch?.name ?? t("allBranches") })}</p>
      </div>
      <section aria-labelledby="figures">
        <h2 id="figures" className="mb-2 text-lg font-semibold">
          {t("figures.title")}
        </h2>
        <dl className="grid grid-cols-2 gap-3">
          {(["mine", "branch"] as const).map((who) => (
            <div key={who} className="rounded-xl bg-white p-4 shadow-sm" data-testid={`figures-${who}`}>
              <dt className="text-sm text-slate-600">{t(`figures.${who}`)}</dt>
              <dd className="text-xl font-bold tabular-nums">{t("figures.participants", { count: figures[who].participants })}</dd>
              <dd className="text-sm text-slate-700">{t("figures.companies", { count: figures[who].companies })}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
