import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { productionProblems } from "../../lib/deploy/production";

const ready = {
  DATABASE_URL: "postgresql://lindung@db.internal/lindung",
  NEXTAUTH_SECRET: "s".repeat(40),
  NEXTAUTH_URL: "https://lindung.bpjsketenagakerjaan.go.id",
  BJB_WEBHOOK_SECRET: "b".repeat(40),
  SMTP_URL: "smtp://mail.internal:587",
};

describe("a production start (issue 15)", () => {
  it("needs a server database, real secrets, https, a message channel, and no demo page", () => {
    expect(productionProblems(ready)).toEqual([]);
    expect(
      productionProblems({ ...ready, SMTP_URL: undefined, TEXT_GATEWAY_URL: "https://sms.internal", TEXT_GATEWAY_TOKEN: "t" }),
    ).toEqual([]);
    expect(productionProblems({})).toHaveLength(5);
    expect(productionProblems({ ...ready, NEXTAUTH_URL: "http://lindung.example" })).toEqual([expect.stringContaining("https://")]);
    expect(productionProblems({ ...ready, BJB_SANDBOX: "true", DEMO_INBOX: "1" })).toEqual([
      expect.stringContaining("BJB_SANDBOX"),
      expect.stringContaining("DEMO_INBOX"),
    ]);
    expect(productionProblems({ ...ready, NEXTAUTH_SECRET: "short" })).toEqual([expect.stringContaining("NEXTAUTH_SECRET")]);
  });

  it("is refused by `npm run start:prod` without them, saying what is missing", () => {
    const result = spawnSync("npx", ["tsx", "scripts/start-prod.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL is not set");
    expect(result.stderr).toContain("not started");
  });
});
