import { describe, expect, it } from "vitest";
import { ruleTablesInForce } from "../../lib/admin/rule-tables";

describe("the rule tables in force (admin console)", () => {
  it("shows what the calculations use in the month asked, with sources", () => {
    const june2026 = ruleTablesInForce("2026-06");
    const table = (id: string) => june2026.find((t) => t.id === id)!;
    expect(table("bpu").rows).toEqual([
      ["JKK", "1% × dasar"],
      ["JKM", expect.stringMatching(/^Rp\s?6\.800$/)],
      ["JHT", "2% × dasar"],
    ]);
    // PP 50/2025: both relief rows in June 2026, none for participants paid from the APBN or APBD.
    expect(table("relief").rows.map((r) => r[1])).toEqual(["TRANSPORT", "OTHER"]);
    expect(table("relief").rows[0]).toContain("APBN, APBD");
    expect(table("minimumWage").source).toContain("703/2025");
    expect(table("puJkk").rows).toHaveLength(5);
    for (const t of june2026) expect(t.source.length, t.id).toBeGreaterThan(2);
    // From April 2027 no relief is in force; in 2025 the 2025 minimum wages are.
    expect(ruleTablesInForce("2027-04").find((t) => t.id === "relief")!.rows).toEqual([]);
    expect(ruleTablesInForce("2025-05").find((t) => t.id === "minimumWage")!.source).toContain("471/2024");
  });
});
