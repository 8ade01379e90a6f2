import { describe, expect, it } from "vitest";
import { safeLocalPath, safeRedirect } from "../../lib/http/local-path";

describe("where to go after signing in", () => {
  it("keeps paths on this site and refuses every way of naming another", () => {
    expect(safeLocalPath("/bank/klien?q=warung")).toBe("/bank/klien?q=warung");
    expect(safeLocalPath("/dashboard/peserta?regency=3673#daftar")).toBe("/dashboard/peserta?regency=3673#daftar");
    // Dot segments are collapsed, and the collapsed path is the one handed on.
    expect(safeLocalPath("/akun/./kartu")).toBe("/akun/kartu");
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "https://evil.example",
      "evil",
      "",
      undefined,
      "/%5Cevil.example\\",
      // Only another host once the dot segments are collapsed (issue 15: found by probing /masuk?next=%2F.%2F%2Fevil.example).
      "/.//evil.example",
      "/a/..//evil.example",
      "/././/evil.example?x=1",
    ]) {
      expect(safeLocalPath(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("where next-auth may send someone", () => {
  const base = "http://localhost:3100";
  it("keeps this site's paths and addresses, sends anything else home, and never throws", () => {
    expect(safeRedirect("/akun", base)).toBe(`${base}/akun`);
    expect(safeRedirect(`${base}/bank/klien?q=a`, base)).toBe(`${base}/bank/klien?q=a`);
    for (const bad of [
      "http://localhost:3100.evil.example/",
      "https://evil.example/akun",
      "/.//evil.example",
      `${base}//evil.example`,
      "javascript:alert(1)",
      "http://[::1",
      "",
    ]) {
      expect(safeRedirect(bad, base), bad).toBe(base);
    }
  });
});
