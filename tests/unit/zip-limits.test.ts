// Zip bombs (issue 15): an XLSX is a zip, and a few KB can inflate to gigabytes.
// Checked before ExcelJS opens anything: entries, declared sizes, real sizes.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkZip, ZIP_LIMITS } from "../../lib/validation/zip-limits";
import { parseWorkerSheet } from "../../lib/worker-import/spreadsheet";

async function zipOf(files: Record<string, string>) {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

describe("zip limits before a sheet is parsed", () => {
  it("let a real workbook through", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Pekerja").addRow(["NIK", "Nama"]);
    expect(await checkZip(new Uint8Array(await workbook.xlsx.writeBuffer()))).toBe("ok");
  });

  it("refuse a small file that inflates past the limit, before inflating it, with a message the officer can act on", async () => {
    const bomb = await zipOf({ "xl/worksheets/sheet1.xml": "0".repeat(ZIP_LIMITS.maxUncompressedBytes + 1) });
    expect(bomb.byteLength).toBeLessThan(200_000);
    const started = performance.now();
    expect(await checkZip(bomb)).toBe("tooLarge");
    expect(performance.now() - started).toBeLessThan(1_000);
    const parsed = await parseWorkerSheet("pekerja.xlsx", bomb);
    expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(/^errors\.sheet\.inflated\?/) });
  });

  it("refuse too many parts, and what is no zip at all", async () => {
    const many = await zipOf(Object.fromEntries(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => [`x/${i}.xml`, "<a/>"])));
    expect(await checkZip(many)).toBe("tooManyEntries");
    expect(await checkZip(new TextEncoder().encode("NIK,Nama\n1,2"))).toBe("invalid");
    expect(await checkZip(new Uint8Array())).toBe("invalid");
  });

  it("count what really inflates: an entry whose real size is not the declared one is refused", async () => {
    // Lower limits make a small file enough to tell: 3 entries of 40 KB each against a 100 KB total.
    const parts = await zipOf({ a: "a".repeat(40_000), b: "b".repeat(40_000), c: "c".repeat(40_000) });
    expect(await checkZip(parts, { maxEntries: 10, maxUncompressedBytes: 100_000 })).toBe("tooLarge");
    expect(await checkZip(parts, { maxEntries: 10, maxUncompressedBytes: 200_000 })).toBe("ok");
    // A central directory that understates a size (the first entry's declared size patched to 10 bytes).
    const lying = Uint8Array.from(parts);
    const view = new DataView(lying.buffer);
    const central = lying.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 10, true);
    expect(await checkZip(lying, { maxEntries: 10, maxUncompressedBytes: 100_000 })).toBe("invalid");
  });
});
