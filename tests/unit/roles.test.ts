import { describe, expect, it } from "vitest";
import { areaOf, roleMayEnter } from "../../lib/auth/roles";

describe("areas and roles", () => {
  it("puts a path in its most specific area", () => {
    expect(areaOf("/dashboard")).toBe("/dashboard");
    expect(areaOf("/dashboard/peserta")).toBe("/dashboard");
    expect(areaOf("/dashboard/tinjauan")).toBe("/dashboard/tinjauan");
    expect(areaOf("/dashboard/rekonsiliasi/123")).toBe("/dashboard/rekonsiliasi");
    expect(areaOf("/dashboardx")).toBeUndefined();
    expect(areaOf("/daftar")).toBeUndefined();
  });

  it("lets a BJB manager see the dashboards but not BPJS TK's review and reconciliation", () => {
    expect(roleMayEnter("BJB_MANAGER", "/dashboard/peserta")).toBe(true);
    expect(roleMayEnter("BJB_MANAGER", "/dashboard/tinjauan")).toBe(false);
    expect(roleMayEnter("BJB_MANAGER", "/dashboard/rekonsiliasi")).toBe(false);
    expect(roleMayEnter("BJB_MANAGER", "/bank")).toBe(false);
    expect(roleMayEnter("BPJS_STAFF", "/dashboard/tinjauan")).toBe(true);
    expect(roleMayEnter(undefined, "/akun")).toBe(false);
    expect(roleMayEnter(undefined, "/")).toBe(true);
  });
});
