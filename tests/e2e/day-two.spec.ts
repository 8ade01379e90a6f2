// Issue 14, day two: a worker who forgot their password gets a code by text
// and sets a new one (a browser still signed in with the old one is signed
// out); an owner enrolled by an officer activates their own account; an
// officer ends a worker's employment and continues them as BPU; staff decide
// identity corrections workers asked for.
import { expect, test } from "./fixtures";
import { DEMO_WORKER_NIK } from "../../lib/demo/accounts";
import { makeNik } from "../support/factories";
import { activateAccount, fillRegistration, newWorker, signIn } from "./helpers";
import type { Page } from "./fixtures";

/** The demo client of the Serang branch, as its officer opens it. */
async function openDemoClient(page: Page) {
  await signIn(page, "petugas.serang@bjb.test");
  await page.goto("/bank/klien");
  await page
    .getByRole("link", { name: /Warung Sate Bu Siti/ })
    .first()
    .click();
}

test("a worker recovers their account with a code to their phone, and an old session ends", async ({ page, browser }) => {
  const worker = newWorker();
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
  await expect(page).toHaveURL(/\/daftar\/selesai$/);
  // This browser stays signed in with the old password: it must not outlive the reset.
  const stale = page;

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const other = await context.newPage();
  await other.goto("/masuk");
  await other.getByRole("link", { name: "Lupa kata sandi?" }).click();
  // The sign-in page has a field of the same name: wait for the new page before typing.
  await expect(other.getByRole("heading", { name: "Lupa kata sandi" })).toBeVisible();
  await other.getByLabel("NIK, nomor HP, atau email").fill(worker.nik);
  await other.getByRole("button", { name: "Kirim kode" }).click();
  await expect(other).toHaveURL(/\/masuk\/lupa\/kode\?permintaan=/);
  await expect(other.getByRole("status")).toContainText(`Kode dikirim ke +62${worker.phone.slice(1, 4)}`);

  // The text, as the phone shows it (the demo inbox): sent at once, whatever the hour.
  const inbox = await context.newPage();
  await inbox.goto("/sandbox-pesan");
  const text = inbox
    .getByTestId("demo-message")
    .filter({ hasText: worker.phone.replace(/^0/, "+62") })
    .filter({ hasText: "Kode Lindung" });
  const code = /Kode Lindung Anda: (\d{6})/.exec((await text.first().textContent()) ?? "")![1]!;

  // A wrong code first: told how many tries are left.
  await other.getByLabel("Kode 6 angka").fill(code === "000000" ? "111111" : "000000");
  await other.getByLabel("Kata sandi baru", { exact: true }).fill("sandi-baru-2026");
  await other.getByLabel("Ulangi kata sandi baru").fill("sandi-baru-2026");
  await other.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(other.getByText("Kode salah. Sisa percobaan: 4.")).toBeVisible();
  await other.getByLabel("Kode 6 angka").fill(code);
  await other.getByLabel("Kata sandi baru", { exact: true }).fill("sandi-baru-2026");
  await other.getByLabel("Ulangi kata sandi baru").fill("sandi-baru-2026");
  await other.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(other).toHaveURL(/\/masuk\?dipulihkan=1$/);
  await expect(other.getByRole("status")).toContainText("Kata sandi baru tersimpan");
  await signIn(other, worker.nik, "sandi-baru-2026");
  await other.goto("/akun");
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();

  // The old session: sent to sign in.
  await stale.goto("/akun");
  await expect(stale).toHaveURL(/\/masuk/);
  await context.close();
});

test("a UMKM owner enrolled by their officer activates their own account with NIK, KPJ, birth date and a code", async ({
  page,
  browser,
}) => {
  // The officer's client page names the owner's KPJ (as the participant card does).
  await openDemoClient(page);
  const owner = await page.getByText(/Siti Maryam \(KPJ \d{11}/).textContent();
  const kpj = /KPJ (\d{11})/.exec(owner ?? "")![1]!;

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const worker = await context.newPage();
  await worker.goto("/masuk");
  await worker.getByRole("link", { name: "Didaftarkan oleh petugas? Aktifkan akun" }).click();
  await expect(worker.getByRole("heading", { name: "Aktifkan akun" })).toBeVisible();
  await worker.getByLabel("NIK (16 angka, sesuai e-KTP)").fill("3673014203750002");
  await worker.getByLabel("Nomor KPJ").fill(kpj);
  // A wrong birth date: one plain answer, nothing said of which field.
  await worker.getByLabel("Tanggal lahir").fill("1975-03-03");
  await worker.getByRole("button", { name: "Kirim kode ke HP saya" }).click();
  await expect(worker.getByRole("alert").filter({ hasText: "tidak cocok" })).toBeVisible();
  await activateAccount(worker, context, {
    nik: "3673014203750002",
    kpj,
    birthDate: "1975-03-02",
    phone: "+6281298760001",
    password: "warung-sate-2026",
  });
  await signIn(worker, "3673014203750002", "warung-sate-2026");
  await worker.goto("/akun");
  await expect(worker.getByTestId("membership-card")).toContainText("Siti Maryam");
  await context.close();
});

test("an officer ends a worker's employment with the last day and a reason, finds them under 'Sudah berhenti', and continues them as BPU", async ({
  page,
}) => {
  await openDemoClient(page);
  const workers = page.getByTestId("worker-list");
  await expect(workers).toContainText("Lilis Suryani");
  const lilis = workers.locator("li").filter({ hasText: "Lilis Suryani" });
  await lilis.getByText("Akhiri hubungan kerja Lilis Suryani").click();
  // A reason is required: told so, nothing ended.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10); // the Jakarta date
  await lilis.getByLabel("Hari kerja terakhir").fill(today);
  await lilis.getByRole("button", { name: "Akhiri hubungan kerja" }).click();
  await expect(lilis.getByText("Wajib diisi.")).toBeVisible();
  await lilis.getByLabel("Alasan").selectOption({ label: "Mengundurkan diri" });
  await lilis.getByRole("button", { name: "Akhiri hubungan kerja" }).click();
  await expect(workers).not.toContainText("Lilis Suryani");
  await expect(workers).toContainText("Dedi Kurniawan");

  // Still findable, with the day and the reason, among those who left.
  await page.getByRole("link", { name: "Sudah berhenti" }).click();
  const left = page.getByTestId("worker-row").filter({ hasText: "Lilis Suryani" });
  await expect(left.getByTestId("worker-ended")).toContainText("(Mengundurkan diri)");
  // She keeps her cover on her own: same KPJ, her income, billed as BPU from next month.
  await left.getByText("Lanjutkan sebagai peserta BPU").click();
  await left.getByLabel("Penghasilan per bulan (Rp)").fill("1.500.000");
  await left.getByRole("button", { name: "Lanjutkan sebagai BPU" }).click();
  // The row says so, and offers no second continuation.
  await expect(left.getByTestId("worker-ended")).toContainText("Sekarang peserta BPU");
  await expect(left.getByText("Lanjutkan sebagai peserta BPU")).toHaveCount(0);
  // The search finds her by name among everyone; the active list does not.
  await page.getByLabel("Cari nama, NIK atau KPJ").fill("lilis");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByTestId("worker-list")).toContainText("Lilis Suryani");
  await page.getByRole("link", { name: "Masih bekerja" }).click();
  await expect(page.getByText("Tidak ada pekerja yang cocok.")).toBeVisible();
});

test("a worker asks to correct their name and their birth date; staff approve one and reject the other with a reason", async ({
  page,
  browser,
}) => {
  // Two workers, each with a request.
  const asked: { worker: ReturnType<typeof newWorker>; context: Awaited<ReturnType<typeof browser.newContext>> }[] = [];
  for (const name of ["Sri Mulyanii", "Ratna Sari"]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    const worker = newWorker({ name });
    await fillRegistration(phone, worker);
    await phone.getByRole("button", { name: "Daftar sekarang" }).click();
    await expect(phone).toHaveURL(/\/daftar\/selesai$/);
    await phone.goto("/akun");
    await phone.getByRole("link", { name: "Ubah data saya" }).click();
    const form = phone.getByTestId("identity-form");
    if (name === "Sri Mulyanii") await form.getByLabel("Nama lengkap sesuai e-KTP").fill("Sri Mulyani");
    else await form.getByLabel("NIK (16 angka di e-KTP)").fill(makeNik("1993-04-17", "F"));
    // No reason: told so, nothing sent.
    await form.getByRole("button", { name: "Kirim permintaan" }).click();
    await expect(form.getByLabel("Alasan")).toHaveAttribute("aria-invalid", "true");
    if (name !== "Sri Mulyanii") await form.getByLabel("NIK (16 angka di e-KTP)").fill(makeNik("1993-04-17", "F"));
    else await form.getByLabel("Nama lengkap sesuai e-KTP").fill("Sri Mulyani");
    await form.getByLabel("Alasan").fill("Salah ketik saat mendaftar");
    await form.getByRole("button", { name: "Kirim permintaan" }).click();
    // The request shows in place of the form (one open at a time), and on /akun.
    await expect(phone.getByTestId("identity-request")).toContainText("sedang ditinjau");
    await expect(phone.getByTestId("identity-form")).toHaveCount(0);
    await phone.goto("/akun");
    await expect(phone.getByTestId("identity-request")).toContainText("sedang ditinjau");
    asked.push({ worker, context });
  }

  await signIn(page, "staf.serang@bpjstk.test");
  await page.goto("/dashboard/perubahan");
  const requests = page.getByTestId("identity-requests");
  const name = requests.locator("li").filter({ hasText: "Sri Mulyanii" });
  await expect(name).toContainText("Sri Mulyani");
  await name.getByLabel(/Alasan keputusan/).fill("Sesuai e-KTP");
  await name.getByRole("button", { name: "Setujui" }).click();
  await expect(requests.locator("li").filter({ hasText: "Sri Mulyanii" })).toHaveCount(0);
  const nik = requests.locator("li").filter({ hasText: "Ratna Sari" });
  await nik.getByLabel(/Alasan keputusan/).fill("NIK tidak cocok dengan e-KTP");
  await nik.getByRole("button", { name: "Tolak" }).click();
  await expect(requests.locator("li").filter({ hasText: "Ratna Sari" })).toHaveCount(0);

  const [approved, rejected] = asked;
  const first = await approved!.context.newPage();
  await first.goto("/akun");
  await expect(first.getByRole("heading", { level: 1 })).toContainText("Sri Mulyani");
  await expect(first.getByRole("heading", { level: 1 })).not.toContainText("Mulyanii");
  await expect(first.getByTestId("identity-request")).toContainText("disetujui");
  const second = await rejected!.context.newPage();
  await second.goto("/akun");
  await expect(second.getByTestId("identity-request")).toContainText("ditolak");
  await expect(second.getByTestId("identity-request")).toContainText("NIK tidak cocok dengan e-KTP");
  for (const { context } of asked) await context.close();
});

test("a worker names an heir on /akun, sees them listed, and removes them", async ({ page }) => {
  await signIn(page, DEMO_WORKER_NIK);
  await page.goto("/akun");
  const form = page.getByTestId("heir-form");
  await form.getByLabel("Nama lengkap").fill("Ahmad Fauzi");
  await form.getByLabel("Hubungan").selectOption({ label: "Suami/istri" });
  await form.getByLabel("NIK (bila tahu)").fill("1234");
  await form.getByRole("button", { name: "Tambah ahli waris" }).click();
  // A NIK that is not one: told so, nobody added.
  await expect(form.getByLabel("NIK (bila tahu)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("heirs")).toHaveCount(0);
  await form.getByLabel("NIK (bila tahu)").fill("");
  await form.getByLabel("Hubungan").selectOption({ label: "Suami/istri" });
  await form.getByRole("button", { name: "Tambah ahli waris" }).click();
  await expect(page.getByTestId("heirs")).toContainText("Ahmad Fauzi · Suami/istri");
  await page.getByRole("button", { name: "Hapus Ahmad Fauzi" }).click();
  await expect(page.getByTestId("heirs")).toHaveCount(0);
});

test("signing out ends the session on the server: a copy of the cookie no longer opens anything (issue 15)", async ({ page, browser }) => {
  await signIn(page, "petugas.serang@bjb.test");
  const copied = await page.context().storageState();
  const thief = await browser.newContext({ storageState: copied, viewport: { width: 360, height: 740 } });
  const stolen = await thief.newPage();
  await stolen.goto("/bank/klien");
  await expect(stolen.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(stolen).toHaveURL(/\/bank\/klien$/);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  await stolen.goto("/bank/klien");
  await expect(stolen).toHaveURL(/\/masuk/);
  await thief.close();
});
