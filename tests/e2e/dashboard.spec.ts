import { expect, test } from "./fixtures";
import { expectAccessible, signIn } from "./helpers";

test("admin drills down from the Banten map to one regency, and the view is in the URL", async ({ page }) => {
  await signIn(page, "admin@lindung.test");
  await page.goto("/dashboard");
  await expect(page.getByTestId("regency-table").locator("tbody tr")).toHaveCount(8);
  await expect(page.getByTestId("branch-league")).toContainText("Bank BJB KC Serang");
  const map = page.getByRole("navigation", { name: "Peta Banten: cakupan per kabupaten/kota" });
  // Eight real shapes, each a link named with its figures; a regency without a BPS figure says so instead of a rate.
  await expect(map.getByRole("link")).toHaveCount(8);
  await expect(
    map.getByRole("link", {
      name: /^Kabupaten Pandeglang: \d+ peserta aktif dari \d+ terdaftar, cakupan [\d,]+\s?% dari 610\.793 penduduk bekerja/,
    }),
  ).toBeVisible();
  await expect(
    map.getByRole("link", { name: /^Kota Cilegon: \d+ peserta aktif dari \d+ terdaftar; cakupan tidak dihitung/ }),
  ).toBeVisible();
  await expect(page.getByTestId("regency-table")).toContainText("610.793 (2024-08)");
  // The rate is active participants ÷ people at work: Pandeglang's row shows both, and the rate is their quotient.
  const pandeglang = page.getByTestId("regency-table").locator("tbody tr", { hasText: "Kabupaten Pandeglang" });
  const cells = await pandeglang.locator("td").allTextContents();
  const active = Number(cells[4]!.replaceAll(".", ""));
  expect(cells[6]).toBe(new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 }).format(active / 610_793));
  // The charts stand before their tables, each named for those who cannot see it.
  for (const chart of ["new-by-category", "new-by-channel", "money-by-month", "arrears-ageing"]) {
    await expect(page.getByTestId(`chart-${chart}`).getByRole("img")).toHaveAccessibleDescription(/\S/);
  }
  await expect(page.getByTestId("ageing-table").locator("tbody tr")).toHaveCount(4);
  // By keyboard: the map's links take the focus in turn, and Enter opens the regency.
  await map.getByRole("link", { name: /^Kota Tangerang:/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/regency=3671/);
  await expect(page.getByText("Wilayah: Kota Tangerang")).toBeVisible();
  const rows = page.getByTestId("regency-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  const regencyTotal = await rows.locator("td strong").textContent();
  await expect(page.getByTestId("card-total").locator("dd")).toHaveText(regencyTotal ?? "");
  await expectAccessible(page);
});

test("regional staff only ever see their own regency", async ({ page }) => {
  await signIn(page, "staf.serang@bpjstk.test");
  await page.goto("/dashboard?regency=3671");
  await expect(page.getByText("Wilayah: Kota Serang")).toBeVisible();
  await expect(page.getByTestId("regency-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("regency-table")).toContainText("Kota Serang");
  // Reminders and BPU lapses: this month counted (the seed ran the nightly figures), for their regency only.
  await expect(page.getByRole("heading", { name: "Pengingat dan keberlanjutan BPU" })).toBeVisible();
  await expect(page.getByTestId("reach-table").locator("tbody tr").last()).toContainText(
    new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7),
  ); // the Jakarta month
  await expect(page.getByTestId("lapse-by-regency").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("lapse-by-regency")).toContainText("Kota Serang");
});

test("BPU retention: each registration month's share still paying, by regency and channel, for the staff's regency (issue 17)", async ({
  page,
}) => {
  await signIn(page, "staf.serang@bpjstk.test");
  // Two months on, this month's registrations are judged at their first month and one month after.
  const jakartaMonth = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
  const [year, month] = jakartaMonth.split("-").map(Number);
  const later = new Date(Date.UTC(year!, month! + 1, 1)).toISOString().slice(0, 10);
  await page.goto(`/dashboard?asOf=${later}`);
  const section = page.locator("section[aria-labelledby=retention]");
  await expect(section.getByRole("heading", { name: "Bertahan membayar: peserta BPU per bulan daftar" })).toBeVisible();
  const row = page.getByTestId("retention-cohorts").locator("tbody tr", { hasText: jakartaMonth });
  // Registered, first month paid, after 1 month: figures; after 3, 6 and 12 months: not judged yet.
  await expect(row.locator("td")).toHaveText([/^[1-9][\d.]*$/, /^\d+%$/, /^\d+%$/, "–", "–", "–"]);
  await expect(page.getByTestId("retention-by-regency").locator("tbody tr")).toHaveText([/^Kota Serang/]);
  await expect(page.getByTestId("retention-by-channel")).toContainText("Mandiri");
  // Retention is BPU's: with another category chosen it is not shown.
  await page.goto(`/dashboard?asOf=${later}&category=PU`);
  await expect(page.getByTestId("regency-table")).toBeVisible();
  await expect(section).toHaveCount(0);
});

test("a figure drills down to its participant list, which exports with masked NIKs", async ({ page }) => {
  await signIn(page, "admin@lindung.test");
  await page.goto("/dashboard?regency=3673");
  const total = (await page.getByTestId("card-total").locator("dd").textContent())?.trim() ?? "";
  await page.getByTestId("card-total").getByRole("link").click();
  await expect(page).toHaveURL(/\/dashboard\/peserta\?.*regency=3673/);
  await expect(page.getByTestId("participant-list").locator("li")).toHaveCount(Number(total.replace(/\./g, "")));
  await expect(page.getByTestId("participant-list")).toContainText("3673********");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ekspor CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^peserta-3673-\d{4}-\d{2}-\d{2}\.csv$/);
  const content = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(content).toContain("Kota Serang");
  expect(content).not.toMatch(/\b3673\d{12}\b/);
});

test("desk pages take an office monitor's width; a worker's pages stay a phone column (issue 17)", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  const mainWidth = async () => (await page.locator("main").boundingBox())!.width;
  await page.goto("/daftar");
  expect(await mainWidth()).toBeLessThanOrEqual(768);
  await signIn(page, "admin@lindung.test");
  await page.goto("/dashboard");
  await expect(page.getByTestId("regency-table")).toBeVisible();
  expect(await mainWidth()).toBeGreaterThan(1200);
  // Side by side at this width: the trend and the money tables start on the same line.
  const [trend, money] = await Promise.all([
    page.getByTestId("trend-section").boundingBox(),
    page.locator("section[aria-labelledby=money]").boundingBox(),
  ]);
  expect(trend!.y).toBe(money!.y);
  expect(money!.x).toBeGreaterThan(trend!.x + trend!.width);
  // On a phone the same page scrolls its wide tables inside themselves, never the page sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.reload();
  await expect(page.getByTestId("regency-table")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/bank");
  expect(await mainWidth()).toBeGreaterThan(1200);
  await context.close();
});
