import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { authorize, type UserAccess } from "@/lib/auth/session";
import { branchScope } from "@/lib/auth/scope";
import { db } from "@/lib/db/database";
import { formatRupiah } from "@/lib/domain/money";
import { BANTEN_REGENCIES, regencyName } from "@/lib/domain/regions";
import { UMKM_SCALES } from "@/lib/domain/umkm";
import { clientFiltersSchema, listClients } from "@/lib/officer/clients";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import { queryString } from "@/lib/http/search-params";

export default async function ClientListPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const access = await authorize("client.read");
  // The check stays outside the boundary (its redirect or 404 keeps its status); the data streams in after it.
  return (
    <Suspense fallback={<LoadingStatus />}>
      <ClientList access={access} searchParams={searchParams} />
    </Suspense>
  );
}

async function ClientList({ access, searchParams }: { access: UserAccess; searchParams: Promise<Record<string, string>> }) {
  const filters = clientFiltersSchema.parse(await searchParams);
  const [t, { clients, next }] = await Promise.all([getTranslations("officer"), listClients(db(), branchScope(access), filters)]);
  const nextHref = next ? queryString({ ...filters, after: next }) : undefined;
  const selectClass = "mt-1 block w-full min-h-11 rounded-lg border border-slate-400 bg-white px-2";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("clients.title")}</h1>
      <form className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-2" role="search">
        <label className="sm:col-span-2">
          <span className="font-medium">{t("clients.search")}</span>
          <input name="q" defaultValue={filters.q} className={selectClass} />
        </label>
        <label>
          <span className="font-medium">{t("clients.regency")}</span>
          <select name="regency" defaultValue={filters.regency ?? ""} className={selectClass}>
            <option value="">{t("clients.any")}</option>
            {BANTEN_REGENCIES.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="font-medium">{t("clients.scale")}</span>
          <select name="scale" defaultValue={filters.scale ?? ""} className={selectClass}>
            <option value="">{t("clients.any")}</option>
            {UMKM_SCALES.map((s) => (
              <option key={s} value={s}>
                {t(`scale.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="font-medium">{t("clients.payment")}</span>
          <select name="payment" defaultValue={filters.payment ?? ""} className={selectClass}>
            <option value="">{t("clients.any")}</option>
            {(["paid", "arrears", "none"] as const).map((p) => (
              <option key={p} value={p}>
                {t(`clients.paymentStatus.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="min-h-11 w-full rounded-lg bg-brand-600 px-4 font-semibold text-white">
            {t("clients.apply")}
          </button>
        </div>
      </form>
      {clients.length === 0 ? (
        <p className="text-slate-600">{t("clients.empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="client-list">
          {clients.map((c) => (
            <li key={c.id} className="rounded-xl bg-white p-4 shadow-sm">
              <Link href={`/bank/klien/${c.id}`} className="font-semibold text-brand-700 underline">
                {c.name}
              </Link>
              <p className="text-sm text-slate-700">
                NPP {c.npp} · {t(`scale.${c.scale}`)} · {regencyName(c.regencyCode)}
              </p>
              <p className="text-sm">
                {t("clients.workers", { count: c.workers })} ·{" "}
                {c.arrears > 0 ? (
                  <span className="font-semibold text-red-700">{t("clients.arrears", { amount: formatRupiah(c.arrears) })}</span>
                ) : (
                  <span className="text-brand-700">{t("clients.paymentStatus.paid")}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-3">
        {filters.after && (
          <ButtonLink href={queryString({ ...filters, after: undefined })} variant="secondary">
            {t("clients.first")}
          </ButtonLink>
        )}
        {nextHref && <ButtonLink href={nextHref}>{t("clients.next")}</ButtonLink>}
      </div>
    </div>
  );
}
