import { describe, expect, it } from "vitest";
import { renderMessage, type TemplateName } from "../../lib/messages/templates";
import id from "../../messages/id/notifications.json";

const TEMPLATES = Object.keys(id.notifications) as TemplateName[];

describe("message templates", () => {
  it("fill the rule's values, dates in the person's language and Jakarta time", () => {
    const params = {
      kpj: "26000000146",
      amount: "Rp 8.400",
      virtualAccount: "8812000000000175",
      dueDate: new Date("2026-12-15T00:00:00Z"),
    };
    expect(renderMessage("registrationReceived", "id", params).body).toBe(
      "Pendaftaran BPJS Ketenagakerjaan Anda diterima. KPJ 26000000146. Bayar iuran Rp 8.400 ke VA BJB 8812000000000175 paling lambat 15 Desember 2026. Perlindungan mulai setelah iuran pertama dibayar.",
    );
    expect(renderMessage("registrationReceived", "en", params).body).toContain("by December 15, 2026");
    const paid = renderMessage("paymentReceived", "id", {
      amount: "Rp 8.400",
      virtualAccount: "8812000000000175",
      paidAt: new Date("2026-12-02T15:30:00Z"),
      receiptUrl: "https://lindung.example/akun/kwitansi/x",
    });
    expect(paid.body).toContain("diterima 2 Desember 2026 22.30");
    // A contribution month by its name, in the person's language.
    const bill = { ...params, period: new Date("2026-12-01T00:00:00Z") };
    expect(renderMessage("billIssued", "id", bill).subject).toBe("Tagihan iuran BPJS Ketenagakerjaan Desember 2026");
    expect(renderMessage("billIssued", "en", bill).subject).toBe("BPJS Ketenagakerjaan contribution bill December 2026");
  });

  it("every template renders in every language with the values its sender gives", () => {
    const values = {
      kpj: "26000000146",
      amount: "Rp 8.400",
      virtualAccount: "8812000000000175",
      dueDate: new Date("2026-12-15T00:00:00Z"),
      paidAt: new Date("2026-12-02T15:30:00Z"),
      period: new Date("2026-12-01T00:00:00Z"),
      receiptUrl: "https://lindung.example/akun/kwitansi/x",
      reason: "data tidak cocok",
      months: "2",
      company: "UD Maju",
      code: "123456",
      minutes: "5",
      at: new Date("2026-12-05T09:15:00Z"),
      month: new Date("2027-01-01T00:00:00Z"),
      sponsor: "Pemerintah Provinsi Banten",
      from: new Date("2026-07-01T00:00:00Z"),
      to: new Date("2026-12-01T00:00:00Z"),
      lastMonth: new Date("2026-12-01T00:00:00Z"),
      nextMonth: new Date("2027-01-01T00:00:00Z"),
      link: "https://lindung.example/akun",
      manager: "Dewi Lestari",
      activate: "https://lindung.example/aktivasi",
    };
    for (const locale of ["id", "en"] as const)
      for (const template of TEMPLATES) {
        const { subject, body } = renderMessage(template, locale, values);
        expect(subject.length, `${locale} ${template}`).toBeGreaterThan(5);
        expect(body, `${locale} ${template}`).not.toMatch(/[{}]/);
      }
  });

  it("tell who pays and until when, and a month before the end how to go on", () => {
    const sponsored = renderMessage("sponsored", "id", {
      sponsor: "Pemerintah Provinsi Banten",
      kpj: "26000000146",
      from: new Date("2026-07-01T00:00:00Z"),
      to: new Date("2026-12-01T00:00:00Z"),
      link: "https://lindung.example/aktivasi",
    });
    expect(sponsored.body).toContain("dibayar Pemerintah Provinsi Banten mulai Juli 2026 sampai Desember 2026");
    const ending = renderMessage("sponsorshipEnding", "id", {
      sponsor: "Pemerintah Provinsi Banten",
      lastMonth: new Date("2026-12-01T00:00:00Z"),
      nextMonth: new Date("2027-01-01T00:00:00Z"),
      amount: "Rp 16.800",
      link: "https://lindung.example/akun",
    });
    expect(ending.subject).toBe("Iuran dari Pemerintah Provinsi Banten berakhir Desember 2026");
    expect(ending.body).toContain("mulai Januari 2027: iuran Rp 16.800 per bulan");
  });

  it("tell the old phone when the number changed, at the time in Jakarta", () => {
    expect(renderMessage("contactChanged", "id", { at: new Date("2026-12-05T09:15:00Z") }).body).toContain(
      "diganti pada 5 Desember 2026 pukul 16.15 WIB",
    );
  });

  it("refuse to send a message with a value missing", () => {
    expect(() => renderMessage("reviewRejected", "id", {})).toThrow();
  });
});
