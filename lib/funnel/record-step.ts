// A browser's report that the registration form reached a step (issue 17.4):
// one more in that day's row, nothing else kept.
import type { Db } from "../db/prisma";
import type { FormStep, FunnelSource } from "../domain/funnel";
import { jakartaDate } from "../domain/time";
import { campaignByCode } from "./campaigns";

export async function recordFormStep(
  db: Db,
  report: { step: FormStep; source: FunnelSource; campaign?: string },
  now: Date = new Date(),
): Promise<void> {
  // A code that names no campaign (mistyped, or made up) counts as coming straight to the form.
  const campaign = report.campaign ? await campaignByCode(db, report.campaign) : null;
  const source = campaign ? report.source : "DIRECT";
  await db.$executeRaw`
    INSERT INTO "FunnelDailyCount" AS t ("day", "source", "campaignKey", "step", "count")
    VALUES (${jakartaDate(now)}::date, ${source}::"FunnelSource", ${campaign?.id ?? ""}, ${report.step}::"FunnelStep", 1)
    ON CONFLICT ("day", "source", "campaignKey", "step") DO UPDATE SET "count" = t."count" + 1`;
}
