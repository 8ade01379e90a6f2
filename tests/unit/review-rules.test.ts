import { describe, expect, it } from "vitest";
import { IMPORT_CORRECTIONS_REVIEW, manyImportCorrections } from "../../lib/review/detect";

describe("imports with many corrections", () => {
  it("needs both the minimum rows and the minimum share", () => {
    expect(IMPORT_CORRECTIONS_REVIEW).toEqual({ minRows: 5, minShare: 0.2 });
    expect(manyImportCorrections(4, 10)).toBe(false); // 40% but only 4 rows
    expect(manyImportCorrections(5, 25)).toBe(true); // exactly 5 rows and 20%
    expect(manyImportCorrections(5, 26)).toBe(false); // 5 rows but under 20%
    expect(manyImportCorrections(200, 1000)).toBe(true);
    expect(manyImportCorrections(0, 0)).toBe(false);
  });
});
