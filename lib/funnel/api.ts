// POST /daftar/langkah?step=…&source=…&campaign=…: the registration form's
// step beacon (navigator.sendBeacon). Anyone may send it, limited per address;
// it carries no personal data and answers 204.
import { z } from "zod";
import { apiEndpoint } from "../api/endpoint";
import { FORM_STEPS, FUNNEL_SOURCES, isCampaignCode } from "../domain/funnel";
import { apiText } from "../http/api-messages";
import { errorMessage } from "../http/responses";
import { recordFormStep } from "./record-step";

export const funnelStepQuery = z.object({
  step: z.enum(FORM_STEPS, { error: apiText("api.funnel.step") }),
  source: z.enum(FUNNEL_SOURCES, { error: apiText("api.funnel.source") }).default("DIRECT"),
  campaign: z.string().refine(isCampaignCode, apiText("api.funnel.campaign")).optional(),
});

export const funnelStepEndpoint = apiEndpoint({
  permission: "registration.funnel",
  authentication: "none",
  limit: { name: "funnelStep", key: ({ source }) => source.ip ?? "unknown" },
  query: funnelStepQuery,
  handler: async ({ request, context, query }) => {
    // Counted from our own form only: a browser says where a request comes from, and another site's is refused.
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin") return errorMessage(403, apiText("api.crossSite"));
    await recordFormStep(context.db, query, context.now);
    return new Response(null, { status: 204 });
  },
});
