import { getTranslations } from "next-intl/server";
import { BranchForm } from "@/components/admin/branch-form";
import { FigureTable } from "@/components/ui/figure-table";
import { listBranches } from "@/lib/admin/queries";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { BANTEN_REGENCIES, regencyName } from "@/lib/domain/regions";

export const dynamic = "force-dynamic";

export default async function BranchesPage() {
  await authorize("admin.branches");
  const [t, branches] = await Promise.all([getTranslations("admin.branches"), listBranches(db())]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <FigureTable
        caption={t("title")}
        testId="admin-branches"
        columns={[
          { label: t("code") },
          { label: t("name") },
          { label: t("regency") },
          { label: t("officers"), numeric: true },
          { label: t("clients"), numeric: true },
          { label: t("keys"), numeric: true },
        ]}
        rows={branches.map((b) => ({
          key: b.id,
          head: b.code,
          cells: [
            b.name,
            regencyName(b.regencyCode) ?? b.regencyCode,
            b._count.users.toLocaleString("id-ID"),
            b._count.companies.toLocaleString("id-ID"),
            b._count.apiKeys.toLocaleString("id-ID"),
          ],
        }))}
      />
      <section aria-labelledby="new-branch" className="space-y-3">
        <h2 id="new-branch" className="text-lg font-semibold">
          {t("new")}
        </h2>
        <BranchForm regencies={BANTEN_REGENCIES.map((r) => ({ value: r.code, label: r.name }))} />
      </section>
    </div>
  );
}
