import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { DetailList } from "@/components/ui/detail-list";
import { FigureTable } from "@/components/ui/figure-table";
import type { StaffRole } from "@/lib/admin/accounts";
import {
  resetAccountPasswordAction,
  resetAccountSecondFactorAction,
  setAccountActiveAction,
  unlockAccountAction,
} from "@/lib/admin/actions";
import { accountDetail } from "@/lib/admin/queries";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { accountScopeText } from "@/lib/admin/scope-labels";
import { JAKARTA_TZ } from "@/lib/domain/time";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One staff account: its scope and state, recent sign-ins, and what an admin can do about it. */
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  await authorize("admin.users");
  const { id } = await params;
  const account = UUID.test(id) ? await accountDetail(db(), id) : null;
  if (!account) notFound();
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ });
  const hidden = { userId: account.id };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          {t("account.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-900">{account.name}</h1>
      <DetailList
        rows={
          [
            [t("users.email"), account.email ?? "—"],
            [t("users.role"), t(`roles.${account.role as StaffRole}`)],
            [t("users.scope"), accountScopeText(account, t("users.allBanten"))],
            [t("users.status"), account.active ? t("users.active") : t("users.inactive")],
            [t("account.created"), when(account.createdAt)],
            [t("users.lastSignIn"), account.lastLoginAt ? when(account.lastLoginAt) : t("users.never")],
            [
              t("account.twoFactor"),
              account.totpEnabledAt
                ? `${t("users.twoFactorOn")} · ${t("account.recoveryLeft", { count: account._count.recoveryCodes })}`
                : t("users.twoFactorOff"),
            ],
            [
              t("account.lock"),
              account.lockedForSeconds
                ? t("account.locked", { minutes: Math.ceil(account.lockedForSeconds / 60) })
                : t("account.notLocked"),
            ],
          ] as [string, string][]
        }
      />
      <section aria-labelledby="account-actions" className="space-y-4">
        <h2 id="account-actions" className="text-lg font-semibold">
          {t("account.actions")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <AdminActionForm
            action={setAccountActiveAction}
            hidden={{ ...hidden, active: account.active ? "false" : "true" }}
            label={account.active ? t("account.deactivate") : t("account.activate")}
            doneKey="account.doneActive"
          />
          <AdminActionForm action={unlockAccountAction} hidden={hidden} label={t("account.unlock")} doneKey="account.doneUnlocked" />
          <AdminActionForm action={resetAccountPasswordAction} hidden={hidden} label={t("account.resetPassword")} />
          <AdminActionForm
            action={resetAccountSecondFactorAction}
            hidden={hidden}
            label={t("account.resetSecondFactor")}
            hint={t("account.resetSecondFactorHint")}
            doneKey="account.doneSecondFactor"
          />
        </div>
      </section>
      <section aria-labelledby="sign-ins" className="space-y-2">
        <h2 id="sign-ins" className="text-lg font-semibold">
          {t("account.sessions", { count: account.sessions.length })}
        </h2>
        {account.sessions.length ? (
          <FigureTable
            caption={t("account.sessions", { count: account.sessions.length })}
            testId="sign-ins"
            columns={[{ label: t("account.when") }, { label: t("account.from") }, { label: t("account.state") }]}
            rows={account.sessions.map((s) => ({
              key: s.id,
              head: when(s.createdAt),
              cells: [
                `${s.ip ?? "—"} · ${s.userAgent?.slice(0, 60) ?? "—"}`,
                s.endReason
                  ? `${t(`account.ended.${s.endReason}`)} (${when(s.endedAt!)})`
                  : s.secondFactorAt || account.role === "WORKER"
                    ? t("account.sessionOpen")
                    : t("account.sessionHalfway"),
              ],
            }))}
          />
        ) : (
          <p>{t("account.noSessions")}</p>
        )}
      </section>
    </div>
  );
}
