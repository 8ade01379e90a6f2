import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("admin drills down from the Banten tile map to one regency, and the view is in the URL", async ({ page }) => {
  await signIn(page, "admin@lindung.test");
  await page.goto("/dashboard");
  await expect(page.getByTestId("regency-table").locator("tbody tr")).toHaveCount(8);
  await page.getByRole("navigation", { name: /Peta petak Banten/ }).getByRole("link", { name: /Kota Tangerang\b/ }).first().click();
  await expect(page).toHaveURL(/regency=3671/);
  await expect(page.getByText("Wilayah: Kota Tangerang")).toBeVisible();
  const rows = page.getByTestId("regency-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  const regencyTotal = await rows.locator("td").last().textContent();
  await expect(page.getByTestId("card-total").locator("dd")).toHaveText(regencyTotal ?? "");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("regional staff only ever see their own regency", async ({ page }) => {
  await signIn(page, "staf.serang@bpjstk.test");
  await page.goto("/dashboard?regency=3671");
  await expect(page.getByText("Wilayah: Kota Serang")).toBeVisible();
  await expect(page.getByTestId("regency-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("regency-table")).toContainText("Kota Serang");
});
