import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/demo/accounts";
import { currentPeriod } from "../../lib/domain/billing-period";
import { calculateBpuContribution } from "../../lib/domain/contributions/bpu";
import { formatRupiah } from "../../lib/domain/money";
import { makeNik, makePhone } from "../support/factories";
import { passDemoSecondFactor } from "../support/second-factor";

export interface Worker {
  nik: string;
  name: string;
  birthDate: string;
  gender: "M" | "F";
  phone: string;
  password: string;
}

export function newWorker(overrides: Partial<Worker> = {}): Worker {
  const birthDate = overrides.birthDate ?? "1993-04-17";
  const gender = overrides.gender ?? "F";
  return {
    nik: makeNik(birthDate, gender),
    name: "Sri Mulyani",
    birthDate,
    gender,
    phone: makePhone(),
    password: "rahasia-kuat-1",
    ...overrides,
  };
}

export async function fillIdentity(page: Page, w: Worker) {
  await page.getByLabel("NIK (16 angka di e-KTP)").fill(w.nik);
  await page.getByLabel("Nama lengkap sesuai e-KTP").fill(w.name);
  await page.getByLabel("Tempat lahir").fill("Serang");
  await page.getByLabel("Tanggal lahir").fill(w.birthDate);
  await page.getByLabel(w.gender === "F" ? "Perempuan" : "Laki-laki").check();
  await page.getByLabel("Nomor HP").fill(w.phone);
}

/**
 * What the registration below is charged (a trader, Rp 1,000,000, JKK + JKM,
 * 3 months from this month): the amounts follow the month's rules, so a test
 * run in a relief month expects the relief (PP 50/2025) and one after it does not.
 */
export function registrationQuote() {
  const quote = calculateBpuContribution({
    income: 1_000_000,
    programs: ["JKK", "JKM"],
    months: 3,
    period: currentPeriod(),
    sector: "OTHER",
  });
  if (!quote.ok) throw new Error(quote.error);
  return { ...quote.value, monthlyText: formatRupiah(quote.value.monthlyTotal), totalText: formatRupiah(quote.value.total) };
}

/** Walks the four steps as a worker would (from /daftar, or a campaign's link to it); stops before "Daftar sekarang". */
export async function fillRegistration(page: Page, w: Worker, path = "/daftar") {
  await page.goto(path);
  // The page's script has run (only then is there a step counter): a draft left on this phone is restored
  // before typing starts, not into the middle of it.
  await expect(page.getByText(/^Langkah \d dari 4/)).toBeVisible();
  await fillIdentity(page, w);
  await page.getByRole("button", { name: "Lanjut" }).click();

  await page.getByLabel("Kabupaten/kota").selectOption({ label: "Kota Serang" });
  await page.getByLabel("Kecamatan").selectOption({ label: "Serang" });
  await page.getByLabel("Alamat (jalan, RT/RW, desa/kelurahan)").fill("Jl. Ki Mas Jong No. 5");
  await page.getByLabel("Pekerjaan").selectOption({ label: "Pedagang" });
  await page.getByRole("button", { name: "Lanjut" }).click();

  await page.getByLabel("Penghasilan per bulan (Rp)").fill("1.000.000");
  await page.getByLabel("Bayar untuk").selectOption("3");
  await expect(page.getByTestId("quote-range")).toHaveText("Penghasilan sampai Rp 1.099.999: iuran dihitung dari Rp 1.000.000.");
  const quote = registrationQuote();
  await expect(page.getByTestId("quote-monthly")).toHaveText(quote.monthlyText);
  await expect(page.getByTestId("quote-total")).toHaveText(quote.totalText);
  // Under a relief the worker is told until when, and what comes after.
  await expect(page.getByTestId("quote-relief")).toHaveCount(quote.reliefs.length);
  if (quote.reliefs.length)
    await expect(page.getByTestId("quote-relief")).toContainText(`lalu ${formatRupiah(quote.reliefs[0]!.monthlyAfter)}`);
  await page.getByRole("button", { name: "Lanjut" }).click();

  // The last step opens clean: nothing typed there yet, so nothing to fix (issue 14 found it opening with errors).
  await expect(page.getByRole("button", { name: "Daftar sekarang" })).toBeVisible();
  await expect(page.getByText(/perlu diperbaiki/)).toHaveCount(0);
  await page.getByLabel(/Saya menyatakan data ini benar/).check();
  await page.getByLabel("Kata sandi untuk masuk").fill(w.password);
  await page.getByLabel("Ulangi kata sandi").fill(w.password);
}

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("NIK, nomor HP, atau email").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => url.pathname !== "/masuk");
  // Everyone but workers: the authenticator's code (the demo accounts share one published key).
  if (new URL(page.url()).pathname === "/masuk/dua-langkah") await passSecondFactor(page, identifier);
  await expect(page.getByRole("link", { name: "Akun saya" })).toBeVisible();
}

/** The second sign-in step with the demo authenticator's code. */
export async function passSecondFactor(page: Page, account: string) {
  await passDemoSecondFactor(account, async (code) => {
    await page.getByLabel("Kode dari aplikasi, atau kode pemulihan").fill(code);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/masuk/dua-langkah");
    await page.getByRole("button", { name: "Verifikasi" }).click();
    // Taken: the action answers with a redirect. Otherwise an earlier sign-in of this account used the code already
    // (the browser keeps no body of an action's answer to read the message from).
    if (!(await answered).headers()["x-action-redirect"]) return false;
    await page.waitForURL((url) => url.pathname !== "/masuk/dua-langkah", { waitUntil: "commit" });
    return true;
  });
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
}

/** On /admin/sponsor: a regency's sponsor for Kabupaten Lebak, then a programme of it for farmers, filled in (not sent). */
export async function addLebakSponsorAndFillProgramme(page: Page, sponsor: string, ages: { min: string; max: string }) {
  await page.goto("/admin/sponsor");
  await page.getByLabel("Nama sponsor").fill(sponsor);
  await page.getByLabel("Jenis").selectOption("REGENCY");
  await page.getByLabel("Wilayah sponsor").selectOption({ label: "Kabupaten Lebak" });
  await page.getByRole("button", { name: "Tambah sponsor" }).click();
  await expect(page.getByText("Sponsor ditambahkan.")).toBeVisible();
  await page.reload();
  await page.getByLabel("Sponsor", { exact: true }).selectOption({ label: sponsor });
  await page.getByLabel("Nama program").fill("Perlindungan Petani");
  await page.getByLabel("Dasar hukum").fill("Perbup Lebak (contoh)");
  await page.getByLabel("Pagu (Rp)").fill("Rp 201.600.000");
  await page.getByLabel("Domisili peserta").selectOption({ label: "Kabupaten Lebak" });
  await page.getByLabel("Petani").check();
  await page.getByLabel("Usia paling rendah").fill(ages.min);
  await page.getByLabel("Usia paling tinggi").fill(ages.max);
}

/** axe finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const where = new URL(page.url()).pathname;
  expect(serious, `${where}: ${serious.map((v) => `${v.id} ${v.nodes[0]?.target}`).join(", ")}`).toEqual([]);
}

/**
 * An officer-enrolled participant activates their account on `page` (at /aktivasi): NIK, KPJ and birth date, the
 * code sent to their phone read from the demo inbox, then their own password. Ends at /masuk?diaktifkan=1.
 */
export async function activateAccount(
  page: Page,
  context: BrowserContext,
  person: { nik: string; kpj: string; birthDate: string; phone: string; password: string },
) {
  if (!page.url().endsWith("/aktivasi")) await page.goto("/aktivasi");
  await page.getByLabel("NIK (16 angka, sesuai e-KTP)").fill(person.nik);
  await page.getByLabel("Nomor KPJ").fill(person.kpj);
  await page.getByLabel("Tanggal lahir").fill(person.birthDate);
  await page.getByRole("button", { name: "Kirim kode ke HP saya" }).click();
  await expect(page).toHaveURL(/\/aktivasi\/kode\?permintaan=/);
  const inbox = await context.newPage();
  await inbox.goto("/sandbox-pesan");
  const text = await inbox
    .getByTestId("demo-message")
    .filter({ hasText: person.phone })
    .filter({ hasText: "Kode Lindung" })
    .first()
    .textContent();
  await inbox.close();
  await page.getByLabel("Kode 6 angka").fill(/Kode Lindung Anda: (\d{6})/.exec(text ?? "")![1]!);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(person.password);
  await page.getByLabel("Ulangi kata sandi baru").fill(person.password);
  await page.getByRole("button", { name: "Aktifkan akun" }).click();
  await expect(page).toHaveURL(/\/masuk\?diaktifkan=1$/);
}
