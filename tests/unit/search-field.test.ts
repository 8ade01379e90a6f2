import { describe, expect, it } from "vitest";
import { accountFilters } from "../../lib/admin/queries";
import { searchField } from "../../lib/validation/person";

describe("search boxes in a page's address", () => {
  it("read what PostgreSQL cannot compare, too long or not text as no search (a NUL failed the admin's user search)", () => {
    const field = searchField(10);
    expect(field.parse("  Dewi ")).toBe("Dewi");
    expect(field.parse("De\u0000wi")).toBeUndefined();
    expect(field.parse("x".repeat(11))).toBeUndefined();
    expect(field.parse(["a", "b"])).toBeUndefined();
    expect(accountFilters.parse({ peran: "ROOT", q: "\u0000'" })).toEqual({ peran: undefined, q: undefined });
    expect(accountFilters.parse({ peran: "FINANCE", q: "hendra" })).toEqual({ peran: "FINANCE", q: "hendra" });
  });
});
