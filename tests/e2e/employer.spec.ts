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

  // A worker who started today, added by the form: listed at once, told by SMS (a worker's registration flow is not theirs to fill).
  const form = owner.getByTestId("add-workers");
  await form.getByLabel("NIK (16 angka di e-KTP)").fill("3671014507950003");
  await form.getByLabel("Nama lengkap sesuai e-KTP").fill("Sri Lestari");
  await form.getByLabel("Tempat lahir").fill("Tangerang");
  await form.getByLabel("Tanggal lahir").fill("1995-07-05");
  await form.getByLabel("Jenis kelamin").selectOption("F");
  await form.getByLabel("Upah").fill("6.000.000");
  await form.getByRole("button", { name: "Simpan pekerja" }).click();
  await expect(form.getByRole("status")).toHaveText("1 pekerja ditambahkan.");
  await owner.getByRole("link", { name: "Masih bekerja" }).click();
  await expect(workers.locator("li").filter({ hasText: "Sri Lestari" })).toBeVisible();
  // The same NIK again: refused at its field, nothing saved twice.
  await form.getByLabel("NIK (16 angka di e-KTP)").fill("3671014507950003");
  await form.getByLabel("Nama lengkap sesuai e-KTP").fill("Sri Lestari");
  await form.getByLabel("Tanggal lahir").fill("1995-07-05");
  await form.getByLabel("Jenis kelamin").selectOption("F");
  await form.getByLabel("Upah").fill("6000000");
  await form.getByRole("button", { name: "Simpan pekerja" }).click();
  await expect(form.getByText("Pekerja dengan NIK ini sudah bekerja di usaha ini.")).toBeVisible();

  // The officer's console is not theirs (another owner's business: tests/integration/employer.test.ts, the matrix).
  expect((await owner.request.get("/bank/klien")).status()).toBe(404);
  await context.close();

  await signIn(page, "petugas.tangerang@bjb.test");
  await page.goto(clientUrl);
  await expect(page.getByTestId("owner-changes")).toContainText("mengakhiri hubungan kerja seorang pekerja · Hendra Wijaya");
  await expect(page.getByTestId("owner-changes")).toContainText("menambah pekerja lewat formulir · Hendra Wijaya");
});
