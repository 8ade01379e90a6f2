import { describe, expect, it } from "vitest";
import { safeLocalPath } from "../../lib/http/local-path";

describe("where to go after signing in", () => {
  it("keeps paths on this site and refuses every way of naming another", () => {
    expect(safeLocalPath("/bank/klien?q=warung")).toBe("/bank/klien?q=warung");
    expect(safeLocalPath("/dashboard/peserta?regency=3673#daftar")).toBe("/dashboard/peserta?regency=3673#daftar");
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "https://evil.example",
      "evil",
      "",
      undefined,
      "/%5Cevil.example\\",
    ]) {
      expect(safeLocalPath(bad), String(bad)).toBeUndefined();
    }
  });
});
