import { describe, expect, it } from "vitest";
import { accessOf } from "../../lib/auth/access";
import type { SessionUser } from "../../lib/auth/credentials";
import { dashboardFilters, filterQuery, withFilter } from "../../lib/dashboard/filters";

const staffUser = (regionCode: string | null): SessionUser => ({
  id: "u",
  name: "Staf",
  role: "BPJS_STAFF",
  branchId: null,
  regionCode,
  sponsorId: null,
  participantId: null,
});
const staff = (regionCode: string | null) => accessOf("dashboard.read", staffUser(regionCode));
const admin = accessOf("dashboard.read", { ...staffUser(null), role: "ADMIN" });

describe("dashboard filters", () => {
  it("reads the URL, and ignores values that are not filters", () => {
    const f = dashboardFilters({ asOf: "2016-12-31", regency: "3671", category: "PU", channel: "API" }, admin);
    expect(f).toEqual({ asOf: "2016-12-31", regency: "3671", category: "PU", channel: "API", from: "2016-01-01", via: undefined });
    expect(f.status).toBeUndefined();
    const bad = dashboardFilters({ asOf: "31/12/2016", regency: "9999", category: "X", channel: ["SELF", "API"] }, admin);
    expect(bad).toMatchObject({ regency: undefined, category: undefined, channel: "SELF" });
    expect(bad.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads a day outside the supported range as today, and a status only among the statuses (issue 15)", () => {
    const today = dashboardFilters({}, admin).asOf;
    for (const asOf of ["0001-01-01", "9999-12-31", "2026-02-30"]) expect(dashboardFilters({ asOf }, admin).asOf, asOf).toBe(today);
    expect(dashboardFilters({ status: "DECEASED" }, admin).status).toBe("DECEASED");
    expect(dashboardFilters({ status: "HACKED" }, admin).status).toBeUndefined();
  });

  it("holds regional staff to their regency whatever the URL says", () => {
    expect(dashboardFilters({ regency: "3601" }, staff("3673")).regency).toBe("3673");
    expect(dashboardFilters({ regency: "3601" }, staff(null)).regency).toBe("3601");
  });

  it("holds a BJB manager to what came through BJB, and lets others choose it and a branch", () => {
    const manager = accessOf("dashboard.read", { ...staffUser(null), role: "BJB_MANAGER" });
    expect(dashboardFilters({}, manager).via).toBe("bjb");
    expect(dashboardFilters({}, admin).via).toBeUndefined();
    const branch = "0194e8a0-0000-7000-8000-000000000001";
    expect(dashboardFilters({ via: "bjb", branch }, admin)).toMatchObject({ via: "bjb", branch });
    expect(dashboardFilters({ via: "everything", branch: "1 OR 1=1" }, admin)).toMatchObject({ via: undefined, branch: undefined });
  });

  it("builds shareable URLs with one filter changed", () => {
    const f = dashboardFilters({ asOf: "2016-12-31", category: "BPU" }, admin);
    expect(withFilter(f, "regency", "3674")).toBe("/dashboard?asOf=2016-12-31&regency=3674&category=BPU");
    expect(withFilter(f, "category")).toBe("/dashboard?asOf=2016-12-31");
    expect(filterQuery(f, { channel: "API" })).toBe("?asOf=2016-12-31&category=BPU&channel=API");
  });
});
