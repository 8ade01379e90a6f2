import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SandboxForm } from "@/components/payments/sandbox-form";
import { authorize } from "@/lib/auth/session";
import { env } from "@/lib/env";

/** Demo only: simulate a BJB payment through the real, signed notification endpoint. */
export default async function SandboxPage({ searchParams }: { searchParams: Promise<{ va?: string; amount?: string }> }) {
  await authorize("sandbox.pay");
  if (!env.BJB_SANDBOX || !env.BJB_WEBHOOK_SECRET) notFound();
  const [t, { va, amount }] = await Promise.all([getTranslations("sandbox"), searchParams]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t("warning")}</p>
      <SandboxForm virtualAccount={va} amount={amount} />
    </div>
  );
}
