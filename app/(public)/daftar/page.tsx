import { getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/components/registration/registration-form";
import { authorize } from "@/lib/auth/session";
import { BANTEN_REGENCIES, bantenDistricts } from "@/lib/domain/regions";

export default async function RegisterPage() {
  await authorize("registration.submit");
  const t = await getTranslations("register");
  const districts = Object.fromEntries(BANTEN_REGENCIES.map((r) => [r.code, bantenDistricts(r.code)]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <RegistrationForm regencies={BANTEN_REGENCIES} districts={districts} />
    </div>
  );
}
