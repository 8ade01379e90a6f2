import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CodePasswordForm } from "@/components/auth/recovery-forms";
import { CODE_VALID_MINUTES } from "@/lib/account/code-rules";
import { codeDestination } from "@/lib/account/one-time-codes";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";

/** Activation, step 2: where the code went (masked), the code and the account's first password. */
export default async function ActivationCodePage({ searchParams }: { searchParams: Promise<{ permintaan?: string }> }) {
  await authorize("account.recover");
  const [t, ts, { permintaan }] = await Promise.all([
    getTranslations("signIn.activation"),
    getTranslations("signIn.recovery"),
    searchParams,
  ]);
  const destination = permintaan ? await codeDestination(db(), permintaan) : null;
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {destination ? (
        <>
          <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
            {ts("sent", { phone: destination, minutes: CODE_VALID_MINUTES })}
          </p>
          <CodePasswordForm codeId={permintaan!} activation />
        </>
      ) : (
        <p className="text-slate-700">{ts("noRequest")}</p>
      )}
      <Link href="/aktivasi" className="text-sm font-medium text-brand-700 underline">
        {ts("again")}
      </Link>
    </div>
  );
}
