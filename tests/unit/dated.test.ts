import { describe, expect, it } from "vitest";
import { DUE_DATE_RULES } from "../../lib/domain/billing-period";
import { inForce, isInForce, requireInForce, type Validity } from "../../lib/domain/dated";
import { BPU_RATES } from "../../lib/domain/contributions/bpu";
import { calculateJakonContribution, JAKON_RATES } from "../../lib/domain/contributions/jakon";
import { calculatePuContribution, JKP_RATES, JP_WAGE_CAPS, PU_RATES } from "../../lib/domain/contributions/pu";
import { CONTRIBUTION_RELIEFS } from "../../lib/domain/contributions/relief";
import { BANTEN_MINIMUM_WAGES } from "../../lib/domain/minimum-wage";

const versions: (Validity & { name: string })[] = [
  { from: "2020-01", to: "2020-12", source: "a", name: "first" },
  { from: "2021-03", to: null, source: "b", name: "second" },
];

describe("rules by contribution month", () => {
  it("picks the version whose first and last months hold the month, both included; nothing in a gap or before", () => {
    expect(inForce(versions, "2019-12")).toBeUndefined();
    expect(inForce(versions, "2020-01")?.name).toBe("first");
    expect(inForce(versions, "2020-12")?.name).toBe("first");
    expect(inForce(versions, "2021-01")).toBeUndefined();
    expect(inForce(versions, "2021-03")?.name).toBe("second");
    expect(inForce(versions, "2099-12")?.name).toBe("second");
    expect(isInForce(versions[0]!, "2021-01")).toBe(false);
    expect(() => requireInForce(versions, "2021-02", "test")).toThrow("no test rule in force in 2021-02");
  });

  it("every rule table is dated, with a source, and its versions neither overlap nor leave a gap", () => {
    const tables: Record<string, readonly Validity[]> = {
      BPU_RATES,
      PU_RATES,
      JP_WAGE_CAPS,
      JKP_RATES,
      JAKON_RATES,
      DUE_DATE_RULES,
      BANTEN_MINIMUM_WAGES,
    };
    for (const [name, table] of Object.entries(tables)) {
      for (const [i, version] of table.entries()) {
        expect(version.source, name).not.toBe("");
        expect(version.to === null || version.from <= version.to, name).toBe(true);
        const next = table[i + 1];
        if (next) expect(version.to !== null && version.to < next.from, `${name} ${version.from}`).toBe(true);
      }
      expect(table.at(-1)?.to, `${name} runs on until replaced`).toBeNull();
    }
    // Reliefs are temporary: each ends.
    expect(CONTRIBUTION_RELIEFS.every((relief) => relief.to !== null && relief.source !== "")).toBe(true);
  });

  it("PU and Jakon contributions are priced by the month's version, and refused before the first", () => {
    expect(calculatePuContribution({ wage: 5_000_000, riskClass: 1, scale: "SMALL", period: "2015-06" })).toEqual({
      ok: false,
      error: "period_before_jp",
    });
    expect(calculateJakonContribution({ contractValue: 500_000_000, period: "2015-06" })).toEqual({
      ok: false,
      error: "period_before_rules",
    });
    expect(calculateJakonContribution({ contractValue: 500_000_000, period: "2015-07" })).toMatchObject({
      ok: true,
      value: { total: 890_000 + 110_000 },
    });
  });
});
