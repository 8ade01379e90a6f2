import { getFormatter, getTranslations } from "next-intl/server";
import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { FigureTable } from "@/components/ui/figure-table";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { JAKARTA_TZ } from "@/lib/domain/time";
import { DELIVERY_STATUS_DAYS, deliveryStatus } from "@/lib/jobs/delivery-status";

export const dynamic = "force-dynamic";

/** Admins: whether messages are getting out, and why not where they are not. */
export default async function DeliveryPage() {
  await authorize("messages.status");
  const [t, format, status] = await Promise.all([getTranslations("staff.delivery"), getFormatter(), deliveryStatus(db())]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { days: DELIVERY_STATUS_DAYS })}</p>
      <DashboardSection id="delivery-counts" title={t("counts", { days: DELIVERY_STATUS_DAYS })}>
        <FigureTable
          caption={t("counts", { days: DELIVERY_STATUS_DAYS })}
          testId="delivery-counts"
          columns={[{ label: t("status") }, { label: t("channel") }, { label: t("count"), numeric: true }]}
          rows={status.counts.map((c) => ({
            key: `${c.status}-${c.channel}`,
            head: c.status,
            cells: [c.channel, c.count.toLocaleString("id-ID")],
          }))}
        />
      </DashboardSection>
      <DashboardSection id="delivery-failed" title={t("failed")} empty={status.failed.length ? undefined : t("noFailed")}>
        <ul className="divide-y divide-slate-100 text-sm" data-testid="failed-messages">
          {status.failed.map((m) => (
            <li key={m.id} className="py-2">
              <p className="font-medium">
                {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: JAKARTA_TZ })} · {m.channel} ·{" "}
                {m.template} · {m.recipient}
              </p>
              <p className="break-words text-slate-700">
                {t("attempts")} {m.attempts} · {t("reason")}: {m.lastError}
              </p>
            </li>
          ))}
        </ul>
      </DashboardSection>
      <DashboardSection id="delivery-dead" title={t("dead")}>
        <FigureTable
          caption={t("dead")}
          testId="dead-letters"
          columns={[{ label: t("queue") }, { label: t("count"), numeric: true }]}
          rows={status.dead.map((d) => ({ key: d.queue, head: d.queue, cells: [d.count.toLocaleString("id-ID")] }))}
        />
      </DashboardSection>
    </div>
  );
}
