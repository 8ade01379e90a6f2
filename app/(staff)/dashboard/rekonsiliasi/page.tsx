import { getTranslations } from "next-intl/server";
import { SettlementUploadForm } from "@/components/staff/settlement-upload-form";
import { authorize } from "@/lib/auth/session";

export default async function ReconciliationPage() {
  await authorize("payment.reconcile");
  const t = await getTranslations("staff.reconciliation");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SettlementUploadForm />
    </div>
  );
}
