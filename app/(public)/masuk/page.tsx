import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authorize } from "@/lib/auth/session";
import { safeLocalPath } from "@/lib/http/local-path";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; terdaftar?: string; dipulihkan?: string; diaktifkan?: string }>;
}) {
  await authorize("site.read");
  const [t, params] = await Promise.all([getTranslations("signIn"), searchParams]);
  // Only local paths: never bounce a signed-in user to another site.
  const next = safeLocalPath(params.next);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      {params.terdaftar && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
          {t("registered")}
        </p>
      )}
      {params.dipulihkan && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
          {t("reset")}
        </p>
      )}
      {params.diaktifkan && (
        <p role="status" className="rounded-lg bg-brand-50 p-3 text-sm">
          {(await getTranslations("signIn.activation"))("done")}
        </p>
      )}
      <SignInForm next={next} />
      <p className="text-sm">
        <Link href="/masuk/lupa" className="font-medium text-brand-700 underline">
          {t("forgot")}
        </Link>
      </p>
      <p className="text-sm">
        <Link href="/aktivasi" className="font-medium text-brand-700 underline">
          {(await getTranslations("signIn.activation"))("link")}
        </Link>
      </p>
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href="/daftar" className="font-medium text-brand-700 underline">
          {(await getTranslations("nav"))("register")}
        </Link>
      </p>
    </div>
  );
}
