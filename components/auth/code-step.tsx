import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CodePasswordForm } from "@/components/auth/recovery-forms";
import { CODE_VALID_MINUTES } from "@/lib/account/code-rules";
import { codeDestination } from "@/lib/account/one-time-codes";
import { db } from "@/lib/db/database";

/** The second step of recovery or activation: where the code went (masked), then the code and a password. */
export async function CodeStep({
  codeId,
  title,
  activation,
  againHref,
}: {
  codeId?: string;
  title: string;
  activation?: boolean;
  againHref: string;
}) {
  const t = await getTranslations("signIn.recovery");
  const destination = codeId ? await codeDestination(db(), codeId) : null;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {codeId && destination ? (
        <>
          <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
            {t("sent", { phone: destination, minutes: CODE_VALID_MINUTES })}
          </p>
          <CodePasswordForm codeId={codeId} activation={activation} />
        </>
      ) : (
        <p className="text-slate-700">{t("noRequest")}</p>
      )}
      <Link href={againHref} className="text-sm font-medium text-brand-700 underline">
        {t("again")}
      </Link>
    </div>
  );
}
