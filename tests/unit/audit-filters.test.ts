import { describe, expect, it } from "vitest";
import { auditFiltersSchema } from "../../lib/audit/search";

describe("audit log filters", () => {
  it("read a cursor past bigint's range, or a day outside the supported range, as none (issue 15: they failed the page)", () => {
    expect(auditFiltersSchema.parse({ before: "9223372036854775808" }).before).toBeUndefined();
    expect(auditFiltersSchema.parse({ before: "9223372036854775807" }).before).toBe("9223372036854775807");
    expect(auditFiltersSchema.parse({ from: "0001-01-01", to: "2026-12-05" })).toMatchObject({ from: undefined, to: "2026-12-05" });
  });
});
