import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Demo only: the messages the portal sent (or holds), newest first, as their recipients would read them. */
export default async function DemoInboxPage() {
  await authorize("sandbox.inbox");
  if (!env.DEMO_INBOX) notFound();
  const [t, format, messages] = await Promise.all([
    getTranslations("demoInbox"),
    getFormatter(),
    db().message.findMany({ orderBy: { createdAt: "desc" }, take: 50 }),
  ]);
  const when = (at: Date) => format.dateTime(at, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t("warning")}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {messages.map((message) => (
            <li key={message.id} className="space-y-1 rounded-xl bg-white p-4 shadow-sm" data-testid="demo-message">
              <p className="text-sm break-all text-slate-600">
                {message.channel} · {message.recipient} · {when(message.createdAt)} · {t(`status.${message.status}`)}
                {message.status === "QUEUED" && message.notBefore > new Date() && ` · ${t("held", { at: when(message.notBefore) })}`}
              </p>
              {message.subject && <p className="font-semibold">{message.subject}</p>}
              <p className="break-words">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
