import { getTranslations } from "next-intl/server";
import { ProgrammeTable } from "@/components/sponsor/programme-table";
import { sponsorScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { listSponsors } from "@/lib/sponsorship/programmes";

export const dynamic = "force-dynamic";

/** The operator's start: their sponsor's programmes with people and budget; each opens to its list and upload. */
export default async function SponsorHomePage() {
  const access = await authorize("sponsor.beneficiaries");
  const [t, sponsors] = await Promise.all([getTranslations("sponsor"), listSponsors(db(), sponsorScope(access))]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {sponsors.map((sponsor) => (
        <section key={sponsor.id} aria-labelledby={`sponsor-${sponsor.id}`} className="space-y-2">
          <h2 id={`sponsor-${sponsor.id}`} className="text-lg font-semibold">
            {sponsor.name}
          </h2>
          <ProgrammeTable sponsor={sponsor} href={(id) => `/sponsor/program/${id}`} />
        </section>
      ))}
    </div>
  );
}
