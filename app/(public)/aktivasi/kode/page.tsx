import { getTranslations } from "next-intl/server";
import { CodeStep } from "@/components/auth/code-step";
import { authorize } from "@/lib/auth/session";

/** Activation, step 2: the code and the account's first password. */
export default async function ActivationCodePage({ searchParams }: { searchParams: Promise<{ permintaan?: string }> }) {
  await authorize("account.recover");
  const [t, { permintaan }] = await Promise.all([getTranslations("signIn.activation"), searchParams]);
  return <CodeStep codeId={permintaan} title={t("title")} activation againHref="/aktivasi" />;
}
