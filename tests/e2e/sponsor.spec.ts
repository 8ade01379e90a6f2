// Issue 16: a sponsor's operator puts people under the province's programme
// from a sheet, at 360 px. A list with a row that fails is told per row and
// saves nobody; fixed, it is saved whole and its people are listed. Another
// sponsor's programme does not exist for them.
import { expect, test } from "./fixtures";
import { makeNik } from "../support/factories";
import { addLebakSponsorAndFillProgramme, expectAccessible, signIn, signOut } from "./helpers";

const OPERATOR = "operator@bantenprov.test";

function sheet(rows: string[][]) {
  const lines = [["NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin", "Pekerjaan", "Kabupaten/Kota"], ...rows];
  return { name: "penerima.csv", mimeType: "text/csv", buffer: Buffer.from(lines.map((l) => l.join(";")).join("\n")) };
}

test("a sponsor's operator uploads a beneficiary list: a failing row is told and nothing saved; fixed, everyone is saved", async ({
  page,
}) => {
  const fisher = ["Asep Nelayan", makeNik("1984-02-10", "M"), "10/02/1984", "L", "Nelayan", "Kabupaten Pandeglang"];
  const trader = ["Euis Pedagang", makeNik("1990-05-20", "F"), "20/05/1990", "P", "Pedagang", "Kab. Lebak"];
  const row = ([name, nik, birth, sex, job, regency]: string[]) => [nik!, name!, birth!, sex!, job!, regency!];

  await signIn(page, OPERATOR);
  await expect(page).toHaveURL(/\/sponsor$/);
  await page.getByRole("link", { name: /Perlindungan Pekerja Rentan/ }).click();
  await expect(page.getByRole("heading", { name: "Perlindungan Pekerja Rentan" })).toBeVisible();
  await expectAccessible(page);

  // A trader: not an occupation this programme pays for.
  await page.getByLabel(/Berkas penerima/).setInputFiles(sheet([row(fisher), row(trader)]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("2 baris: 1 belum terdaftar");
  await expect(page.getByTestId("import-errors")).toContainText("Baris 3: Pekerjaannya tidak termasuk program ini.");
  await expect(page.getByText("daftar hanya disimpan bila semua barisnya benar")).toBeVisible();
  await expect(page.getByRole("button", { name: /Simpan/ })).toHaveCount(0);

  // Fixed: she farms. Both are enrolled and paid for, the budget said first.
  trader[4] = "Petani";
  await page.getByRole("button", { name: "Unggah berkas lain" }).click();
  await page.getByLabel(/Berkas penerima/).setInputFiles(sheet([row(fisher), row(trader)]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("2 baris: 2 belum terdaftar");
  await expect(page.getByTestId("import-summary")).toContainText(/Iuran daftar ini Rp [\d.]+; sisa pagu Rp [\d.]+\./);
  await page.getByRole("button", { name: "Simpan 2 penerima" }).click();
  await expect(page.getByText("2 penerima tersimpan.")).toBeVisible();
  await page.reload();
  const people = page.getByTestId("sponsored-people");
  await expect(people).toContainText("Asep Nelayan");
  await expect(people).toContainText("Euis Pedagang");
  await expect(people).toContainText("Kabupaten Lebak");

  // The same file again adds nobody.
  await page.getByLabel(/Berkas penerima/).setInputFiles(sheet([row(fisher), row(trader)]));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("2 sudah di program ini (dilewati)");
  await expect(page.getByText("Tidak ada penerima baru untuk disimpan.")).toBeVisible();
});

test("the province's collective bill for this month is itemised, paid through BJB in one payment, and its people are covered", async ({
  page,
}) => {
  await signIn(page, OPERATOR);
  await page.getByRole("link", { name: /Perlindungan Pekerja Rentan/ }).click();
  const bills = page.getByTestId("collective-bills");
  await expect(bills).toContainText("Belum dibayar");
  // The demo's newcomer, sponsored from this month (prisma/seed.ts): APBD money pays 16,800 for JKK + JKM.
  await bills.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /^Tagihan kolektif / })).toBeVisible();
  await expect(page.getByTestId("bill-people")).toContainText("Dedi Supriadi");
  await expect(page.getByTestId("bill-people")).toContainText("JKK + JKM");
  await expect(page.getByTestId("bill-people")).toContainText("Rp 16.800");
  await expectAccessible(page);

  await page.goBack();
  await page
    .getByTestId("collective-bills")
    .getByRole("link", { name: /sandbox/ })
    .click();
  await page.getByRole("button", { name: "Bayar" }).click();
  await expect(page.getByTestId("sandbox-result")).toContainText("Pembayaran diterima portal.");
  await page.goBack();
  await page.reload();
  await expect(page.getByTestId("collective-bills")).toContainText("Lunas");
  await expect(page.getByTestId("sponsored-people").getByRole("row", { name: /Dedi Supriadi/ })).toContainText("Aktif");
});

test("another sponsor's programme does not exist for an operator; the admin opens any, and sees them all on the dashboard", async ({
  page,
}) => {
  await signIn(page, "admin@lindung.test");
  const sponsor = `Pemerintah Kabupaten Lebak ${Date.now() % 100_000}`;
  await addLebakSponsorAndFillProgramme(page, sponsor, { min: "18", max: "64" });
  await page.getByRole("button", { name: "Tambah program" }).click();
  await expect(page.getByText("Program ditambahkan.")).toBeVisible();
  await page.reload();
  const link = page.getByRole("table", { name: sponsor }).getByRole("link", { name: /Perlindungan Petani/ });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page.getByRole("heading", { name: "Perlindungan Petani" })).toBeVisible();
  // The dashboard: who pays per regency, and each programme's money.
  await page.goto("/dashboard");
  await expect(page.getByTestId("payers-by-regency")).toContainText("Kabupaten Pandeglang");
  await expect(page.getByTestId("programme-figures")).toContainText("Pemerintah Provinsi Banten: Perlindungan Pekerja Rentan (APBD)");
  await expect(page.getByTestId("programme-figures")).toContainText(`${sponsor}: Perlindungan Petani`);
  await signOut(page);

  await signIn(page, OPERATOR);
  await expect(page.getByText(sponsor)).toHaveCount(0);
  const response = await page.goto(href);
  expect(response?.status()).toBe(404);
  const check = await page.request.post(`${href}/periksa`, {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { fromPeriod: "", file: sheet([]) },
  });
  expect(check.status()).toBe(404);
});
