import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calculatePuContribution,
  JKP_MAX_JOIN_AGE,
  jkpApplies,
  JP_WAGE_CAPS,
  jpCapFor,
  type PuContribution,
  riskClassForKbli,
  RISK_CLASSES,
  sumPuContributions,
} from "../../lib/domain/contributions/pu";
import { basisPointsOf } from "../../lib/domain/money";
import { ageOn } from "../../lib/domain/time";
import { UMKM_SCALES } from "../../lib/domain/umkm";

type Input = Parameters<typeof calculatePuContribution>[0];
const base: Input = { wage: 5_000_000, riskClass: 1, scale: "SMALL", period: "2025-12" };

function contribution(input: Partial<Input> = {}): PuContribution {
  const result = calculatePuContribution({ ...base, ...input });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("JP wage caps", () => {
  it("are one row per year from 2015, rising except after 2020's recession, effective in March", () => {
    expect(JP_WAGE_CAPS.map((row) => row.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(JP_WAGE_CAPS[0]).toMatchObject({ year: 2015, from: "2015-07", to: "2016-02", cap: 7_000_000, status: "regulation" });
    for (const row of JP_WAGE_CAPS.slice(1)) expect(row.from).toBe(`${row.year}-03`);
    // Each cap runs to the month before the next; the newest until a new row is added.
    for (const row of JP_WAGE_CAPS.slice(0, -1)) expect(row.to).toBe(`${row.year + 1}-02`);
    expect(JP_WAGE_CAPS.at(-1)?.to).toBeNull();
    const falls = JP_WAGE_CAPS.filter((row, i) => i > 0 && row.cap < JP_WAGE_CAPS[i - 1].cap).map((row) => row.year);
    expect(falls).toEqual([2021]);
  });

  it.each([
    ["2015-06", undefined],
    ["2015-07", 7_000_000],
    ["2020-02", 8_512_400],
    ["2020-03", 8_939_700],
    ["2021-03", 8_754_600],
    ["2024-12", 10_042_300],
    ["2025-01", 10_042_300],
    ["2025-02", 10_042_300],
    ["2025-03", 10_547_400],
    ["2025-12", 10_547_400],
    ["2026-02", 10_547_400],
    ["2026-03", 11_086_300],
    ["2030-01", 11_086_300],
  ])("%s → %s", (period, cap) => {
    expect(jpCapFor(period)?.cap).toBe(cap);
  });

  it("refuses malformed periods", () => {
    for (const period of ["2025-13", "2025-00", "2025-3", "25-03", "2025-03-01", ""]) expect(jpCapFor(period)).toBeUndefined();
  });
});

describe("calculatePuContribution: regulation examples", () => {
  it("Rp 5,000,000, risk class 1, small business, December 2025", () => {
    expect(calculatePuContribution(base)).toEqual({
      ok: true,
      value: {
        category: "PU",
        wage: 5_000_000,
        period: "2025-12",
        riskClass: 1,
        scale: "SMALL",
        jpWageCap: 10_547_400,
        lines: [
          { program: "JKK", employer: 12_000, worker: 0, amount: 12_000 },
          { program: "JKM", employer: 15_000, worker: 0, amount: 15_000 },
          { program: "JHT", employer: 185_000, worker: 100_000, amount: 285_000 },
          { program: "JP", employer: 100_000, worker: 50_000, amount: 150_000 },
        ],
        notBilled: [{ program: "JKP", wageBasis: 5_000_000, government: 11_000, fromJkk: 7_000, fromJkm: 0, amount: 18_000 }],
        employerTotal: 312_000,
        workerTotal: 150_000,
        monthlyTotal: 462_000,
      },
    });
  });

  it("JKK follows the risk class: 0.24 / 0.54 / 0.89 / 1.27 / 1.74 %", () => {
    const jkk = RISK_CLASSES.map((riskClass) => contribution({ wage: 10_000_000, riskClass }).lines[0]);
    expect(jkk.map((line) => line.employer)).toEqual([24_000, 54_000, 89_000, 127_000, 174_000]);
    expect(jkk.every((line) => line.program === "JKK" && line.worker === 0)).toBe(true);
  });

  it("caps JP at the cap in force: Rp 15,000,000 in 2025 pays JP on Rp 10,547,400", () => {
    const value = contribution({ wage: 15_000_000, riskClass: 3, scale: "MEDIUM" });
    expect(value.jpWageCap).toBe(10_547_400);
    expect(value.lines).toEqual([
      { program: "JKK", employer: 133_500, worker: 0, amount: 133_500 },
      { program: "JKM", employer: 45_000, worker: 0, amount: 45_000 },
      { program: "JHT", employer: 555_000, worker: 300_000, amount: 855_000 },
      // 2% and 1% of 10,547,400 = 210,948 and 105,474.
      { program: "JP", employer: 210_948, worker: 105_474, amount: 316_422 },
    ]);
    expect(value.notBilled[0]).toMatchObject({ wageBasis: 5_000_000, amount: 18_000 });
    expect(value).toMatchObject({ employerTotal: 944_448, workerTotal: 405_474, monthlyTotal: 1_349_922 });
  });

  it("uses the previous year's JP cap before March", () => {
    const february = contribution({ wage: 15_000_000, period: "2026-02" });
    const march = contribution({ wage: 15_000_000, period: "2026-03" });
    expect(february.jpWageCap).toBe(10_547_400);
    expect(march.jpWageCap).toBe(11_086_300);
    expect(march.lines.at(-1)).toEqual({ program: "JP", employer: 221_726, worker: 110_863, amount: 332_589 });
  });

  it("JKP: PP 37/2021 recomposed 0.46% (JKM included) until January 2025, PP 6/2025 0.36% from February 2025", () => {
    expect(contribution({ period: "2025-01" }).notBilled).toEqual([
      { program: "JKP", wageBasis: 5_000_000, government: 11_000, fromJkk: 7_000, fromJkm: 5_000, amount: 23_000 },
    ]);
    expect(contribution({ period: "2025-02" }).notBilled[0].amount).toBe(18_000);
    expect(contribution({ period: "2021-01" }).notBilled).toEqual([]);
    // Below the Rp 5,000,000 cap the whole wage counts.
    expect(contribution({ wage: 4_000_000 }).notBilled[0]).toMatchObject({ wageBasis: 4_000_000, government: 8_800, fromJkk: 5_600 });
  });

  it("never bills JKP: the totals are the sum of the billed lines", () => {
    const value = contribution();
    expect(value.lines.map((line) => line.program)).not.toContain("JKP");
    expect(value.monthlyTotal).toBe(value.lines.reduce((sum, line) => sum + line.amount, 0));
  });

  it("rounds each share half-up on its own", () => {
    // 1,234,567: JKK 3 = 10,987.6463 → 10,988; JHT 3.7% = 45,678.979 → 45,679; 2% = 24,691.34 → 24,691.
    const value = contribution({ wage: 1_234_567, riskClass: 3 });
    expect(value.lines[0].employer).toBe(10_988);
    expect(value.lines[2]).toEqual({ program: "JHT", employer: 45_679, worker: 24_691, amount: 70_370 });
  });
});

describe("calculatePuContribution: programs by business scale (Perpres 109/2013, PP 6/2025)", () => {
  it.each(["MICRO", "SMALL"])("%s may leave JP out", (scale) => {
    const value = contribution({ scale, includeJp: false });
    expect(value.lines.map((line) => line.program)).toEqual(["JKK", "JKM", "JHT"]);
    expect(value).toMatchObject({ employerTotal: 212_000, workerTotal: 100_000, monthlyTotal: 312_000 });
  });

  it.each(["MEDIUM", "LARGE"])("%s must pay JP", (scale) => {
    expect(calculatePuContribution({ ...base, scale, includeJp: false })).toEqual({ ok: false, error: "jp_required_for_scale" });
  });

  it("includes JP unless told otherwise, for every scale", () => {
    for (const scale of UMKM_SCALES) expect(contribution({ scale }).lines.at(-1)?.program).toBe("JP");
  });
});

describe("JKP: for participants younger than 54 when they join (PP 37/2021 Pasal 4)", () => {
  it("counts age in full years, at the birthday ±1 day", () => {
    expect(ageOn("1972-12-02", "2026-12-01")).toBe(53);
    expect(ageOn("1972-12-02", "2026-12-02")).toBe(54);
    expect(ageOn("1972-12-02", "2026-12-03")).toBe(54);
  });

  it("applies the day before the 54th birthday, not on it or after", () => {
    expect(JKP_MAX_JOIN_AGE).toBe(54);
    expect(jkpApplies("1972-12-02", "2026-12-01")).toBe(true);
    expect(jkpApplies("1972-12-02", "2026-12-02")).toBe(false);
    expect(jkpApplies("1972-12-02", "2026-12-03")).toBe(false);
  });

  it("shows JKP only where it applies; the employer's lines and totals do not change", () => {
    const input = { wage: 5_000_000, riskClass: 1, scale: "SMALL", period: "2025-12" };
    const withJkp = calculatePuContribution(input);
    const without = calculatePuContribution({ ...input, jkp: false });
    if (!withJkp.ok || !without.ok) throw new Error("both quote");
    expect(withJkp.value.notBilled).toHaveLength(1);
    expect(without.value.notBilled).toEqual([]);
    expect(without.value.lines).toEqual(withJkp.value.lines);
    expect(without.value.monthlyTotal).toBe(withJkp.value.monthlyTotal);
  });
});

describe("calculatePuContribution: errors", () => {
  it.each<[string, Partial<Input>]>([
    ["wage_not_integer", { wage: 5_000_000.5 }],
    ["wage_not_integer", { wage: Number.NaN }],
    ["wage_not_integer", { wage: 2 ** 53 }],
    ["wage_not_positive", { wage: 0 }],
    ["wage_not_positive", { wage: -1 }],
    ["risk_class_invalid", { riskClass: 0 }],
    ["risk_class_invalid", { riskClass: 6 }],
    ["risk_class_invalid", { riskClass: 1.5 }],
    ["scale_invalid", { scale: "micro" }],
    ["scale_invalid", { scale: "HUGE" }],
    ["period_invalid", { period: "2025-13" }],
    ["period_invalid", { period: "2025" }],
    ["period_before_jp", { period: "2015-06" }],
  ])("%s: %j", (error, input) => {
    expect(calculatePuContribution({ ...base, ...input })).toEqual({ ok: false, error });
  });
});

describe("calculatePuContribution: properties", () => {
  it("amount = employer + worker, totals add up, everything whole rupiah", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000_000 }),
        fc.constantFrom(...RISK_CLASSES),
        fc.constantFrom(...UMKM_SCALES),
        fc.integer({ min: 2016, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        (wage, riskClass, scale, year, month) => {
          const period = `${year}-${String(month).padStart(2, "0")}`;
          const value = contribution({ wage, riskClass, scale, period });
          for (const line of value.lines) expect(line.amount).toBe(line.employer + line.worker);
          expect(value.employerTotal).toBe(value.lines.reduce((sum, line) => sum + line.employer, 0));
          expect(value.workerTotal).toBe(value.lines.reduce((sum, line) => sum + line.worker, 0));
          expect(value.monthlyTotal).toBe(value.employerTotal + value.workerTotal);
          const jp = value.lines.find((line) => line.program === "JP");
          expect(jp?.worker).toBe(basisPointsOf(Math.min(wage, value.jpWageCap), 100));
          const amounts = value.lines.flatMap((line) => [line.employer, line.worker, line.amount]);
          expect(amounts.every((amount) => Number.isSafeInteger(amount) && amount >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe("sumPuContributions", () => {
  it("adds a business's workers per program, employer and worker apart", () => {
    const workers = [contribution(), contribution({ wage: 15_000_000 }), contribution({ wage: 3_000_000, includeJp: false })];
    const result = sumPuContributions(workers);
    expect(result).toEqual({
      ok: true,
      value: {
        period: "2025-12",
        workers: 3,
        lines: [
          { program: "JKK", employer: 12_000 + 36_000 + 7_200, worker: 0, amount: 55_200 },
          { program: "JKM", employer: 15_000 + 45_000 + 9_000, worker: 0, amount: 69_000 },
          { program: "JHT", employer: 185_000 + 555_000 + 111_000, worker: 100_000 + 300_000 + 60_000, amount: 1_311_000 },
          { program: "JP", employer: 100_000 + 210_948, worker: 50_000 + 105_474, amount: 466_422 },
        ],
        notBilled: [{ program: "JKP", wageBasis: 13_000_000, government: 28_600, fromJkk: 18_200, fromJkm: 0, amount: 46_800 }],
        employerTotal: 1_286_148,
        workerTotal: 615_474,
        monthlyTotal: 1_901_622,
      },
    });
    if (result.ok) {
      expect(result.value.monthlyTotal).toBe(workers.reduce((sum, worker) => sum + worker.monthlyTotal, 0));
    }
  });

  it("leaves JP out when nobody pays it", () => {
    const result = sumPuContributions([contribution({ includeJp: false })]);
    expect(result.ok && result.value.lines.map((line) => line.program)).toEqual(["JKK", "JKM", "JHT"]);
  });

  it("refuses an empty list and mixed periods", () => {
    expect(sumPuContributions([])).toEqual({ ok: false, error: "no_workers" });
    expect(sumPuContributions([contribution(), contribution({ period: "2025-11" })])).toEqual({
      ok: false,
      error: "period_mismatch",
    });
  });
});

describe("riskClassForKbli (a suggestion the officer confirms)", () => {
  it.each([
    ["47111", 1], // retail, mainly food: Lampiran I "toko … penjualan makanan"
    ["56101", 1], // restaurants
    ["64121", 1], // banks
    ["14111", 1], // apparel (konveksi)
    ["01111", 2], // smallholder crops
    ["10710", 2], // bakeries
    ["25111", 3], // metal products
    ["03111", 4], // sea fishing
    ["41011", 5], // building construction
    ["43211", 5], // electrical installation
    ["06100", 5], // crude oil
  ])("%s → %d", (kbli, riskClass) => {
    expect(riskClassForKbli(kbli)).toBe(riskClass);
  });

  it("gives undefined for malformed codes and divisions KBLI does not have", () => {
    for (const kbli of ["4711", "471111", "4711a", "", "04000", "34000", "67000", "89000"]) {
      expect(riskClassForKbli(kbli)).toBeUndefined();
    }
  });
});
