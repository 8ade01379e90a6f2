// The officer's "new campaign" form (issue 17.4): one schema for the browser and the action.
import { z } from "zod";
import { emptyToUndefined } from "../validation/empty";
import { isCalendarDay } from "../domain/time";

export const CAMPAIGN_KINDS = ["EVENT", "POSTER"] as const;

export const campaignSchema = z
  .object({
    name: z.string("errors.campaign.name").trim().min(3, "errors.campaign.name").max(100, "errors.campaign.name"),
    kind: z.enum(CAMPAIGN_KINDS, "errors.campaign.kind"),
    /** The event's day; none for a poster. */
    eventOn: z.preprocess(emptyToUndefined, z.string("errors.date").refine(isCalendarDay, "errors.date").optional()),
    place: z.preprocess(emptyToUndefined, z.string("errors.campaign.place").trim().max(120, "errors.campaign.place").optional()),
  })
  .refine((c) => c.kind !== "EVENT" || c.eventOn, { path: ["eventOn"], message: "errors.campaign.eventOn" });
