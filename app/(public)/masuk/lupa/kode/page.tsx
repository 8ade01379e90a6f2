import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CodePasswordForm } from "@/components/auth/recovery-forms";
import { CODE_VALID_MINUTES } from "@/lib/account/code-rules";
import { codeDestination } from "@/lib/account/one-time-codes";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";

/** Step 2 of "Lupa kata sandi": where the code went (masked), the code and a new password. */
export default async function RecoveryCodePage({ searchParams }: { searchParams: Promise<{ permintaan?: string }> }) {
  await authorize("account.recover");
  const [t, { permintaan }] = await Promise.all([getTranslations("signIn.recovery"), searchParams]);
  const destination = permintaan ? await codeDestination(db(), permintaan) : null;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {destination ? (
        <>
          <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
            {t("sent", { phone: destination, minutes: CODE_VALID_MINUTES })}
          </p>
          <CodePasswordForm codeId={permintaan!} />
        </>
      ) : (
        <p className="text-slate-700">{t("noRequest")}</p>
      )}
      <Link href="/masuk/lupa" className="text-sm font-medium text-brand-700 underline">
        {t("again")}
      </Link>
    </div>
  );
}
