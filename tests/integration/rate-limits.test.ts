import { describe, expect, it } from "vitest";
import { signInWithLimits, SignInLocked } from "../../lib/auth/login-guard";
import { hashPassword } from "../../lib/auth/password";
import { createPrismaClient } from "../../lib/db/prisma";
import { quoteEndpoint } from "../../lib/quote/api";
import { LIMITS } from "../../lib/security/limits";
import { consumeLimit } from "../../lib/security/rate-limit";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();
const quote = (database: typeof t.db, ip: string) =>
  quoteEndpoint(new Request("http://localhost/api/v1/contributions/quote?category=BPU&income=1000000", { headers: { "x-real-ip": ip } }), {
    db: database,
    now: new Date(),
  });

describe("abuse limits", () => {
  it("hold across instances: two app processes (two connection pools) share one count in PostgreSQL", async () => {
    const other = createPrismaClient(t.url, 2);
    try {
      const ip = "198.51.100.7";
      const answers: number[] = [];
      // Alternate between the two "instances" until the limit is spent, then once more on each.
      for (let i = 0; i < LIMITS.quote.points + 2; i++) answers.push((await quote(i % 2 ? other : t.db, ip)).status);
      expect(answers.filter((s) => s === 200)).toHaveLength(LIMITS.quote.points);
      expect(answers.slice(-2)).toEqual([429, 429]);
      const refused = await quote(other, ip);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.json()).toEqual({
        error: expect.stringMatching(/^Terlalu banyak permintaan dari jaringan Anda\. Coba lagi dalam \d+ detik\.$/),
      });
      // Another address is not affected.
      expect((await quote(other, "198.51.100.8")).status).toBe(200);
    } finally {
      await other.$disconnect();
    }
  });

  it("count concurrent requests exactly (no lost updates)", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => consumeLimit(t.db, "registration", "203.0.113.9")));
    expect(results.filter((r) => r.ok)).toHaveLength(LIMITS.registration.points);
  });

  it("lock an account after 5 failed sign-ins with a clear message, even for the right password, and a success clears the count", async () => {
    const email = `kunci-${Date.now()}@bjb.test`;
    await t.db.user.create({
      data: { role: "BANK_OFFICER", name: "Petugas Kunci", email, passwordHash: await hashPassword("benar-sekali-1") },
    });
    // A success between failures starts the count again.
    for (let i = 0; i < 4; i++) expect(await signInWithLimits(t.db, email, "salah", "192.0.2.1")).toBeNull();
    expect(await signInWithLimits(t.db, email, "benar-sekali-1", "192.0.2.1")).toMatchObject({ role: "BANK_OFFICER" });
    for (let i = 0; i < 5; i++) expect(await signInWithLimits(t.db, email, "salah", "192.0.2.2")).toBeNull();
    // The next failure (from any address, any spelling of the account) locks it.
    await expect(signInWithLimits(t.db, ` ${email.toUpperCase()} `, "salah", "192.0.2.3")).rejects.toThrow(SignInLocked);
    await expect(signInWithLimits(t.db, email, "benar-sekali-1", "192.0.2.4")).rejects.toThrow(/^errors\.auth\.locked\?minutes=15$/);
  });

  it("count one account however its mobile number is typed", async () => {
    const phone = "+6281298765432";
    await t.db.user.create({ data: { role: "WORKER", name: "Pekerja Kunci", phone, passwordHash: await hashPassword("benar-sekali-2") } });
    const spellings = ["081298765432", "+62 812-9876-5432", "6281298765432", "0812 9876 5432", "+6281298765432"];
    for (const spelling of spellings) expect(await signInWithLimits(t.db, spelling, "salah", "192.0.2.60")).toBeNull();
    await expect(signInWithLimits(t.db, "62-812-9876-5432", "salah", "192.0.2.61")).rejects.toThrow(/^errors\.auth\.locked\?minutes=15$/);
  });

  it("lock the account whichever of its identifiers is typed: locked by e-mail, it does not sign in by phone number (issue 15)", async () => {
    const email = `dua-pintu-${Date.now()}@bjb.test`;
    const phone = "+6281277665544";
    await t.db.user.create({
      data: { role: "BANK_OFFICER", name: "Petugas Dua Pintu", email, phone, passwordHash: await hashPassword("benar-sekali-3") },
    });
    for (let i = 0; i < LIMITS.loginAccount.points; i++) expect(await signInWithLimits(t.db, email, "salah", "192.0.2.70")).toBeNull();
    await expect(signInWithLimits(t.db, email, "salah", "192.0.2.71")).rejects.toThrow(SignInLocked);
    await expect(signInWithLimits(t.db, "0812-7766-5544", "benar-sekali-3", "192.0.2.72")).rejects.toThrow(/^errors\.auth\.locked/);
  });

  it("lock an address that tries many accounts (password spraying), and unknown accounts count too", async () => {
    const ip = "192.0.2.99";
    for (let i = 0; i < LIMITS.loginIp.points; i++) {
      expect(await signInWithLimits(t.db, `tidak-ada-${i}@contoh.test`, "salah", ip)).toBeNull();
    }
    await expect(signInWithLimits(t.db, "tidak-ada-terakhir@contoh.test", "salah", ip)).rejects.toThrow(SignInLocked);
    await expect(signInWithLimits(t.db, "orang-lain@contoh.test", "apa-saja", ip)).rejects.toThrow(/^errors\.auth\.network\?minutes=15$/);
  });
});
