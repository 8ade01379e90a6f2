import { describe, expect, it } from "vitest";
import { sourceOf } from "../../lib/http/source";

describe("the client address abuse limits and the audit log use", () => {
  it("trusts the proxy's X-Real-IP, then the entry the nearest proxy added, never what the client claims first", () => {
    expect(sourceOf(new Headers({ "x-real-ip": "203.0.113.7", "x-forwarded-for": "1.2.3.4, 10.0.0.1" })).ip).toBe("203.0.113.7");
    expect(sourceOf(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.1" })).ip).toBe("10.0.0.1");
    expect(sourceOf(new Headers({ "x-forwarded-for": "  198.51.100.2 " })).ip).toBe("198.51.100.2");
    expect(sourceOf(new Headers()).ip).toBeNull();
    expect(sourceOf(new Headers({ "user-agent": "x".repeat(500) })).userAgent).toHaveLength(300);
  });
});
