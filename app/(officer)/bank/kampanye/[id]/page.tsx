import QRCode from "qrcode";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FunnelGroupsTable, FunnelStepsTable } from "@/components/funnel/funnel-tables";
import { PrintButton } from "@/components/participant/print-button";
import { branchScope } from "@/lib/auth/scope";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { isoDate } from "@/lib/domain/billing-period";
import { funnelRows, stepTotals, stepTotalsBy } from "@/lib/domain/funnel";
import { campaignIn, campaignLinks } from "@/lib/funnel/campaigns";
import { funnelCounts } from "@/lib/funnel/queries";

/** One campaign: its link and QR code to print, and its funnel over all days, by link and by QR code. */
export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const access = await authorize("campaign.read");
  const { id } = await params;
  const campaign = await campaignIn(db(), id, branchScope(access));
  if (!campaign) notFound();
  const [t, tf, counts, registered] = await Promise.all([
    getTranslations("officer.campaigns"),
    getTranslations("funnel"),
    funnelCounts(db(), { campaignIds: [campaign.id] }),
    db().participant.count({ where: { campaignId: campaign.id } }),
  ]);
  const links = campaignLinks(campaign.code);
  const qr = await QRCode.toString(links.qr, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return (
    <div className="space-y-6">
      <Link href="/bank/kampanye" className="no-print text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{campaign.name}</h1>
        <p className="text-slate-700">
          {t(`kinds.${campaign.kind}`)}
          {campaign.eventOn && ` · ${isoDate(campaign.eventOn)}`}
          {campaign.place && ` · ${campaign.place}`} · {campaign.officer.name} · {campaign.branch.name}
        </p>
      </div>
      <div className="grid items-start gap-6 md:grid-cols-2 [&>*]:min-w-0">
        <section aria-labelledby="campaign-link" className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
          <h2 id="campaign-link" className="text-lg font-semibold">
            {t("link")}
          </h2>
          <p className="font-mono text-sm break-all" data-testid="campaign-link">
            {links.link}
          </p>
          <h2 className="text-lg font-semibold">{t("qr")}</h2>
          <div
            role="img"
            aria-label={t("qrLabel", { link: links.qr })}
            className="w-56 bg-white"
            data-testid="campaign-qr"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p className="text-sm text-slate-600">{t("qrHint")}</p>
          <PrintButton label={t("print")} />
        </section>
        <section aria-labelledby="campaign-funnel" className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
          <h2 id="campaign-funnel" className="text-lg font-semibold">
            {t("funnel")}
          </h2>
          <p className="text-sm">
            {t("registered")}: <strong data-testid="campaign-registered">{registered.toLocaleString("id-ID")}</strong>
          </p>
          <FunnelStepsTable rows={funnelRows(stepTotals(counts))} caption={t("funnel")} testId="campaign-funnel" />
          <FunnelGroupsTable
            caption={tf("caption")}
            first={tf("source")}
            testId="campaign-funnel-by-source"
            groups={stepTotalsBy(counts, (c) => c.source).map((g) => ({
              key: g.key,
              head: tf(`sources.${g.key}`),
              rows: funnelRows(g.steps),
            }))}
          />
        </section>
      </div>
    </div>
  );
}
