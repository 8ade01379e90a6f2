import { getTranslations } from "next-intl/server";
import { ProgrammeForm, SponsorForm } from "@/components/admin/sponsor-forms";
import { ProgrammeTable } from "@/components/sponsor/programme-table";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { addMonths, currentPeriod } from "@/lib/domain/billing-period";
import { BPU_INCOME_RANGES } from "@/lib/domain/contributions/bpu-income-ranges";
import { OCCUPATIONS } from "@/lib/domain/occupations";
import { BANTEN_REGENCIES, regencyName } from "@/lib/domain/regions";
import { PROGRAMME_FUNDINGS } from "@/lib/domain/sponsorship";
import { listSponsors, SPONSOR_KINDS } from "@/lib/sponsorship/programmes";

export const dynamic = "force-dynamic";

/** Sponsors and their programmes: decree, money, months, who qualifies, and how much of the budget is promised. */
export default async function SponsorsPage() {
  await authorize("sponsor.programmes");
  const [t, tr, sponsors] = await Promise.all([getTranslations("admin.sponsors"), getTranslations("register"), listSponsors(db())]);
  const regencies = BANTEN_REGENCIES.map((r) => ({ value: r.code, label: r.name }));
  // A new programme starts next month by default and runs to the end of that budget year.
  const next = addMonths(currentPeriod(), 1);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {sponsors.length === 0 && <p>{t("none")}</p>}
      {sponsors.map((sponsor) => (
        <section key={sponsor.id} aria-labelledby={`sponsor-${sponsor.id}`} className="space-y-2">
          <h2 id={`sponsor-${sponsor.id}`} className="text-lg font-semibold">
            {sponsor.name} · {t(`kinds.${sponsor.kind}`)}
            {sponsor.regencyCode && ` · ${regencyName(sponsor.regencyCode)}`}
          </h2>
          <ProgrammeTable sponsor={sponsor} href={(id) => `/sponsor/program/${id}`} />
        </section>
      ))}
      <section aria-labelledby="new-sponsor" className="space-y-3">
        <h2 id="new-sponsor" className="text-lg font-semibold">
          {t("addSponsor")}
        </h2>
        <SponsorForm kinds={SPONSOR_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} regencies={regencies} />
      </section>
      {sponsors.length > 0 && (
        <section aria-labelledby="new-programme" className="space-y-3">
          <h2 id="new-programme" className="text-lg font-semibold">
            {t("addProgramme")}
          </h2>
          <ProgrammeForm
            sponsors={sponsors.map((s) => ({ value: s.id, label: s.name }))}
            fundings={PROGRAMME_FUNDINGS.map((f) => ({ value: f, label: t(`fundings.${f}`) }))}
            regencies={regencies}
            occupations={OCCUPATIONS.map((o) => ({ value: o, label: tr(`occupations.${o}`) }))}
            defaults={{
              budgetYear: next.slice(0, 4),
              fromPeriod: next,
              toPeriod: `${next.slice(0, 4)}-12`,
              insuredIncome: String(BPU_INCOME_RANGES[0]!.base),
            }}
          />
        </section>
      )}
    </div>
  );
}
