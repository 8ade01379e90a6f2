import { describe, expect, it } from "vitest";
import { passwordWeakness } from "../../lib/auth/password-strength";

const siti = ["Siti Aminah", "3673014506900001", "+6281234567890", "1990-06-05"];

describe("passwords people are talked out of (issue 15)", () => {
  it("refuse very common ones, in Indonesian and English", () => {
    for (const common of ["password", "12345678", "qwertyuiop", "bismillah", "rahasia123"])
      expect(passwordWeakness(common, siti), common).toBe("common");
  });

  it("refuse the person's own NIK, phone number, birth date or name inside them", () => {
    for (const personal of ["3673014506900001", "x081234567890", "aminah2026!", "siti-1990-06-05", "81234567890abc"]) {
      expect(passwordWeakness(personal, siti), personal).toBe("personal");
    }
  });

  it("take a few words only the person knows", () => {
    for (const good of ["sate-ayam-pedas", "rahasia-sekali", "kata-sandi-baru-2026"]) expect(passwordWeakness(good, siti), good).toBeNull();
  });
});
