// GET /api/v1/stats: the query and the response, one source for the service,
// its tests and the OpenAPI document. Messages are Indonesian, like every
// other /api/v1 endpoint (lib/http/api-errors.ts), from messages/id/api.json.
import { z } from "zod";
import { BANTEN_REGENCY_CODES } from "../domain/regions";
import { apiText } from "../http/api-messages";
import { isCalendarDay, isSupportedDay } from "../domain/time";

export const statsQuerySchema = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, apiText("api.stats.asOfFormat"))
    .refine(isCalendarDay, apiText("api.stats.asOfNotInCalendar"))
    .refine(isSupportedDay, apiText("api.stats.asOfOutOfRange"))
    .optional()
    .describe("Count as of the end of this day in Asia/Jakarta, `YYYY-MM-DD`. Default: today in Asia/Jakarta."),
  regency: z
    .enum(BANTEN_REGENCY_CODES, { error: apiText("api.stats.regencyUnknown") })
    .optional()
    .describe(
      "Limit to one of Banten's 8 regencies and cities by its 4-digit code (3601–3604, 3671–3674). " +
        "Staff with a regional scope always get their own regency.",
    ),
});

const countsShape = {
  total: z.number().int().describe("PU + BPU + JAKON."),
  PU: z.number().int().describe("Penerima Upah: employees of a company."),
  BPU: z.number().int().describe("Bukan Penerima Upah: self-employed and informal workers."),
  JAKON: z.number().int().describe("Jasa Konstruksi: construction project workers."),
};

export const statsResponseSchema = z
  .object({
    asOf: z.string().describe("The day counted to, `YYYY-MM-DD` (Asia/Jakarta)."),
    participants: z
      .object(countsShape)
      .describe("Participants registered by the end of `asOf` and not rejected by then, in the regencies answered."),
    activeParticipants: z
      .number()
      .int()
      .describe("Of `participants.total`, those ACTIVE at the end of `asOf`: contributions paid and not lapsed."),
    activeCompanies: z.number().int().describe("Companies with status ACTIVE at the end of `asOf`."),
    byRegency: z
      .array(
        z.object({
          code: z.string().describe("Regency or city code, 4 digits."),
          name: z.string().describe("Its name (Kemendagri)."),
          active: z.number().int().describe("Of its `total`, those ACTIVE at the end of `asOf`."),
          ...countsShape,
        }),
      )
      .describe("Each regency answered (all 8 of Banten, or the one asked for), zeros included; they sum to `participants`."),
  })
  .describe("Aggregate figures only: no personal data.");

export type StatsResponse = z.output<typeof statsResponseSchema>;

export const STATS_MESSAGES = {
  unauthenticated: apiText("api.unauthenticatedStaff"),
  notFound: apiText("api.notFound"),
} as const;
