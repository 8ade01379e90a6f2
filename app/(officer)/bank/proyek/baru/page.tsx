import { getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/officer/project-form";
import { branchScope, inBranch } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { BANTEN_REGENCIES } from "@/lib/domain/regions";

export default async function NewProjectPage() {
  const access = await authorize("project.register");
  const [t, contractors] = await Promise.all([
    getTranslations("officer.projects"),
    db().company.findMany({ where: inBranch(branchScope(access)), orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("new")}</h1>
      <ProjectForm contractors={contractors} regencies={BANTEN_REGENCIES} />
    </div>
  );
}
