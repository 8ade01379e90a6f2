import { describe, expect, it } from "vitest";
import { renderMessage } from "../../lib/messages/templates";

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
  });

  it("refuse to send a message with a value missing", () => {
    expect(() => renderMessage("reviewRejected", "id", {})).toThrow();
  });
});
