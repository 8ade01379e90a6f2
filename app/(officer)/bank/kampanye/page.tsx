import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LoadingStatus } from "@/components/loading-status";
import { CampaignForm } from "@/components/officer/campaign-form";
import { TitledSection } from "@/components/ui/titled-section";
import { branchScope } from "@/lib/auth/scope";
import { authorize, holds, type UserAccess } from "@/lib/auth/session";
import { db } from "@/lib/db/database";
import { isoDate } from "@/lib/domain/billing-period";
import { jakartaDate } from "@/lib/domain/time";
import { campaignsIn } from "@/lib/funnel/campaigns";
import { campaignStepTotals } from "@/lib/funnel/queries";

export default async function CampaignsPage() {
  const access = await authorize("campaign.read");
  const [t, canCreate] = await Promise.all([getTranslations("officer.campaigns"), holds("campaign.create")]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_2fr] [&>*]:min-w-0">
        {canCreate && (
          <TitledSection id="new-campaign" title={t("new")}>
            <CampaignForm />
          </TitledSection>
        )}
        <Suspense fallback={<LoadingStatus />}>
          <CampaignList access={access} />
        </Suspense>
      </div>
    </div>
  );
}

/** The branch's campaigns, newest first, each with how many opened the form, sent it and paid through it. */
async function CampaignList({ access }: { access: UserAccess }) {
  const [t, tf] = await Promise.all([getTranslations("officer.campaigns"), getTranslations("funnel")]);
  const campaigns = await campaignsIn(db(), branchScope(access));
  const totals = await campaignStepTotals(
    db(),
    campaigns.map((c) => c.id),
  );
  return (
    <TitledSection id="campaign-list" title={t("list")}>
      {campaigns.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="campaign-list">
          {campaigns.map((c) => {
            const steps = totals.get(c.id) ?? {};
            return (
              <li key={c.id} className="py-2">
                <Link href={`/bank/kampanye/${c.id}`} className="font-medium text-brand-700 underline">
                  {c.name}
                </Link>
                <span className="block text-sm text-slate-600">
                  {t(`kinds.${c.kind}`)} · {c.officer.name} · {c.eventOn ? isoDate(c.eventOn) : jakartaDate(c.createdAt)}
                </span>
                <span className="block text-sm">
                  {tf("short.SHOWN")} {steps.SHOWN ?? 0} · {tf("short.SUBMITTED")} {steps.SUBMITTED ?? 0} · {tf("short.FIRST_PAID")}{" "}
                  {steps.FIRST_PAID ?? 0}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </TitledSection>
  );
}
