import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { clientScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { ownedCompanies } from "@/lib/employer/queries";

export const dynamic = "force-dynamic";

/** The businesses a UMKM owner runs: each opens to its workers and bills. */
export default async function OwnBusinessesPage() {
  const access = await authorize("employer.read");
  const [t, companies] = await Promise.all([getTranslations("employer"), ownedCompanies(db(), clientScope(access))]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {companies.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {companies.map((c) => (
            <li key={c.id} className="rounded-xl bg-white p-4 shadow-sm">
              <Link href={`/akun/usaha/${c.id}`} className="text-lg font-semibold text-brand-700 underline">
                {c.name}
              </Link>
              <p className="text-sm text-slate-700">
                NPP {c.npp} · {t("workers", { count: c.workers })} ·{" "}
                {c.owed > 0n ? t("owed", { amount: formatRupiah(Number(c.owed)) }) : t("nothingOwed")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
