import { getTranslations } from "next-intl/server";
import type { DashboardData } from "@/lib/dashboard/figures";
import { DashboardSection } from "./dashboard-section";
import { REFERRAL_STATUSES } from "@/lib/credit/schema";

/** KUR/capital referrals by status; a status with none shows 0. */
export async function ReferralCounts({ referrals }: { referrals: DashboardData["referrals"] }) {
  const [td, tr] = await Promise.all([getTranslations("staff.dashboard"), getTranslations("officer.credit")]);
  return (
    <DashboardSection id="referrals" title={td("referrals")}>
      <dl className="grid grid-cols-2 gap-2 text-sm" data-testid="referral-counts">
        {REFERRAL_STATUSES.map((s) => (
          <div key={s}>
            <dt className="text-slate-600">{tr(`statuses.${s}`)}</dt>
            <dd className="font-semibold tabular-nums">{(referrals[s] ?? 0).toLocaleString("id-ID")}</dd>
          </div>
        ))}
      </dl>
    </DashboardSection>
  );
}
