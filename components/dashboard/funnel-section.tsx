import { getTranslations } from "next-intl/server";
import { FunnelGroupsTable, FunnelStepsTable } from "@/components/funnel/funnel-tables";
import type { DashboardData } from "@/lib/dashboard/figures";
import { FUNNEL_DAYS } from "@/lib/domain/funnel";
import { DashboardSection } from "./dashboard-section";

/** The registration funnel: each step over the last days, then by source, campaign and day. */
export async function FunnelSection({ funnel }: { funnel: NonNullable<DashboardData["funnel"]> }) {
  const [td, tf] = await Promise.all([getTranslations("staff.dashboard"), getTranslations("funnel")]);
  const empty = funnel.rows.every((r) => r.count === 0);
  return (
    <DashboardSection id="funnel" title={td("funnel")} empty={empty ? td("funnelEmpty", { days: FUNNEL_DAYS }) : undefined}>
      <p className="mb-1 text-sm text-slate-600">{td("funnelIntro", { days: FUNNEL_DAYS })}</p>
      {funnel.campaignsOnly && <p className="mb-3 text-sm text-slate-600">{td("funnelCampaignsOnly")}</p>}
      <div className="grid items-start gap-4 xl:grid-cols-2 [&>*]:min-w-0">
        <FunnelStepsTable rows={funnel.rows} caption={tf("caption")} testId="funnel-steps" />
        <FunnelGroupsTable
          caption={td("funnelBySource")}
          first={td("source")}
          testId="funnel-by-source"
          groups={funnel.bySource.map((g) => ({ ...g, head: tf(`sources.${g.key as "DIRECT"}`) }))}
        />
      </div>
      <div className="mt-4 space-y-4">
        {funnel.byCampaign.length > 0 && (
          <FunnelGroupsTable
            caption={td("funnelByCampaign")}
            first={td("campaign")}
            testId="funnel-by-campaign"
            groups={funnel.byCampaign.map((g) => ({
              ...g,
              head: (
                <>
                  {g.campaign.name}
                  <span className="block text-xs text-slate-600">
                    {g.campaign.officer.name} · {g.campaign.branch.name}
                  </span>
                </>
              ),
            }))}
          />
        )}
        <FunnelGroupsTable
          caption={td("funnelByDay")}
          first={td("day")}
          testId="funnel-by-day"
          groups={funnel.byDay.map((g) => ({ ...g, head: g.key }))}
        />
      </div>
    </DashboardSection>
  );
}
