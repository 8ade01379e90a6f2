import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES } from "../../lib/api/key-scopes";

describe("API key scopes", () => {
  it("are the permissions granted to keys by name, never the public ones everybody holds", () => {
    expect(API_KEY_SCOPES).toEqual(["client.enroll", "stats.read"]);
  });
});
