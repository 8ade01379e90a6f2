// Issue 15: the admin console and two-factor sign-in, as their users meet them.
// An admin makes an officer's account and hands over the temporary password;
// the officer's first sign-in enrols an authenticator app (recovery codes shown
// once), replaces the password, and lands on the officer's home; later a
// recovery code works once. The admin deactivates the account and the
// officer's open session ends at once.
import { generate } from "otplib";
import { expect, test } from "./fixtures";
import { addLebakSponsorAndFillProgramme, expectAccessible, signIn } from "./helpers";
import type { Page } from "./fixtures";

const codeFor = (key: string) => generate({ secret: key.replace(/\s/g, "") });

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIK, nomor HP, atau email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

test("an admin makes an officer's account; the officer enrols two-factor, replaces the temporary password, and is signed out when deactivated", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `petugas.baru.${Date.now()}@bjb.test`;
  await signIn(page, "admin@lindung.test");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Pengguna" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Buat akun" }).click();
  await page.getByLabel("Nama lengkap").fill("Yusuf Maulana");
  await page.getByLabel("Email kantor (untuk masuk)").fill(email);
  await page.getByLabel("Peran").selectOption({ label: "Petugas BJB" });
  // An officer needs a branch: refused without one, nothing made.
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Pilih cabang BJB.")).toBeVisible();
  await page.getByLabel("Cabang BJB").selectOption({ label: "BJB-SRG · Bank BJB KC Serang" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  const temporary = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

  // The officer, on their own phone.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const officer = await context.newPage();
  await signInWithPassword(officer, email, temporary);
  await expect(officer.getByRole("heading", { name: "Aktifkan verifikasi dua langkah" })).toBeVisible();
  // A password alone reaches nothing.
  await officer.goto("/bank/klien");
  await expect(officer).toHaveURL(/\/masuk\/dua-langkah\?next=%2Fbank%2Fklien$/);
  await expect(officer.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  await expectAccessible(officer);
  const key = (await officer.getByTestId("totp-key").textContent())!;
  await officer.getByLabel("Kode 6 angka dari aplikasi").fill("000000" === (await codeFor(key)) ? "111111" : "000000");
  await officer.getByRole("button", { name: "Aktifkan" }).click();
  await expect(officer.getByText("Kode salah atau sudah tidak berlaku")).toBeVisible();
  await officer.getByLabel("Kode 6 angka dari aplikasi").fill(await codeFor(key));
  await officer.getByRole("button", { name: "Aktifkan" }).click();
  const codeList = officer.getByRole("list", { name: "Kode pemulihan Anda" }).getByRole("listitem");
  await expect(codeList).toHaveCount(10);
  const codes = await codeList.allTextContents();
  await officer.getByRole("link", { name: "Saya sudah menyimpannya, lanjutkan" }).click();
  // Then their own password in place of the admin's.
  await expect(officer.getByRole("heading", { name: "Buat kata sandi baru" })).toBeVisible();
  await officer.getByLabel("Kata sandi baru", { exact: true }).fill(temporary);
  await officer.getByLabel("Ulangi kata sandi baru").fill(temporary);
  await officer.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(officer.getByText("Kata sandi baru harus berbeda")).toBeVisible();
  const own = "sambal-terasi-pagi-serang";
  await officer.getByLabel("Kata sandi baru", { exact: true }).fill(own);
  await officer.getByLabel("Ulangi kata sandi baru").fill(own);
  await officer.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(officer).toHaveURL(/\/bank\/klien$/);
  await expect(officer.getByRole("link", { name: "Akun saya" })).toBeVisible();

  // Another sign-in: a recovery code works once.
  await officer.getByRole("button", { name: "Keluar" }).click();
  await expect(officer.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  await signInWithPassword(officer, email, own);
  await officer.getByLabel("Kode dari aplikasi, atau kode pemulihan").fill(codes[0]!.toUpperCase());
  await officer.getByRole("button", { name: "Verifikasi" }).click();
  await expect(officer).toHaveURL(/\/bank$/);

  // The admin sees it: two-factor on, recent sign-ins; and deactivates the account.
  await page.goto(`/admin?q=${encodeURIComponent("Yusuf")}`);
  await page.getByRole("link", { name: "Yusuf Maulana" }).click();
  await expect(page.getByText("Kode pemulihan tersisa: 9")).toBeVisible();
  await expect(page.getByTestId("sign-ins").getByRole("row")).toHaveCount(3);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nonaktifkan (semua sesi berakhir)" }).click();
  await expect(page.getByText("Akun dinonaktifkan; semua sesinya berakhir.")).toBeVisible();
  // The officer's open session is over at their next request.
  await officer.goto("/bank");
  await expect(officer).toHaveURL(/\/masuk\?next=%2Fbank$/);
  await context.close();
});

test("an admin makes an API key with one scope, sees it once, rotates and revokes it; the rule tables say their sources", async ({
  page,
  request,
}) => {
  await signIn(page, "admin@lindung.test");
  await page.goto("/admin/kunci-api");
  await page.getByLabel("Nama sistem").fill("Statistik KC Serang");
  await page.getByLabel("Cabang").selectOption({ label: "BJB-SRG · Bank BJB KC Serang" });
  await page.getByLabel("Statistik saja").check();
  await page.getByRole("button", { name: "Buat kunci" }).click();
  const key = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(key).toMatch(/^lk_[a-z2-7]{8}_/);
  const auth = { Authorization: `Bearer ${key}` };
  expect((await request.get("/api/v1/stats", { headers: auth })).status()).toBe(200);
  // Statistics only: the enrollment API does not know this key's branch's clients.
  expect((await request.post("/api/v1/enrollments", { headers: auth, data: {} })).status()).toBe(404);
  await page.reload();
  const row = page
    .getByTestId("admin-keys")
    .getByRole("listitem")
    .filter({ hasText: key.slice(3, 11) });
  await expect(row).toContainText("Statistik saja");
  await expect(row).not.toContainText("Belum pernah");
  await row.getByRole("button", { name: "Ganti kunci" }).click();
  await expect(row.getByText(/Kunci baru .* dibuat; kunci .* berlaku sampai/)).toBeVisible();
  const rotated = (await row.getByTestId("one-time-secret").textContent())!.trim();
  // Both work during the overlap.
  expect((await request.get("/api/v1/stats", { headers: auth })).status()).toBe(200);
  expect((await request.get("/api/v1/stats", { headers: { Authorization: `Bearer ${rotated}` } })).status()).toBe(200);
  await page.reload();
  await row.getByRole("button", { name: "Cabut sekarang" }).click();
  // Its row now says so (and offers nothing more to do with it).
  await expect(row).toContainText("Status: Dicabut");
  await expect(row.getByRole("button")).toHaveCount(0);
  expect((await request.get("/api/v1/stats", { headers: auth })).status()).toBe(401);

  await page.goto("/admin/aturan?bulan=2026-06");
  await expect(page.getByRole("heading", { name: "Keringanan iuran" })).toBeVisible();
  await expect(page.getByTestId("rule-relief")).toContainText("PP 50/2025");
  await expect(page.getByTestId("rule-minimumWage")).toContainText("Kota Serang");
});

test("an admin registers a sponsor and its programme (issue 16), typing amounts as people write them", async ({ page }) => {
  const sponsor = `Pemerintah Kabupaten Lebak ${Date.now() % 100_000}`;
  await signIn(page, "admin@lindung.test");
  await addLebakSponsorAndFillProgramme(page, sponsor, { min: "60", max: "18" });
  await page.getByRole("button", { name: "Tambah program" }).click();
  // Ages crossed: said at the field, nothing made.
  await expect(page.getByText("Usia: angka; usia paling tinggi tidak boleh di bawah usia paling rendah.")).toBeVisible();
  await page.getByLabel("Usia paling rendah").fill("18");
  await page.getByLabel("Usia paling tinggi").fill("64");
  await page.getByRole("button", { name: "Tambah program" }).click();
  await expect(page.getByText("Program ditambahkan.")).toBeVisible();
  await page.reload();
  const table = page.getByRole("table", { name: sponsor });
  await expect(table).toContainText("Perlindungan Petani (Perbup Lebak (contoh))");
  await expect(table).toContainText("Kabupaten Lebak · Petani · usia 18–64");
  await expect(table).toContainText("Rp 201.600.000");
  await expectAccessible(page);
});
