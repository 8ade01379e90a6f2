import { describe, expect, it } from "vitest";
import { jakartaDate, jakartaDayRange, jakartaYear } from "../../lib/domain/time";

describe("Jakarta dates", () => {
  it("rolls over to the next day at 17:00 UTC", () => {
    expect(jakartaDate(new Date("2024-03-10T16:59:59Z"))).toBe("2024-03-10");
    expect(jakartaDate(new Date("2024-03-10T17:00:00Z"))).toBe("2024-03-11");
  });

  it("rolls over the year on 31 December at 17:00 UTC", () => {
    expect(jakartaYear(new Date("2025-12-31T16:59:59Z"))).toBe(2025);
    expect(jakartaYear(new Date("2025-12-31T17:00:00Z"))).toBe(2026);
  });
  it("spans a Jakarta day from 00:00 to 24:00 WIB", () => {
    const { start, end } = jakartaDayRange("2026-01-01");
    expect(start.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(end.toISOString()).toBe("2026-01-01T17:00:00.000Z");
    expect(jakartaDate(start)).toBe("2026-01-01");
    expect(jakartaDate(new Date(end.getTime() - 1))).toBe("2026-01-01");
  });
});
