import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/admin/account-form";
import { ROLE_SCOPE, STAFF_ROLES } from "@/lib/admin/accounts";
import { branchOptions } from "@/lib/admin/queries";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { BANTEN_REGENCIES } from "@/lib/domain/regions";
import { sponsorOptions } from "@/lib/sponsorship/programmes";

export const dynamic = "force-dynamic";

export default async function NewAccountPage() {
  await authorize("admin.users");
  const [t, branches, sponsors] = await Promise.all([getTranslations("admin"), branchOptions(db()), sponsorOptions(db())]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("create.title")}</h1>
      <p className="text-slate-700">{t("create.intro")}</p>
      <AccountForm
        roles={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        roleScopes={ROLE_SCOPE}
        branches={branches}
        regencies={BANTEN_REGENCIES.map((r) => ({ value: r.code, label: r.name }))}
        sponsors={sponsors}
      />
    </div>
  );
}
