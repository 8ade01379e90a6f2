import { getTranslations } from "next-intl/server";
import { CodeStep } from "@/components/auth/code-step";
import { authorize } from "@/lib/auth/session";

/** Step 2 of "Lupa kata sandi": the code and a new password. */
export default async function RecoveryCodePage({ searchParams }: { searchParams: Promise<{ permintaan?: string }> }) {
  await authorize("account.recover");
  const [t, { permintaan }] = await Promise.all([getTranslations("signIn.recovery"), searchParams]);
  return <CodeStep codeId={permintaan} title={t("title")} againHref="/masuk/lupa" />;
}
