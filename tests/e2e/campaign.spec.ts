import { expect, test } from "./fixtures";
import { expectAccessible, fillRegistration, newWorker, signIn } from "./helpers";

test("an officer makes a campaign's link and QR code; a visitor through the QR code registers and is counted on the campaign's page (issue 17)", async ({
  page,
  browser,
}) => {
  await signIn(page, "petugas.serang@bjb.test");
  await page.getByRole("navigation", { name: "Beranda" }).getByRole("link", { name: "Kampanye" }).click();
  await expect(page.getByRole("heading", { name: "Kampanye", exact: true })).toBeVisible();
  const name = `Bazar UMKM Pasar Rau ${Date.now()}`;
  // An event needs its day: said before anything is sent.
  await page.getByLabel("Nama kampanye").fill(name);
  await page.getByRole("button", { name: "Buat tautan dan kode QR" }).click();
  await expect(page.getByText("Tanggal acara wajib untuk kampanye acara.")).toBeVisible();
  await page.getByLabel("Tanggal acara").fill("2026-12-19");
  await page.getByLabel("Tempat (boleh kosong)").fill("Pasar Rau, Serang");
  await page.getByRole("button", { name: "Buat tautan dan kode QR" }).click();
  await expect(page).toHaveURL(/\/bank\/kampanye\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const link = new URL((await page.getByTestId("campaign-link").textContent())!.trim());
  expect(link.pathname).toBe("/daftar");
  expect(link.searchParams.get("kampanye")).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
  await expect(page.getByRole("img", { name: /^Kode QR ke .*via=qr$/ })).toBeVisible();
  await expectAccessible(page);

  // A visitor scans the QR code on a phone: the form says which campaign, and they register.
  const visitor = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const phone = await visitor.newPage();
  const worker = newWorker();
  await fillRegistration(phone, worker, `${link.pathname}${link.search}&via=qr`);
  await expect(phone.getByText(`Lewat kampanye Bank BJB: ${name}`)).toBeVisible();
  await phone.getByRole("button", { name: "Daftar sekarang" }).click();
  await expect(phone).toHaveURL(/\/daftar\/selesai$/);
  await visitor.close();

  // The officer's page: one registration, each step counted once, all from the QR code.
  await page.reload();
  await expect(page.getByTestId("campaign-registered")).toHaveText("1");
  const funnel = page.getByTestId("campaign-funnel");
  for (const step of ["Langkah 1 dibuka", "Sampai langkah 2 (alamat)", "Sampai langkah 4 (periksa)", "Formulir dikirim"]) {
    await expect(funnel.locator("tr", { hasText: step }).locator("td").first()).toHaveText("1");
  }
  await expect(funnel.locator("tr", { hasText: "Iuran pertama dibayar" }).locator("td").first()).toHaveText("0");
  await expect(page.getByTestId("campaign-funnel-by-source").locator("tbody tr")).toHaveText([/^Kode QR kampanye/]);
  // Listed among the branch's campaigns with what it brought.
  await page.getByRole("link", { name: "Semua kampanye" }).click();
  await expect(page.getByTestId("campaign-list").locator("li", { hasText: name })).toContainText("Dibuka 1 · Dikirim 1 · Dibayar 0");

  // Kota Serang's staff see the campaign in the dashboard's funnel, with its officer and branch.
  const staffContext = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const staff = await staffContext.newPage();
  await signIn(staff, "staf.serang@bpjstk.test");
  await staff.goto("/dashboard");
  const byCampaign = staff.getByTestId("funnel-by-campaign").locator("tbody tr", { hasText: name });
  await expect(byCampaign).toContainText("Agus Setiawan");
  await expect(byCampaign.locator("td").nth(4)).toHaveText("1"); // sent
  await expect(staff.getByText("Hanya pengunjung lewat kampanye di wilayah atau cabang ini")).toBeVisible();
  await staffContext.close();
});
