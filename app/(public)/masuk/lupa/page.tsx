import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RecoveryRequestForm } from "@/components/auth/recovery-forms";
import { authorize } from "@/lib/auth/session";

/** "Lupa kata sandi": a code to the phone on record, then a new password. */
export default async function RecoveryPage() {
  await authorize("account.recover");
  const t = await getTranslations("signIn.recovery");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <RecoveryRequestForm />
      <p className="text-sm text-slate-600">{t("atBranch")}</p>
      <Link href="/masuk" className="text-sm font-medium text-brand-700 underline">
        {t("back")}
      </Link>
    </div>
  );
}
