import { getTranslations } from "next-intl/server";
import { BranchRecoveryForm } from "@/components/officer/branch-recovery-form";
import { authorize } from "@/lib/auth/session";

/** Recovery at a branch (issue 14): the e-KTP checked in person, a code to the worker's new number. */
export default async function BranchRecoveryPage() {
  await authorize("account.recover.branch");
  const t = await getTranslations("officer.recovery");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <BranchRecoveryForm />
    </div>
  );
}
