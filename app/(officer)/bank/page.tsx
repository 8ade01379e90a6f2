import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export default async function OfficerHome() {
  const user = await requireArea("/bank");
  const branch = user.branchId ? await db().branch.findUnique({ where: { id: user.branchId } }) : null;
  const t = await getTranslations("officer");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("branch", { branch: branch?.name ?? "-" })}</p>
      <p className="text-slate-600">{t("soon")}</p>
    </div>
  );
}
