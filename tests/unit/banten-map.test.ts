// Issue 17: the map's shapes and the coverage rate's denominators, one per regency of Banten.
import { describe, expect, it } from "vitest";
import { MAP_HEIGHT, MAP_SHAPES, MAP_WIDTH } from "../../lib/dashboard/map-shapes";
import { coverageRate, EMPLOYED_POPULATION } from "../../lib/domain/employed-population";
import { BANTEN_REGENCY_CODES } from "../../lib/domain/regions";

describe("the Banten map", () => {
  it("has one shape per regency and city, inside the drawing", () => {
    expect([...MAP_SHAPES.keys()].sort()).toEqual([...BANTEN_REGENCY_CODES].sort());
    // Banten spans 1.68° of longitude and 1.21° of latitude at 6° south: about 1.38 : 1.
    expect(MAP_WIDTH / MAP_HEIGHT).toBeCloseTo(1.38, 1);
    for (const { d } of MAP_SHAPES.values()) {
      const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP_WIDTH + 0.1);
    }
  });

  it("computes a rate only where BPS gave a figure, and names its source", () => {
    expect(Object.keys(EMPLOYED_POPULATION).sort()).toEqual([...BANTEN_REGENCY_CODES].sort());
    const pandeglang = coverageRate(61_079, "3601")!;
    expect(pandeglang.rate).toBeCloseTo(0.1, 4);
    expect(pandeglang.population).toMatchObject({ employed: 610_793, month: "2024-08", source: expect.stringContaining("BPS") });
    expect(coverageRate(1_000, "3672")).toBeNull();
  });
});
