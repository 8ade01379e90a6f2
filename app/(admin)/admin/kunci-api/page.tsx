import { getFormatter, getTranslations } from "next-intl/server";
import { AdminActionForm } from "@/components/admin/admin-action-form";
import { ApiKeyForm } from "@/components/admin/api-key-form";
import { revokeApiKeyAction, rotateApiKeyAction } from "@/lib/admin/actions";
import { ALL_SCOPES } from "@/lib/admin/api-keys";
import { scopeLabelKey } from "@/lib/admin/scope-labels";
import { listApiKeys, branchOptions } from "@/lib/admin/queries";
import { API_KEY_SCOPES } from "@/lib/api/key-scopes";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { JAKARTA_TZ } from "@/lib/domain/time";

export const dynamic = "force-dynamic";

/** Bank systems' API keys: which branch, what they may do, when last used; made, revoked and rotated here. */
export default async function ApiKeysPage() {
  await authorize("admin.apiKeys");
  const [t, format, keys, branches] = await Promise.all([
    getTranslations("admin.keys"),
    getFormatter(),
    listApiKeys(db()),
    branchOptions(db()),
  ]);
  const now = new Date();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ });
  const scopeLabel = (scopes: string[]) =>
    API_KEY_SCOPES.every((s) => scopes.includes(s)) ? t(scopeLabelKey(ALL_SCOPES)) : scopes.map((s) => t(scopeLabelKey(s))).join(", ");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {keys.length ? (
        <ul className="divide-y divide-slate-200" data-testid="admin-keys">
          {keys.map((key) => {
            const live = !key.revokedAt || key.revokedAt > now;
            return (
              <li key={key.id} className="space-y-2 py-3">
                <p className="font-semibold">
                  {key.name} · <code>lk_{key.prefix}_…</code> · {key.branch.code}
                </p>
                <p className="text-sm text-slate-700">
                  {t("scope")}: {scopeLabel(key.scopes)} · {t("created")}: {when(key.createdAt)} · {t("lastUsed")}:{" "}
                  {key.lastUsedAt ? when(key.lastUsedAt) : t("never")} · {t("status")}:{" "}
                  {!key.revokedAt
                    ? t("active")
                    : live
                      ? t("endsAt", { when: when(key.revokedAt) })
                      : `${t("revoked")} ${when(key.revokedAt)}`}
                </p>
                {live && (
                  <div className="flex flex-wrap gap-4">
                    <AdminActionForm
                      action={rotateApiKeyAction}
                      hidden={{ keyId: key.id }}
                      label={t("rotate")}
                      hint={t("rotateHint")}
                      doneKey="keys.doneRotated"
                    />
                    <AdminActionForm
                      action={revokeApiKeyAction}
                      hidden={{ keyId: key.id }}
                      label={t("revoke")}
                      doneKey="keys.doneRevoked"
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
      <section aria-labelledby="new-key" className="space-y-3">
        <h2 id="new-key" className="text-lg font-semibold">
          {t("new")}
        </h2>
        <ApiKeyForm branches={branches} scopes={[ALL_SCOPES, ...API_KEY_SCOPES]} />
      </section>
    </div>
  );
}
