import { describe, expect, it } from "vitest";
import { CAMPAIGN_CODE_ALPHABET, campaignCode, funnelRows, isCampaignCode } from "../../lib/domain/funnel";

describe("registration funnel rules", () => {
  it("gives each step its share of the first step and of the step before", () => {
    const rows = funnelRows({ SHOWN: 200, ADDRESS: 120, INCOME: 90, REVIEW: 80, SUBMITTED: 60, FIRST_PAID: 30 });
    expect(rows[0]).toEqual({ step: "SHOWN", count: 200, ofFirst: null, ofPrevious: null });
    expect(rows[1]).toEqual({ step: "ADDRESS", count: 120, ofFirst: 0.6, ofPrevious: 0.6 });
    expect(rows[5]).toEqual({ step: "FIRST_PAID", count: 30, ofFirst: 0.15, ofPrevious: 0.5 });
    // Nothing counted before a step: no share rather than a division by zero.
    expect(funnelRows({ SUBMITTED: 2 }).map((r) => [r.ofFirst, r.ofPrevious])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [null, null],
      [null, null],
      [null, 0],
    ]);
  });

  it("makes campaign codes from the unambiguous alphabet only, and knows them", () => {
    const code = campaignCode(Uint8Array.from([0, 1, 31, 32, 255, 18, 8, 21]));
    expect(code).toBe("01Z0ZJ8N");
    expect(isCampaignCode(code)).toBe(true);
    expect([..."ILOU"].some((c) => CAMPAIGN_CODE_ALPHABET.includes(c))).toBe(false);
    expect(isCampaignCode("01Z0ZJ8")).toBe(false);
    expect(isCampaignCode("01Z0ZJ8I")).toBe(false);
    expect(isCampaignCode("01z0zj8n")).toBe(false);
  });
});
