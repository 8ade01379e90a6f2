import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivationRequestForm } from "@/components/auth/recovery-forms";
import { authorize } from "@/lib/auth/session";

/** A participant enrolled by someone else opens their own account: NIK, KPJ, birth date, then a code. */
export default async function ActivationPage() {
  await authorize("account.recover");
  const [t, ts] = await Promise.all([getTranslations("signIn.activation"), getTranslations("signIn.recovery")]);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ActivationRequestForm />
      <p className="text-sm text-slate-600">{ts("atBranch")}</p>
      <Link href="/masuk" className="text-sm font-medium text-brand-700 underline">
        {ts("back")}
      </Link>
    </div>
  );
}
