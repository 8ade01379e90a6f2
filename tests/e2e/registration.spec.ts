import { expect, test, type Page } from "./fixtures";
import { DEMO_WORKER_NIK } from "../../lib/demo/accounts";
import { currentPeriod } from "../../lib/domain/billing-period";
import { bpuLowestMonthly } from "../../lib/domain/contributions/bpu";
import { formatRupiah } from "../../lib/domain/money";
import { makePhone } from "../support/factories";
import { DAFTAR_SCRIPT_BUDGET_BYTES, measurePageWeight } from "../support/page-weight";
import { expectAccessible, fillIdentity, fillRegistration, newWorker, registrationQuote, signOut, type Worker } from "./helpers";

test("a worker registers on a phone, sees the card, signs out and back in", async ({ page }) => {
  const worker = newWorker();
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();

  await expect(page).toHaveURL(/\/daftar\/selesai$/);
  await expect(page.getByRole("heading", { name: "Pendaftaran berhasil" })).toBeVisible();
  // Sent and accepted: the draft of the form is gone from the phone.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("lindung.")))).toEqual([]);
  const kpj = (await page.getByTestId("kpj").textContent())?.trim() ?? "";
  expect(kpj).toMatch(/^\d{11}$/);
  await expect(page.getByTestId("membership-card")).toContainText(worker.name);
  await expect(page.getByTestId("card-kpj")).toHaveText(kpj);
  await expect(page.getByRole("img", { name: new RegExp(kpj) })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh kartu" }).click();
  expect((await download).suggestedFilename()).toBe(`kartu-bpjstk-${kpj}.svg`);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  await page.goto("/akun");
  await expect(page).toHaveURL(/\/masuk/);

  await page.getByLabel("NIK, nomor HP, atau email").fill(worker.nik);
  await page.getByLabel("Kata sandi").fill(worker.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun$/);
  await expect(page.getByTestId("card-kpj")).toHaveText(kpj);
  await expect(page.getByText(worker.nik)).toHaveCount(0); // NIK is shown masked
  await expect(page.getByText(`${worker.nik.slice(0, 4)}********${worker.nik.slice(12)}`)).toBeVisible();
  await expect(page.getByTestId("bill")).toHaveCount(1);
  await expect(page.getByTestId("bill")).toContainText(registrationQuote().totalText);
  // The bill shows what a relief took off (PP 50/2025 while it runs), and nothing of the kind after it.
  const relief = registrationQuote().reliefs[0];
  await expect(page.getByTestId("bill-relief")).toHaveCount(relief ? 1 : 0);
  if (relief) await expect(page.getByTestId("bill-relief")).toHaveText(formatRupiah(-relief.amount));
});

test("the home page's 'from Rp …' is this month's lowest contribution, relief included", async ({ page }) => {
  await page.goto("/");
  const lowest = formatRupiah(bpuLowestMonthly(currentPeriod())).replace("Rp ", "");
  await expect(page.getByText(`mulai Rp ${lowest} per bulan`)).toBeVisible();
});

const REGISTERED_NIK = "NIK ini sudah terdaftar — masuk atau pulihkan akun.";

test("an already registered NIK is said at the first step, not after the last", async ({ page }) => {
  const worker = newWorker();
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
  await expect(page).toHaveURL(/\/daftar\/selesai$/);
  await signOut(page);

  await page.goto("/daftar");
  await fillIdentity(page, { ...worker, phone: makePhone() });
  await page.getByRole("button", { name: "Lanjut" }).click();
  const nik = page.getByLabel("NIK (16 angka di e-KTP)");
  await expect(page.getByText(REGISTERED_NIK)).toBeVisible();
  await expect(nik).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  await expect(page).toHaveURL(/\/daftar$/);

  // Another NIK goes on as before.
  await nik.fill(newWorker().nik);
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText("Langkah 2 dari 4")).toBeVisible();
  await expect(page.getByText(REGISTERED_NIK)).toHaveCount(0);
});

test("the demo worker's NIK is found at the first step, with the ways into the account", async ({ page }) => {
  await page.goto("/daftar");
  // Siti Rahmawati (prisma/seed.ts): born 15 June 1985, a woman (day + 40 in the NIK).
  await fillIdentity(page, newWorker({ nik: DEMO_WORKER_NIK, birthDate: "1985-06-15", gender: "F" }));
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText(REGISTERED_NIK)).toBeVisible();
  await expect(page.getByLabel("NIK (16 angka di e-KTP)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();

  const links = page.getByTestId("registered-nik-links");
  await expect(links.getByRole("link", { name: "Masuk", exact: true })).toHaveAttribute("href", "/masuk");
  await expect(links.getByRole("link", { name: "Lupa kata sandi?" })).toHaveAttribute("href", "/masuk/lupa");
  // Enrolled by an officer, an employer or an import: no account yet, so activation.
  await expect(links.getByRole("link", { name: "Didaftarkan oleh petugas? Aktifkan akun" })).toHaveAttribute("href", "/aktivasi");
  await links.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(page).toHaveURL(/\/masuk\/lupa$/);
});

test("what was typed survives a reload, the step too, never the password, until the worker starts over", async ({ page }) => {
  const worker = newWorker();
  const restoredNotice = page.getByText("Isian Anda yang belum terkirim dipulihkan dari perangkat ini (tanpa kata sandi).");
  await page.goto("/daftar");
  await fillIdentity(page, worker);
  await page.reload();
  await expect(restoredNotice).toBeVisible();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  await expect(page.getByLabel("NIK (16 angka di e-KTP)")).toHaveValue(worker.nik);
  await expect(page.getByLabel("Nama lengkap sesuai e-KTP")).toHaveValue(worker.name);
  await expect(page.getByLabel("Tempat lahir")).toHaveValue("Serang");
  await expect(page.getByLabel("Tanggal lahir")).toHaveValue(worker.birthDate);
  await expect(page.getByLabel("Perempuan")).toBeChecked();
  await expect(page.getByLabel("Nomor HP")).toHaveValue(worker.phone);

  // Through every step to the last, consent given and the password typed twice; then the page reloads.
  await fillRegistration(page, worker);
  await page.reload();
  await expect(restoredNotice).toBeVisible();
  await expect(page.getByText("Langkah 4 dari 4")).toBeVisible();
  await expect(page.getByLabel("Kata sandi untuk masuk")).toHaveValue("");
  await expect(page.getByLabel("Ulangi kata sandi")).toHaveValue("");
  await expect(page.getByLabel(/Saya menyatakan data ini benar/)).not.toBeChecked();
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).toContain(worker.nik);
  expect(stored).not.toContain(worker.password);
  expect(stored).not.toMatch(/password/i);
  // The earlier steps hold what was chosen there, the district of the restored regency included.
  await page.getByRole("button", { name: "Kembali" }).click();
  await expect(page.getByLabel("Penghasilan per bulan (Rp)")).toHaveValue("1.000.000");
  await expect(page.getByLabel("Bayar untuk")).toHaveValue("3");
  await page.getByRole("button", { name: "Kembali" }).click();
  await expect(page.getByLabel("Kabupaten/kota").locator("option:checked")).toHaveText("Kota Serang");
  await expect(page.getByLabel("Kecamatan").locator("option:checked")).toHaveText("Serang");

  await page.getByRole("button", { name: "Mulai dari awal" }).click();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  await expect(restoredNotice).toHaveCount(0);
  await expect(page.getByLabel("NIK (16 angka di e-KTP)")).toHaveValue("");
  await page.reload();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  await expect(restoredNotice).toHaveCount(0);
  await expect(page.getByLabel("NIK (16 angka di e-KTP)")).toHaveValue("");
});

test("a draft the phone cannot read is no draft: the form opens empty and works", async ({ page }) => {
  await page.goto("/daftar");
  await page.evaluate(() => localStorage.setItem("lindung.daftar.draft.v1", "{not json"));
  await page.reload();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  await expect(page.getByText(/dipulihkan dari perangkat ini/)).toHaveCount(0);
  await expect(page.getByLabel("NIK (16 angka di e-KTP)")).toHaveValue("");
  const worker = newWorker();
  await fillIdentity(page, worker);
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText("Langkah 2 dari 4")).toBeVisible();
});

/** Every step at once, as the page shows them before (or without) its script. */
async function fillEveryStep(page: Page, worker: Worker) {
  await page.goto("/daftar", { waitUntil: "commit" });
  await expect(page.getByText(/Tanpa JavaScript, semua langkah tampil sekaligus/)).toBeVisible();
  await fillIdentity(page, worker);
  await page.getByLabel("Kabupaten/kota").selectOption("3673");
  // Before the script runs the district list holds every district of Banten: Serang of Kota Serang by its code.
  await page.getByLabel("Kecamatan").selectOption("367301");
  await page.getByLabel("Alamat (jalan, RT/RW, desa/kelurahan)").fill("Jl. Ki Mas Jong No. 5");
  await page.getByLabel("Pekerjaan").selectOption({ label: "Pedagang" });
  await page.getByLabel("Penghasilan per bulan (Rp)").fill("1.000.000");
  await page.getByLabel(/Saya menyatakan data ini benar/).check();
  await page.getByLabel("Kata sandi untuk masuk").fill(worker.password);
  await page.getByLabel("Ulangi kata sandi").fill(worker.password);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts in one go; a registered NIK comes back at its field, with the ways into the account", async ({ page }) => {
    await fillEveryStep(page, newWorker());
    await expect(page.getByText("Pendaftaran berhasil. Silakan masuk.")).toBeVisible();

    await fillEveryStep(page, newWorker({ nik: DEMO_WORKER_NIK, birthDate: "1985-06-15", gender: "F" }));
    await expect(page.getByText(REGISTERED_NIK)).toBeVisible();
    await expect(page.getByLabel("NIK (16 angka di e-KTP)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("registered-nik-links").getByRole("link", { name: "Lupa kata sandi?" })).toHaveAttribute(
      "href",
      "/masuk/lupa",
    );
  });
});

test("before its script has run (a slow phone), the form already answers: every step shows and sending registers", async ({ page }) => {
  // The page's scripts held back, as on slow 3G with a slow CPU: taps must not wait for them.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await fillEveryStep(page, newWorker());
  await expect(page.getByText("Pendaftaran berhasil. Silakan masuk.")).toBeVisible();
  release();
});

test("a first visit to /daftar downloads at most 150 KB of script, compressed (issue 17.7)", async ({ page }) => {
  const { scriptBody } = await measurePageWeight(page, "/daftar");
  expect(scriptBody).toBeGreaterThan(100_000);
  expect(scriptBody).toBeLessThanOrEqual(DAFTAR_SCRIPT_BUDGET_BYTES);
});

test("the form's checks arrive after the page, as the worker starts typing; a tap before they do says it is checking, then goes on", async ({
  page,
}) => {
  await page.goto("/daftar");
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  // Scripts asked for from now on wait, as on a slow connection: the page itself has all it needs already.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route) => {
    asked += 1;
    await held;
    await route.continue().catch(() => {});
  });
  await fillIdentity(page, newWorker());
  expect(asked).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByRole("button", { name: "Memeriksa isian…" })).toBeDisabled();
  release();
  await expect(page.getByText("Langkah 2 dari 4")).toBeVisible();
});

test("when the form's checks cannot be fetched (the connection went after the page opened), the server's check still holds the first step", async ({
  page,
}) => {
  await page.goto("/daftar");
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  // From now on every script fails: the checks the form fetches as the worker starts typing never arrive.
  let refused = 0;
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => {
    refused += 1;
    return route.abort();
  });
  await fillIdentity(page, { ...newWorker(), nik: "3673015507930000" });
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText("4 angka terakhir NIK tidak boleh 0000.")).toBeVisible();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
  expect(refused).toBeGreaterThan(0);
});

test("an invalid NIK and a NIK that disagrees with the form are caught on the first step", async ({ page }) => {
  await page.goto("/daftar");
  await fillIdentity(page, { ...newWorker(), nik: "3673015507930000" });
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText("4 angka terakhir NIK tidak boleh 0000.")).toBeVisible();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();

  // A woman's NIK (day + 40) with "Laki-laki" chosen.
  const worker = newWorker({ gender: "F" });
  await page.getByLabel("NIK (16 angka di e-KTP)").fill(worker.nik);
  await page.getByLabel("Laki-laki").check();
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText("Jenis kelamin tidak sesuai dengan NIK.")).toBeVisible();
  await expect(page.getByText("Langkah 1 dari 4")).toBeVisible();
});

test("the registration pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/daftar", "/masuk"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // The same form with its errors showing.
  await page.goto("/daftar");
  await page.getByRole("button", { name: "Lanjut" }).click();
  await expect(page.getByText(/isian yang perlu diperbaiki/)).toBeVisible();
  await expectAccessible(page);
});

test("the page switches to English and back", async ({ page }) => {
  await page.goto("/daftar");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Registration for self-employed workers (BPU)" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: "Pendaftaran peserta Bukan Penerima Upah (BPU)" })).toBeVisible();
});

test("a worker registers, pays the first bill in the BJB sandbox, and becomes active with a receipt", async ({ page }) => {
  const worker = newWorker();
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
  await expect(page).toHaveURL(/\/daftar\/selesai$/);
  await page.getByRole("link", { name: "Ke akun saya" }).click();
  await expect(page.getByTestId("bill-status")).toHaveText("Belum dibayar");
  await expect(page.getByTestId("membership-card")).toContainText("Menunggu iuran pertama");

  await page.getByRole("link", { name: "Bayar di sandbox BJB (demo)" }).click();
  await expect(page.getByLabel("Jumlah (Rp)")).toHaveValue(String(registrationQuote().total));
  await page.getByRole("button", { name: "Bayar" }).click();
  await expect(page.getByTestId("sandbox-result")).toContainText("Pembayaran diterima portal.");
  // The bank asks first: a second payment into the paid account is refused by the bank, nothing is credited.
  await page.getByRole("button", { name: "Bayar" }).click();
  await expect(page.getByTestId("sandbox-result")).toContainText(
    "Bank menolak pembayaran: Tidak ada yang perlu dibayar: tagihan sudah lunas",
  );

  await page.goto("/akun");
  await expect(page.getByTestId("bill-status")).toHaveText("Lunas");
  await expect(page.getByTestId("membership-card")).toContainText("Aktif");
  await page.getByRole("link", { name: "Bukti" }).click();
  await expect(page.getByTestId("receipt")).toContainText(registrationQuote().totalText);
  await expect(page.getByTestId("receipt")).toContainText(worker.name);

  // Everything Lindung holds about them, as a file of their own.
  await page.goto("/akun");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh semua data saya (JSON)" }).click();
  const file = await download;
  const data = JSON.parse(Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8"));
  expect(data.participant).toMatchObject({ nik: worker.nik, name: worker.name, status: "ACTIVE" });
  expect(data.participant.bills[0].payments[0].amount).toBe(registrationQuote().total);
  expect(data.participant.bills[0].payments).toHaveLength(1);
  expect(data.creditBalance).toBe(0);

  // They were told, by text to their phone: registration received, then payment received with the receipt link.
  // The demo worker delivers to the demo inbox (texts at night wait for 07:00 WIB: then they show as held).
  await page.goto("/sandbox-pesan");
  const mine = page.getByTestId("demo-message").filter({ hasText: worker.phone.replace(/^0/, "+62") });
  await expect(mine.filter({ hasText: `KPJ ${data.participant.kpj}` })).toContainText("Pendaftaran BPJS Ketenagakerjaan Anda diterima");
  await expect(mine.filter({ hasText: "Kuitansi:" })).toContainText(`Iuran ${registrationQuote().totalText}`);
  // The worker delivers within seconds; the inbox shows it on the next load.
  await expect(async () => {
    await page.reload();
    await expect(mine.filter({ hasText: "Kuitansi:" })).toContainText(/Terkirim|ditahan sampai/, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // Their say over messages: by WhatsApp, in English, still so after a reload.
  await page.goto("/akun");
  const preferences = page.getByTestId("preferences");
  await preferences.getByRole("radio", { name: "WhatsApp" }).check();
  await preferences.getByRole("radio", { name: "English" }).check();
  await preferences.getByRole("button", { name: "Simpan" }).click();
  await expect(preferences.getByRole("status")).toHaveText("Tersimpan.");
  await page.reload();
  await expect(page.getByTestId("preferences").getByRole("radio", { name: "English" })).toBeChecked();
  await expect(page.getByTestId("preferences").getByRole("radio", { name: "WhatsApp" })).toBeChecked();
});

test("after five wrong passwords the account is locked for a while, and the form says so in Bahasa Indonesia", async ({ page }) => {
  const worker = newWorker();
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
  await expect(page).toHaveURL(/\/daftar\/selesai$/);
  await signOut(page);
  await page.goto("/masuk");
  // The form's own alert (Next's route announcer is an alert too).
  const formAlert = page.locator("form").getByRole("alert");
  await page.getByLabel("NIK, nomor HP, atau email").fill(worker.nik);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Kata sandi").fill(`salah-${attempt}`);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(formAlert).toContainText("NIK/nomor HP/email atau kata sandi salah.");
  }
  await page.getByLabel("Kata sandi").fill("salah-6");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(formAlert).toContainText("Terlalu banyak percobaan masuk yang gagal");
  // Even the right password waits until the lock ends: the answer comes back, and nobody is signed in.
  await page.getByLabel("Kata sandi").fill(worker.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  await expect(formAlert).toContainText("coba lagi dalam 15 menit");
  await expect(page).toHaveURL(/\/masuk/);
  await expect(page.getByRole("button", { name: "Keluar" })).toHaveCount(0);
});
