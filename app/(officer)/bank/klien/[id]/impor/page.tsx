import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { WorkerImportWizard } from "@/components/imports/worker-import-wizard";
import { clientScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { findClientRef } from "@/lib/officer/clients";

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authorize("client.enroll");
  const client = await findClientRef(db(), clientScope(access), id);
  if (!client) notFound();
  const t = await getTranslations("officer.import");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title", { company: client.name })}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <WorkerImportWizard companyId={client.id} />
    </div>
  );
}
