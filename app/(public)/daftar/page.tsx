import { getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/components/registration/registration-form";
import type { Arrival } from "@/components/registration/use-funnel-steps";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { BANTEN_REGENCIES, bantenDistricts } from "@/lib/domain/regions";
import { campaignByCode } from "@/lib/funnel/campaigns";
import { firstValues } from "@/lib/http/search-params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  await authorize("registration.submit");
  // An officer's campaign link (/daftar?kampanye=CODE, with via=qr from its QR code): the registration is credited to it.
  const { kampanye, via } = firstValues(await searchParams);
  const campaign = kampanye ? await campaignByCode(db(), kampanye.toUpperCase()) : null;
  const arrival: Arrival = campaign ? { source: via === "qr" ? "QR" : "LINK", campaign: campaign.code } : { source: "DIRECT" };
  const t = await getTranslations("register");
  const districts = Object.fromEntries(BANTEN_REGENCIES.map((r) => [r.code, bantenDistricts(r.code)]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {campaign && <p className="text-sm text-slate-600">{t("viaCampaign", { name: campaign.name })}</p>}
      <RegistrationForm regencies={BANTEN_REGENCIES} districts={districts} arrival={arrival} />
    </div>
  );
}
