// The permission table (lib/auth/permissions.ts) and the one check
// (lib/auth/access.ts), and that every page, route and server action declares
// a permission of the table, read from the source as the e2e matrix reads it.
import { describe, expect, it } from "vitest";
import { accessOf, ANONYMOUS, decideAccess, type Requester } from "../../lib/auth/access";
import type { SessionUser } from "../../lib/auth/credentials";
import { grantOf, isPermission, PERMISSION_NAMES } from "../../lib/auth/permissions";
import { branchScope, ownParticipantId, regionScope, throughBjbOnly } from "../../lib/auth/scope";
import { actionTargets, appTargets } from "../e2e/support/app-inventory";

const person = (role: SessionUser["role"], extra: Partial<SessionUser> = {}): SessionUser => ({
  id: "u1",
  name: "Uji",
  role,
  branchId: null,
  regionCode: null,
  sponsorId: null,
  participantId: null,
  ...extra,
});
const user = (role: SessionUser["role"], extra: Partial<SessionUser> = {}): Requester => ({ kind: "user", user: person(role, extra) });

describe("the permission table", () => {
  it("lets a BJB manager see the dashboards but not BPJS TK's review and reconciliation", () => {
    expect(grantOf("dashboard.read", "BJB_MANAGER")).toBe("bjb");
    expect(grantOf("review.decide", "BJB_MANAGER")).toBeUndefined();
    expect(grantOf("payment.reconcile", "BJB_MANAGER")).toBeUndefined();
    expect(grantOf("client.read", "BJB_MANAGER")).toBeUndefined();
    // A new client is a branch's: admins read and import everywhere, but open no client.
    expect(grantOf("client.register", "ADMIN")).toBeUndefined();
    expect(grantOf("client.register", "BANK_OFFICER")).toBe("branch");
    expect(grantOf("client.enroll", "ADMIN")).toBe("all");
    expect(grantOf("review.decide", "BPJS_STAFF")).toBe("region");
    expect(grantOf("participant.read.own", null)).toBeUndefined();
    expect(grantOf("site.read", null)).toBe("all");
  });

  it("asks anonymous requesters to sign in, and tells the signed-in without the permission nothing is there", () => {
    expect(decideAccess("client.read", ANONYMOUS)).toEqual({ ok: false, reason: "unauthenticated" });
    expect(decideAccess("client.read", user("WORKER"))).toEqual({ ok: false, reason: "denied" });
    expect(decideAccess("registration.submit", ANONYMOUS)).toMatchObject({ ok: true });
    // A key is no person: it holds only what the table gives API_KEY.
    expect(
      decideAccess("client.enroll", { kind: "apiKey", keyId: "k", branchId: "b1", scopes: ["client.enroll", "stats.read"] }),
    ).toMatchObject({
      ok: true,
      access: { scope: "branch" },
    });
    expect(decideAccess("client.read", { kind: "apiKey", keyId: "k", branchId: "b1", scopes: ["client.enroll", "stats.read"] })).toEqual({
      ok: false,
      reason: "denied",
    });
    expect(decideAccess("payment.notify", { kind: "bjbHost" })).toMatchObject({ ok: true });
    expect(decideAccess("payment.notify", user("ADMIN"))).toEqual({ ok: false, reason: "denied" });
  });

  it("turns a grant's scope into the filter of a query", () => {
    expect(decideAccess("client.read", user("BANK_OFFICER"))).toEqual({ ok: false, reason: "denied" });
    expect(branchScope(accessOf("client.read", person("BANK_OFFICER", { branchId: "b1" })))).toEqual({ branchId: "b1" });
    expect(branchScope(accessOf("client.read", person("ADMIN", { branchId: "b1" })))).toEqual({ branchId: null });
    expect(regionScope(accessOf("review.decide", person("BPJS_STAFF", { regionCode: "3673" })))).toEqual({ regionCode: "3673" });
    expect(regionScope(accessOf("review.decide", person("ADMIN", { regionCode: "3673" })))).toEqual({ regionCode: null });
    expect(throughBjbOnly(accessOf("dashboard.read", person("BJB_MANAGER")))).toBe(true);
    expect(ownParticipantId(accessOf("participant.read.own", person("WORKER", { participantId: "p1" })))).toBe("p1");
    expect(() => accessOf("client.read", person("WORKER"))).toThrow();
    // A scope that is no region is no region: asking for one fails loudly instead of reading all of Banten.
    expect(() => regionScope(accessOf("client.read", person("BANK_OFFICER", { branchId: "b1" })))).toThrow();
  });
});

describe("every page, route and server action declares a permission", () => {
  const targets = [...appTargets(), ...actionTargets()];

  it("finds the app's targets", () => {
    expect(targets.filter((t) => t.kind === "page").length).toBeGreaterThan(20);
    expect(targets.filter((t) => t.kind === "action").length).toBeGreaterThan(8);
  });

  it("declares exactly one permission of the table in each", () => {
    const undeclared = targets.filter((t) => !t.permission || !isPermission(t.permission)).map((t) => `${t.kind} ${t.target} (${t.file})`);
    expect(undeclared).toEqual([]);
  });

  it("uses every permission of the table somewhere", () => {
    const used = new Set(targets.map((t) => t.permission));
    expect(PERMISSION_NAMES.filter((p) => !used.has(p))).toEqual([]);
  });
});
