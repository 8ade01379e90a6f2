import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { authorize } from "@/lib/auth/session";
import { currentPeriod } from "@/lib/domain/billing-period";
import { bpuLowestMonthly } from "@/lib/domain/contributions/bpu";

export default async function HomePage() {
  await authorize("site.read");
  const t = await getTranslations("home");
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("heading")}</h1>
        <p className="text-lg text-slate-700">{t("lead", { monthly: bpuLowestMonthly(currentPeriod()) })}</p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/daftar">{t("cta")}</ButtonLink>
          <ButtonLink href="/masuk" variant="secondary">
            {t("haveAccount")}
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="points" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="points" className="text-xl font-semibold">
          {t("pointsTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5">
          <li>{t("point1")}</li>
          <li>{t("point2")}</li>
          <li>{t("point3")}</li>
        </ul>
      </section>
      <p className="text-sm text-slate-600">{t("partner")}</p>
    </div>
  );
}
