import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequiredPasswordForm } from "@/components/auth/two-factor-forms";
import { authorize } from "@/lib/auth/session";
import { safeLocalPath } from "@/lib/http/local-path";

/** After an admin set a temporary password (a new account, a forced reset): the person chooses their own first. */
export default async function RequiredPasswordPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { user } = await authorize("account.newPassword");
  const [t, params] = await Promise.all([getTranslations("signIn.twoFactor"), searchParams]);
  const next = safeLocalPath(params.next);
  if (user.pending !== "newPassword") redirect(next ?? "/masuk/lanjut");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("newPasswordTitle")}</h1>
      <p>{t("newPasswordIntro")}</p>
      <RequiredPasswordForm next={next} />
    </div>
  );
}
