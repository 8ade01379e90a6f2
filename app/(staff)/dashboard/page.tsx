import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { regencyName } from "@/lib/domain/regions";
import { participantCounts } from "@/lib/participants/stats";

export default async function StaffHome() {
  const user = await requireArea("/dashboard");
  const region = user.role === "ADMIN" ? null : user.regionCode;
  const [t, counts] = await Promise.all([getTranslations("staff"), participantCounts(db(), region)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p>{t("scope", { region: region ? (regencyName(region) ?? region) : t("allBanten") })}</p>
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-xl bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{t("participants")}</dt>
          <dd className="text-2xl font-bold tabular-nums">{counts.total.toLocaleString("id-ID")}</dd>
        </div>
        <div className="rounded-xl bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{t("pending")}</dt>
          <dd className="text-2xl font-bold tabular-nums">{counts.pending.toLocaleString("id-ID")}</dd>
        </div>
      </dl>
      <p>
        <Link href="/dashboard/rekonsiliasi" className="font-semibold text-brand-700 underline">
          {t("reconciliation.title")}
        </Link>
      </p>
      <p className="text-slate-600">{t("soon")}</p>
    </div>
  );
}
