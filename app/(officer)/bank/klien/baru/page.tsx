import { getTranslations } from "next-intl/server";
import { UmkmEnrollmentForm } from "@/components/officer/umkm-enrollment-form";
import { authorize } from "@/lib/auth/session";
import { BANTEN_REGENCIES, bantenDistricts } from "@/lib/domain/regions";

export default async function EnrollUmkmPage() {
  await authorize("client.register");
  const t = await getTranslations("officer.enroll");
  const districts = Object.fromEntries(BANTEN_REGENCIES.map((r) => [r.code, bantenDistricts(r.code)]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <UmkmEnrollmentForm regencies={BANTEN_REGENCIES} districts={districts} />
    </div>
  );
}
