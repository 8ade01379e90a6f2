import { expect, test } from "./fixtures";
import { jakartaDate } from "../../lib/domain/time";
import { expectAccessible, fillRegistration, newWorker, registrationQuote, signIn, signOut } from "./helpers";

test("a possible duplicate lands in the review queue; staff reject it with a reason and the worker is told on /akun", async ({ page }) => {
  // Same name and birth date as the demo worker Siti Rahmawati, another NIK.
  const worker = newWorker({ name: "Siti Rahmawati", birthDate: "1985-06-15", gender: "F" });
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
  await expect(page).toHaveURL(/\/daftar\/selesai$/);
  await page.getByRole("link", { name: "Ke akun saya" }).click();
  await expect(page.getByText("Pendaftaran Anda sedang ditinjau petugas BPJS Ketenagakerjaan.")).toBeVisible();
  await signOut(page);

  await signIn(page, "staf.serang@bpjstk.test");
  await page.goto("/dashboard/tinjauan");
  const item = page.getByTestId("review-queue").locator("li").filter({ hasText: worker.name }).filter({
    hasText: "Nama dan tanggal lahir sama dengan peserta lain",
  });
  await expect(item).toHaveCount(1);
  await item.getByLabel("Alasan keputusan").fill("Data ganda dengan peserta terdaftar");
  await item.getByRole("button", { name: "Tolak" }).click();
  await expect(item).toHaveCount(0);
  // The decision is in the audit log, searchable and read-only, with the reason.
  await page.goto("/dashboard/audit?action=review.");
  const entry = page.getByTestId("audit-log").locator("li").first();
  await expect(entry).toContainText("review.rejected");
  await expect(entry).toContainText("Data ganda dengan peserta terdaftar");
  await expect(entry).toContainText("(Staf BPJS TK)");
  await expect(page.getByRole("button", { name: /hapus|ubah/i })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, worker.nik, worker.password);
  await page.goto("/akun");
  await expect(page.getByText("Pendaftaran Anda ditolak setelah ditinjau: Data ganda dengan peserta terdaftar")).toBeVisible();
});

test("finance reconciles BJB's settlement file: a payment the portal never heard of is proposed by one person, applied by another, then matches; its excess is refunded the same way", async ({
  page,
}) => {
  const worker = newWorker();
  await fillRegistration(page, worker);
  await page.getByRole("button", { name: "Daftar sekarang" }).click();
  await page.getByRole("link", { name: "Ke akun saya" }).click();
  const payLink = page.getByRole("link", { name: "Bayar di sandbox BJB (demo)" });
  const va = new URL((await payLink.getAttribute("href"))!, "http://x").searchParams.get("va")!;
  expect(va).toMatch(/^\d{16}$/);
  await signOut(page);

  await signIn(page, "keuangan.serang@bpjstk.test");
  await expect(page).toHaveURL(/\/dashboard\/rekonsiliasi$/);
  const today = jakartaDate();
  const reference = `E2E${Date.now()}`;
  // The worker paid Rp 5.000 more than the bill: that much is held as credit once the line is credited.
  const amount = registrationQuote().total + 5_000;
  const csv = `bank reference,virtual account,amount,paid at\n${reference},${va},${amount},${today}T10:00:00+07:00\nTRAILER,1,${amount}\n`;
  await page.getByLabel("Tanggal transaksi").fill(today);
  await page
    .getByLabel("Berkas settlement (CSV)")
    .setInputFiles({ name: "settlement.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Bandingkan" }).click();
  await expect(page.getByTestId("reconciliation-missingInPortal")).toContainText(reference);
  await page.getByRole("button", { name: "Usulkan kredit untuk 1 baris yang belum ada di portal" }).click();
  await expect(page.getByTestId("propose-result")).toContainText("1 usulan dibuat");
  const proposal = page.getByTestId("proposal").filter({ hasText: reference });
  await expect(proposal).toContainText(worker.name);
  await expect(proposal).toContainText("selisih Rp 5.000");
  // The proposer cannot apply their own proposal.
  await proposal.getByRole("button", { name: "Terapkan (orang kedua)" }).click();
  await expect(proposal).toContainText("Usulan ini Anda buat sendiri");
  await expectAccessible(page);
  const settlementUrl = page.url();
  await signOut(page);

  await signIn(page, "admin@lindung.test");
  await page.goto(settlementUrl);
  await page.getByTestId("proposal").filter({ hasText: reference }).getByRole("button", { name: "Terapkan (orang kedua)" }).click();
  await expect(page.getByTestId("proposal").filter({ hasText: reference })).toContainText("Diterapkan");
  await page.reload();
  await expect(page.getByTestId("reconciliation-matched")).toContainText(reference);
  await expect(page.getByTestId("reconciliation-missingInPortal")).toContainText("Tidak ada.");
  await signOut(page);

  await signIn(page, worker.nik, worker.password);
  await page.goto("/akun");
  await expect(page.getByTestId("bill-status")).toHaveText("Lunas");
  await expect(page.getByTestId("membership-card")).toContainText("Aktif");
  await expect(page.getByText("Kelebihan bayar Rp 5.000")).toBeVisible();
  await signOut(page);

  // The worker asks for the Rp 5.000 back: finance proposes the refund, a second person records BJB's transfer.
  await signIn(page, "keuangan.serang@bpjstk.test");
  const held = page.getByTestId("held-credit");
  await expect(held).toContainText(worker.name);
  const form = page.getByTestId("refund-form");
  const holder = form.locator("option", { hasText: `${worker.name} (KPJ ` });
  await expect(holder).toContainText("Rp 5.000");
  await form.getByLabel("Pemilik saldo").selectOption((await holder.getAttribute("value"))!);
  await form.getByLabel("Jumlah dikembalikan (Rp)").fill("6.000");
  await form.getByLabel("Nomor rekening tujuan").fill("0012-3456-7890");
  await form.getByLabel("Nama pemilik rekening").fill(worker.name);
  await form.getByLabel("Alasan").fill("Peserta meminta kelebihan bayar dikembalikan");
  await form.getByRole("button", { name: "Usulkan pengembalian" }).click();
  await expect(form.getByText("Melebihi saldo yang bisa dikembalikan (Rp 5.000).")).toBeVisible();
  await form.getByLabel("Jumlah dikembalikan (Rp)").fill("5.000");
  await form.getByRole("button", { name: "Usulkan pengembalian" }).click();
  // Proposed: listed for a second person, and the whole credit is reserved (no longer offered).
  const refund = page.getByTestId("refund").filter({ hasText: worker.name });
  await expect(refund).toContainText("ke rekening 001234567890");
  await expect(refund).toContainText("Menunggu orang kedua");
  await expect(held).not.toContainText(worker.name);
  await signOut(page);

  await signIn(page, "admin@lindung.test");
  await page.goto("/dashboard/rekonsiliasi");
  await page.getByTestId("refund").filter({ hasText: worker.name }).getByRole("button", { name: "Terapkan (orang kedua)" }).click();
  await expect(page.getByTestId("refund").filter({ hasText: worker.name })).toContainText("Dikembalikan");
  await page.reload();
  await expect(page.getByTestId("held-credit")).not.toContainText(worker.name);
});

test("a settlement file over Next's default 1 MB reaches our own checks, and one over 5 MB is refused in Bahasa Indonesia", async ({
  page,
}) => {
  await signIn(page, "admin@lindung.test");
  await page.goto("/dashboard/rekonsiliasi");
  const today = jakartaDate();
  await page.getByLabel("Tanggal transaksi").fill(today);
  const line = `REF,8812000000000001,16800,2026-11-20T10:00:00+07:00\n`;
  const twoMegabytes = `bank reference,virtual account,amount,paid at\nrusak\n${line.repeat(Math.ceil((2 * 1024 * 1024) / line.length))}TRAILER,1,1\n`;
  await page
    .getByLabel("Berkas settlement (CSV)")
    .setInputFiles({ name: "besar.csv", mimeType: "text/csv", buffer: Buffer.from(twoMegabytes) });
  await page.getByRole("button", { name: "Bandingkan" }).click();
  await expect(page.getByText("Baris 2 tidak valid")).toBeVisible();
  // Refused: the date typed is kept; only the file is chosen again.
  await expect(page.getByLabel("Tanggal transaksi")).toHaveValue(today);

  const overLimit = Buffer.alloc(5 * 1024 * 1024 + 1, "a");
  await page.getByLabel("Berkas settlement (CSV)").setInputFiles({ name: "terlalu-besar.csv", mimeType: "text/csv", buffer: overLimit });
  await page.getByRole("button", { name: "Bandingkan" }).click();
  await expect(page.getByText("Berkas lebih dari 5 MB.")).toBeVisible();
});

test("BJB management sees only what came through BJB, by branch and officer, and not BPJS TK's queues", async ({ page }) => {
  await signIn(page, "manajer@bjb.test");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dasbor manajemen BJB" })).toBeVisible();
  await expect(page.getByTestId("officer-table")).toContainText("Agus Setiawan");
  // Officer performance (issue 17): the Serang officer's clients (the demo's, and any another test enrolled before),
  // their first payments, and the demo client's unpaid bills (exact figures: tests/integration/officer-performance).
  const agus = page.getByTestId("officer-table").locator("tbody tr").filter({ hasText: "Agus Setiawan" });
  await expect(agus.locator("td").nth(3)).toHaveText(/^[1-9]\d*$/);
  await expect(agus.locator("td").nth(4)).toHaveText(/^\d+$/);
  await expect(agus.locator("td").nth(5)).toHaveText(/^Rp\s?[1-9]/);
  // What the officer's campaigns brought in: self-registrations and first payments (exact: tests/integration/funnel).
  await expect(page.getByTestId("officer-table").getByRole("columnheader", { name: "Daftar lewat kampanye" })).toBeVisible();
  await expect(agus.locator("td").nth(6)).toHaveText(/^\d+$/);
  await expect(agus.locator("td").nth(7)).toHaveText(/^\d+$/);
  await expect(page.getByTestId("branch-performance").locator("tbody tr").filter({ hasText: "Bank BJB KC Serang" })).toBeVisible();
  await expect(page.getByTestId("branch-league")).toContainText("Bank BJB KC Serang");
  await expect(page.getByRole("link", { name: "Antrean tinjauan pendaftaran" })).toHaveCount(0);
  await expectAccessible(page);
  // The URL cannot widen the view: via is forced to BJB.
  await page.goto("/dashboard/peserta?via=");
  await expect(page.getByTestId("participant-list")).not.toContainText("Mandiri");
  expect((await page.goto("/dashboard/tinjauan"))?.status()).toBe(404);
  expect((await page.goto("/dashboard/audit"))?.status()).toBe(404);
});
