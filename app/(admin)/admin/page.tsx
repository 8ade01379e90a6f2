import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { FigureTable } from "@/components/ui/figure-table";
import { FILTER_CONTROL, FilterSelect } from "@/components/ui/filter-select";
import { STAFF_ROLES } from "@/lib/admin/accounts";
import { accountFilters, listAccounts } from "@/lib/admin/queries";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { accountScopeText } from "@/lib/admin/scope-labels";
import { JAKARTA_TZ } from "@/lib/domain/time";

export const dynamic = "force-dynamic";

/** Staff accounts: who has which role and scope, whether they are active, set up and when they last signed in. */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ peran?: string; q?: string }> }) {
  await authorize("admin.users");
  const { peran: role, q } = accountFilters.parse(await searchParams);
  const [t, format, accounts] = await Promise.all([getTranslations("admin"), getFormatter(), listAccounts(db(), { role, q })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("users.title")}</h1>
      <p className="text-slate-700">{t("users.intro")}</p>
      <ButtonLink href="/admin/pengguna/baru">{t("users.new")}</ButtonLink>
      <form className="grid max-w-2xl gap-3 sm:grid-cols-3 sm:items-end" role="search">
        <label>
          <span className="font-medium">{t("users.search")}</span>
          <input name="q" defaultValue={q} className={FILTER_CONTROL} />
        </label>
        <FilterSelect
          name="peran"
          label={t("users.role")}
          value={role}
          anyLabel={t("users.allRoles")}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <button className="min-h-11 rounded-lg border border-slate-300 px-4 font-semibold">{t("users.filter")}</button>
      </form>
      {accounts.length ? (
        <FigureTable
          caption={t("users.title")}
          testId="admin-users"
          columns={[
            { label: t("users.name") },
            { label: t("users.email") },
            { label: t("users.role") },
            { label: t("users.scope") },
            { label: t("users.status") },
            { label: t("users.lastSignIn") },
          ]}
          rows={accounts.map((a) => ({
            key: a.id,
            head: (
              <Link href={`/admin/pengguna/${a.id}`} className="font-medium text-brand-700 underline">
                {a.name}
              </Link>
            ),
            cells: [
              a.email,
              t(`roles.${a.role as (typeof STAFF_ROLES)[number]}`),
              accountScopeText({ ...a, branch: a.branch && { code: a.branch.code } }, t("users.allBanten")),
              [
                a.active ? t("users.active") : t("users.inactive"),
                a.totpEnabledAt ? t("users.twoFactorOn") : t("users.twoFactorOff"),
                ...(a.passwordChangeRequired ? [t("users.mustChangePassword")] : []),
              ].join(" · "),
              a.lastLoginAt
                ? format.dateTime(a.lastLoginAt, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ })
                : t("users.never"),
            ],
          }))}
        />
      ) : (
        <p>{t("users.none")}</p>
      )}
    </div>
  );
}
