import { expect, test, type Page } from "./fixtures";
import { makeNik, makePhone } from "../support/factories";
import { signIn, signOut } from "./helpers";

const SERANG_OFFICER = "petugas.serang@bjb.test";
const TANGERANG_OFFICER = "petugas.tangerang@bjb.test";

async function addWorker(page: Page, index: number, w: { nik: string; name: string; birthDate: string; gender: "M" | "F"; wage: string }) {
  const row = page.getByTestId("worker-row").nth(index);
  await row.getByLabel("NIK (16 angka di e-KTP)").fill(w.nik);
  await row.getByLabel("Nama lengkap sesuai e-KTP").fill(w.name);
  await row.getByLabel("Tempat lahir").fill("Serang");
  await row.getByLabel("Tanggal lahir").fill(w.birthDate);
  await row.getByLabel("Jenis kelamin").selectOption(w.gender);
  await row.getByLabel("Upah").fill(w.wage);
}

function csv(rows: string[][]) {
  const header = "NIK;Nama;Tempat Lahir;Tanggal Lahir;Jenis Kelamin;No HP;Upah Bulanan;Tanggal Mulai Kerja";
  return Buffer.from([header, ...rows.map((r) => r.join(";"))].join("\n"));
}

test("an officer enrolls a UMKM with two workers, imports a sheet with one bad row, fixes it and imports again", async ({ page }) => {
  await signIn(page, SERANG_OFFICER);
  await page.goto("/bank/klien/baru");
  const nib = String(9_000_000_000_000 + (Date.now() % 1_000_000_000));
  await page.getByLabel("Nama usaha").fill("Kedai Kopi Cilegon");
  await page.getByLabel("NIB (13 angka)").fill(nib);
  await page.getByLabel("KBLI (5 angka)").fill("56303");
  await page.getByLabel("Kabupaten/kota").selectOption({ label: "Kota Serang" });
  await page.getByLabel("Kecamatan").selectOption({ label: "Serang" });
  await page.getByLabel("Alamat (jalan, RT/RW, desa/kelurahan)").fill("Jl. Sudirman 1");
  await page.getByLabel("Omzet tahunan (Rp)").fill("900.000.000");
  await expect(page.getByTestId("umkm-scale")).toHaveText("Skala usaha: Mikro");
  await page.getByLabel("Tingkat risiko tempat kerja").selectOption("1");
  const owner = { nik: makeNik("1982-06-11", "M"), birthDate: "1982-06-11" };
  const ownerSection = page.getByRole("group", { name: "Pemilik usaha (didaftarkan sebagai peserta BPU)" });
  await ownerSection.getByLabel("NIK (16 angka di e-KTP)").fill(owner.nik);
  await ownerSection.getByLabel("Nama lengkap sesuai e-KTP").fill("Rudi Hartono");
  await ownerSection.getByLabel("Tempat lahir").fill("Cilegon");
  await ownerSection.getByLabel("Tanggal lahir").fill(owner.birthDate);
  await ownerSection.getByLabel("Jenis kelamin").selectOption("M");
  await ownerSection.getByLabel("Nomor HP").fill(makePhone());
  await page.getByLabel("Penghasilan pemilik per bulan (Rp)").fill("3.000.000");

  await addWorker(page, 0, {
    nik: makeNik("1996-03-09", "F"),
    name: "Nia Kurnia",
    birthDate: "1996-03-09",
    gender: "F",
    wage: "3.000.000",
  });
  await page.getByRole("button", { name: "Tambah pekerja" }).click();
  await addWorker(page, 1, { nik: makeNik("1994-10-21", "M"), name: "Yayan", birthDate: "1994-10-21", gender: "M", wage: "3.500.000" });
  await expect(page.getByTestId("enroll-preview")).toContainText("Iuran bulanan");
  // Both wages are below the UMK of Kota Serang; a micro business may agree them, so a note, not a refusal.
  await expect(page.getByTestId("wage-warning")).toHaveCount(2);
  await expect(page.getByTestId("wage-warning").first()).toContainText("UMK Kota Serang");
  await page.getByRole("button", { name: "Daftarkan UMKM" }).click();

  await expect(page.getByText(/UMKM terdaftar dengan NPP \d{8}/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kedai Kopi Cilegon" })).toBeVisible();
  await expect(page.getByTestId("worker-list").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByTestId("business-total")).not.toHaveText("Rp 0");
  // Micro business, risk class 1, no JP: Rp 3,000,000 → JKK 7,200 + JKM 9,000 + JHT 111,000 employer, 60,000 worker.
  await expect(page.getByTestId("worker-contribution").first()).toHaveText(
    "Per pekerja: Rp 187.200 (Pemberi kerja Rp 127.200, Pekerja Rp 60.000)",
  );

  // A sheet with three workers, one of them with a sex that contradicts the NIK.
  const good = [makeNik("1990-01-02", "M"), makeNik("1991-05-06", "F")];
  const bad = makeNik("1992-07-08", "M");
  const rows = (badGender: string) => [
    [good[0], "Asep Saepudin", "Serang", "02/01/1990", "L", "", "3200000", ""],
    [good[1], "Euis Komariah", "Serang", "06/05/1991", "P", "", "3300000", ""],
    [bad, "Ujang Sutisna", "Serang", "08/07/1992", badGender, "", "3400000", ""],
  ];
  await page.getByRole("link", { name: "Impor pekerja dari spreadsheet" }).click();
  await page
    .getByLabel("Berkas pekerja (CSV/XLSX, maks. 5 MB)")
    .setInputFiles({ name: "pekerja.csv", mimeType: "text/csv", buffer: csv(rows("P")) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText(/3 baris: 2 baru, 0 .*, 0 .*, 1 perlu diperbaiki/);
  await expect(page.getByTestId("import-errors")).toContainText("Baris 4: Jenis kelamin tidak sesuai dengan NIK.");
  // The valid rows' wages are below the UMK of Kota Serang: saved, with a note for the micro business.
  await expect(page.getByTestId("import-warnings")).toContainText("Baris 2: Upah di bawah UMK Kota Serang 2026 (Rp 4.665.927,94).");
  const report = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh laporan kesalahan (XLSX)" }).click();
  expect((await report).suggestedFilename()).toBe("perbaikan-pekerja.xlsx");
  await page.getByRole("button", { name: "Simpan 2 pekerja" }).click();
  await expect(page.getByText("2 pekerja tersimpan.")).toBeVisible();

  // Fixed and uploaded again: the two saved workers are skipped, only the fixed one is added.
  await page.getByRole("button", { name: "Impor berkas lain" }).click();
  await page
    .getByLabel("Berkas pekerja (CSV/XLSX, maks. 5 MB)")
    .setInputFiles({ name: "pekerja.csv", mimeType: "text/csv", buffer: csv(rows("L")) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText(/3 baris: 1 baru, 0 .*, 2 .*, 0 perlu diperbaiki/);
  await page.getByRole("button", { name: "Simpan 1 pekerja" }).click();
  await expect(page.getByText("1 pekerja tersimpan.")).toBeVisible();

  await page.goto("/bank/klien?q=Kedai+Kopi+Cilegon");
  await expect(page.getByTestId("client-list")).toContainText("5 pekerja");
});

test("an officer cannot open another branch's client: the page does not exist for them", async ({ page }) => {
  await signIn(page, TANGERANG_OFFICER);
  await page.goto("/bank/klien");
  await page.getByRole("link", { name: "CV Konveksi Maju Jaya" }).click();
  await expect(page.getByRole("heading", { name: "CV Konveksi Maju Jaya" })).toBeVisible();
  const clientUrl = page.url();
  await signOut(page);

  await signIn(page, SERANG_OFFICER);
  await page.goto("/bank/klien");
  await expect(page.getByTestId("client-list")).not.toContainText("CV Konveksi Maju Jaya");
  const response = await page.goto(clientUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  const importResponse = await page.goto(`${clientUrl}/impor`);
  expect(importResponse?.status()).toBe(404);
});

test("a worker is kept out of the officer console", async ({ page }) => {
  await signIn(page, "3673015506850002");
  // Signed in with the wrong role: the server answers 404, nothing of the console shows.
  const response = await page.goto("/bank");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Klien");
});
