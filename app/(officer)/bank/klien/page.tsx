import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { FILTER_CONTROL, FilterSelect } from "@/components/ui/filter-select";
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
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("clients.title")}</h1>
      <form className="grid gap-3 rounded-xl bg-white p-4 shadow-sm sm:grid-cols-2" role="search">
        <label className="sm:col-span-2">
          <span className="font-medium">{t("clients.search")}</span>
          <input name="q" defaultValue={filters.q} className={FILTER_CONTROL} />
        </label>
        <FilterSelect
          name="regency"
          label={t("clients.regency")}
          value={filters.regency}
          anyLabel={t("clients.any")}
          options={BANTEN_REGENCIES.map((r) => ({ value: r.code, label: r.name }))}
        />
        <FilterSelect
          name="scale"
          label={t("clients.scale")}
          value={filters.scale}
          anyLabel={t("clients.any")}
          options={UMKM_SCALES.map((s) => ({ value: s, label: t(`scale.${s}`) }))}
        />
        <FilterSelect
          name="payment"
          label={t("clients.payment")}
          value={filters.payment}
          anyLabel={t("clients.any")}
          options={(["paid", "arrears", "none"] as const).map((p) => ({ value: p, label: t(`clients.paymentStatus.${p}`) }))}
        />
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
                {c.payment === "arrears" ? (
                  <span className="font-semibold text-red-700">{t("clients.arrears", { amount: formatRupiah(c.arrears) })}</span>
                ) : (
                  <span className={c.payment === "paid" ? "text-brand-700" : "text-slate-600"} data-testid="client-payment">
                    {t(`clients.paymentStatus.${c.payment}`)}
                  </span>
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
