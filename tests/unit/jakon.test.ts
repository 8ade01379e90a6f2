import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateJakonContribution, JAKON_TIERS } from "../../lib/domain/contributions/jakon";

function amounts(contractValue: number): [jkk: number, jkm: number, total: number] {
  const result = calculateJakonContribution({ contractValue, period: "2026-12" });
  if (!result.ok) throw new Error(result.error);
  const [jkk, jkm] = result.value.lines;
  return [jkk.amount, jkm.amount, result.value.total];
}

/** Independent reference: the regulation's own wording, fee of the tier below + rate × excess, in exact rationals. */
function reference(contractValue: number): [number, number] {
  const bounds = [0, 100e6, 500e6, 1e9, 5e9];
  const jkk = [21, 17, 13, 11, 9];
  const jkm = [3, 2, 2, 1, 1];
  let sumJkk = 0n;
  let sumJkm = 0n;
  bounds.forEach((lower, i) => {
    const upper = bounds[i + 1] ?? Number.MAX_SAFE_INTEGER;
    const slice = BigInt(Math.max(0, Math.min(contractValue, upper) - lower));
    sumJkk += slice * BigInt(jkk[i]);
    sumJkm += slice * BigInt(jkm[i]);
  });
  const halfUp = (sum: bigint) => Number((sum * 2n + 10_000n) / 20_000n);
  return [halfUp(sumJkk), halfUp(sumJkm)];
}

describe("calculateJakonContribution: regulation example", () => {
  it("Rp 500 million: JKK 210,000 + 680,000 = 890,000; JKM 30,000 + 80,000 = 110,000", () => {
    expect(calculateJakonContribution({ contractValue: 500_000_000, period: "2026-12" })).toEqual({
      ok: true,
      value: {
        category: "JAKON",
        contractValue: 500_000_000,
        lines: [
          { program: "JKK", amount: 890_000 },
          { program: "JKM", amount: 110_000 },
        ],
        total: 1_000_000,
      },
    });
  });
});

describe("calculateJakonContribution: every tier boundary, marginal for JKK and JKM", () => {
  it.each([
    // value, JKK, JKM
    [1, 0, 0],
    [99_999_999, 210_000, 30_000], // 209,999.9979 and 29,999.9997
    [100_000_000, 210_000, 30_000],
    [100_000_001, 210_000, 30_000],
    [499_999_999, 890_000, 110_000],
    [500_000_000, 890_000, 110_000],
    [500_000_001, 890_000, 110_000],
    [999_999_999, 1_540_000, 210_000],
    [1_000_000_000, 1_540_000, 210_000], // + 500M × 0.13% = 650,000; + 500M × 0.02% = 100,000
    [1_000_000_001, 1_540_000, 210_000],
    [4_999_999_999, 5_940_000, 610_000],
    [5_000_000_000, 5_940_000, 610_000], // + 4B × 0.11% = 4,400,000; + 4B × 0.01% = 400,000
    [5_000_000_001, 5_940_000, 610_000],
    [10_000_000_000, 10_440_000, 1_110_000], // + 5B × 0.09% = 4,500,000; + 5B × 0.01% = 500,000
  ])("Rp %d → JKK %d, JKM %d", (contractValue, jkk, jkm) => {
    expect(amounts(contractValue)).toEqual([jkk, jkm, jkk + jkm]);
  });

  it("is not flat: a slice above a bound pays the next tier's rate only on the excess", () => {
    // A flat rate on the whole value would give 600M × 0.13% = 780,000.
    expect(amounts(600_000_000)[0]).toBe(890_000 + 130_000);
    // JKM flat at 0.02% on the whole 600M would give 120,000; marginal gives 110,000 + 20,000.
    expect(amounts(600_000_000)[1]).toBe(130_000);
  });

  it("rounds once per program, half-up: Rp 12,345,678", () => {
    // JKK 0.21% = 25,925.9238 → 25,926; JKM 0.03% = 3,703.7034 → 3,704.
    expect(amounts(12_345_678)).toEqual([25_926, 3_704, 29_630]);
    // 0.21% of 238,095 = 499.9995 → 500; 0.03% of 5,000 = 1.5 → 2 and of 4,999 = 1.4997 → 1.
    expect(amounts(238_095)[0]).toBe(500);
    expect(amounts(5_000)[1]).toBe(2);
    expect(amounts(4_999)[1]).toBe(1);
  });

  it("starts each slice right after its bound: Rp 100,000,294 is 210,000.4998, not 210,000.5015", () => {
    // 100M × 0.21% + 294 × 0.17% = 210,000.4998 → 210,000; one rupiah too many in the slice would round up.
    expect(amounts(100_000_294)[0]).toBe(210_000);
    expect(amounts(100_000_295)[0]).toBe(210_001); // 210,000.5015
  });

  it("tiers ascend and the last one is open-ended", () => {
    expect(JAKON_TIERS.map((tier) => tier.upTo)).toEqual([100e6, 500e6, 1e9, 5e9, Number.POSITIVE_INFINITY]);
  });
});

describe("calculateJakonContribution: properties", () => {
  it("matches the regulation's wording for any contract value, grows with it, and stays exact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER - 1 }), (contractValue) => {
        const [jkk, jkm, total] = amounts(contractValue);
        expect([jkk, jkm]).toEqual(reference(contractValue));
        expect(total).toBe(jkk + jkm);
        const [nextJkk, nextJkm] = amounts(contractValue + 1);
        expect(nextJkk).toBeGreaterThanOrEqual(jkk);
        expect(nextJkm).toBeGreaterThanOrEqual(jkm);
      }),
    );
  });
});

describe("calculateJakonContribution: errors", () => {
  it.each([
    ["contract_value_not_integer", 1.5],
    ["contract_value_not_integer", Number.NaN],
    ["contract_value_not_integer", Number.POSITIVE_INFINITY],
    ["contract_value_not_integer", 2 ** 53],
    ["contract_value_not_positive", 0],
    ["contract_value_not_positive", -500_000_000],
  ])("%s: %d", (error, contractValue) => {
    expect(calculateJakonContribution({ contractValue, period: "2026-12" })).toEqual({ ok: false, error });
  });
});
