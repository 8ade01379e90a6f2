// Issue 16: a UMKM owner manages their own business. Enrolled by their officer,
// the owner activates their account, sees the bills and workers of their
// business only, ends a worker's employment through the officer's own action
// and rules, and the branch's officer sees that the owner did it.
import { expect, test } from "./fixtures";
import { activateAccount, expectAccessible, signIn, signOut } from "./helpers";

test("a UMKM owner ends a worker's employment on their own business page; the branch's officer sees the owner did it", async ({
  page,
  browser,
}) => {
  // The Tangerang officer's client: its owner's KPJ is on the client page.
  await signIn(page, "petugas.tangerang@bjb.test");
  await page.goto("/bank/klien");
  await page
    .getByRole("link", { name: /CV Konveksi Maju Jaya/ })
    .first()
    .click();
  await page.waitForURL(/\/bank\/klien\/[0-9a-f-]{36}/);
  const clientUrl = page.url();
  const kpj = /Hendra Wijaya \(KPJ (\d{11})/.exec((await page.getByText(/Hendra Wijaya \(KPJ/).textContent()) ?? "")![1]!;
  await signOut(page);

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const owner = await context.newPage();
  await activateAccount(owner, context, {
    nik: "3671010101700005",
    kpj,
    birthDate: "1970-01-01",
    phone: "+6281298760002",
    password: "konveksi-maju-2026",
  });
  await signIn(owner, "3671010101700005", "konveksi-maju-2026");
  await owner.goto("/akun");
  await owner.getByRole("link", { name: "Usaha saya" }).click();
  await owner.getByRole("link", { name: "CV Konveksi Maju Jaya" }).click();
  await expect(owner.getByRole("heading", { name: "CV Konveksi Maju Jaya" })).toBeVisible();
  await expect(owner.getByTestId("client-bills")).toBeVisible();
  await expectAccessible(owner);
  // The officer's acts that are not the owner's are not offered (heirs, continuing as BPU, a death).
  await expect(owner.getByTestId("worker-heirs")).toHaveCount(0);

  const workers = owner.getByTestId("worker-list");
  const ani = workers.locator("li").filter({ hasText: "Ani Rahayu" });
  await ani.getByText("Akhiri hubungan kerja Ani Rahayu").click();
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // the Jakarta date
  await ani.getByLabel("Hari kerja terakhir").fill(today);
  await ani.getByLabel("Alasan").selectOption({ label: "Mengundurkan diri" });
  await ani.getByRole("button", { name: "Akhiri hubungan kerja" }).click();
  // She was the only one: nobody is still working there; she is found among those who left.
  await expect(owner.getByText("Belum ada pekerja.")).toBeVisible();
  await owner.getByRole("link", { name: "Sudah berhenti" }).click();
  await expect(owner.getByTestId("worker-row").filter({ hasText: "Ani Rahayu" }).getByTestId("worker-ended")).toContainText(
    "(Mengundurkan diri)",
  );

  // The officer's console is not theirs (another owner's business: tests/integration/employer.test.ts, the matrix).
  expect((await owner.request.get("/bank/klien")).status()).toBe(404);
  await context.close();

  await signIn(page, "petugas.tangerang@bjb.test");
  await page.goto(clientUrl);
  await expect(page.getByTestId("owner-changes")).toContainText("mengakhiri hubungan kerja seorang pekerja");
});
