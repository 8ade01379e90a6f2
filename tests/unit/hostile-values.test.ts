import { describe, expect, it } from "vitest";
import { parseSettlementCsv } from "../../lib/reconciliation/settlement";
import { personNameField } from "../../lib/validation/person";

describe("values people and banks really send", () => {
  it("accepts a name typed with a phone keyboard's curly apostrophe, stored with the plain one", () => {
    expect(personNameField.parse("Ma’ruf Amin")).toBe("Ma'ruf Amin");
    expect(personNameField.parse("Siti Nurʼaini")).toBe("Siti Nur'aini");
    expect(personNameField.parse("Sukarno")).toBe("Sukarno");
    expect(personNameField.safeParse("Budi <script>").success).toBe(false);
  });

  it("reads settlement amounts as whole rupiah digits only", () => {
    const csv = (amount: string) =>
      `bank reference,virtual account,amount,paid at\nREF-1,8800012345678901,${amount},2026-01-01T10:00:00+07:00\nTRAILER,1,16800\n`;
    expect(parseSettlementCsv(csv("16800"))).toMatchObject({ ok: true, lines: [{ amount: 16_800 }] });
    for (const bad of ["1e3", "0x10", "16.800", "-5", "0", "16800.5", " "]) {
      expect(parseSettlementCsv(csv(bad)), bad).toEqual({ ok: false, error: "line", line: 2 });
    }
  });
});
