import QRCode from "qrcode";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TwoFactorEnrolForm, TwoFactorVerifyForm } from "@/components/auth/two-factor-forms";
import { enrolmentSecret } from "@/lib/account/two-factor";
import { authorize } from "@/lib/auth/session";
import { totpUri } from "@/lib/auth/totp";
import { db } from "@/lib/db/database";
import { safeLocalPath } from "@/lib/http/local-path";

/** The sign-in's second step for everyone but workers: enrol an authenticator app the first time, then its code. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { user } = await authorize("account.secondFactor");
  const [t, params] = await Promise.all([getTranslations("signIn.twoFactor"), searchParams]);
  const next = safeLocalPath(params.next);
  if (user.pending !== "secondFactor") redirect(next ?? "/masuk/lanjut");
  const account = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, totpEnabledAt: true } });
  if (account.totpEnabledAt) {
    return (
      <div className="mx-auto max-w-sm space-y-4">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p>{t("verifyIntro")}</p>
        <TwoFactorVerifyForm next={next} />
        <p className="text-sm text-slate-700">{t("lostPhone")}</p>
      </div>
    );
  }
  const secret = await enrolmentSecret(db(), user.id);
  const qr = await QRCode.toString(totpUri(secret, account.email ?? user.name), { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("enrolTitle")}</h1>
      <p>{t("enrolIntro")}</p>
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        <li>{t("stepApp")}</li>
        <li>
          {t("stepScan")}
          <div role="img" aria-label={t("qrLabel")} className="my-2 w-48 bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
          {t("stepKey")}{" "}
          <code data-testid="totp-key" className="break-all rounded bg-slate-100 px-1 font-mono">
            {secret.match(/.{1,4}/g)?.join(" ")}
          </code>
        </li>
        <li>{t("stepCode")}</li>
      </ol>
      <TwoFactorEnrolForm next={next} />
    </div>
  );
}
