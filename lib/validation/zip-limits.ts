// An XLSX file is a zip: a few KB can inflate to gigabytes (issue 15 found a
// 132 KB sheet that became 128 MiB and stalled the server; 5 MB would admit
// about 5 GB). Before a sheet is parsed, its zip is read with yauzl: the number
// of entries and their declared sizes are checked, then every entry is inflated
// once and counted, and yauzl refuses an entry whose real size is not the one
// declared — so the parser only ever sees what was counted.
import { fromBuffer, type Entry, type ZipFile } from "yauzl";

/** A worker sheet or settlement workbook has a dozen parts; the biggest real ones inflate to a few MB. */
export const ZIP_LIMITS = { maxEntries: 200, maxUncompressedBytes: 50 * 1024 * 1024 } as const;

export type ZipCheck = "ok" | "invalid" | "tooManyEntries" | "tooLarge";

/** Whether `bytes` is a zip within `limits`, inflated and counted without keeping what it inflates. */
export function checkZip(bytes: Uint8Array, limits: { maxEntries: number; maxUncompressedBytes: number } = ZIP_LIMITS): Promise<ZipCheck> {
  return new Promise((resolve) => {
    fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (error, zip) => {
        if (error || !zip) return resolve("invalid");
        if (zip.entryCount > limits.maxEntries) {
          zip.close();
          return resolve("tooManyEntries");
        }
        let total = 0;
        let finished = false;
        const done = (answer: ZipCheck) => {
          if (finished) return;
          finished = true;
          zip.close();
          resolve(answer);
        };
        zip.on("error", () => done("invalid"));
        zip.on("end", () => done("ok"));
        zip.on("entry", (entry: Entry) => {
          total += entry.uncompressedSize;
          if (total > limits.maxUncompressedBytes) return done("tooLarge");
          if (entry.fileName.endsWith("/")) return zip.readEntry();
          inflateCounted(zip, entry, limits.maxUncompressedBytes, (inflated) => {
            if (inflated === "invalid") return done("invalid");
            if (!finished) zip.readEntry();
          });
        });
        zip.readEntry();
      },
    );
  });
}

/** Inflates one entry to nowhere; yauzl fails it when the real size differs from the declared one. */
function inflateCounted(zip: ZipFile, entry: Entry, max: number, next: (result: "ok" | "invalid") => void) {
  zip.openReadStream(entry, (error, stream) => {
    if (error || !stream) return next("invalid");
    let seen = 0;
    let answered = false;
    const answer = (result: "ok" | "invalid") => {
      if (answered) return;
      answered = true;
      next(result);
    };
    stream.on("data", (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > max) stream.destroy(new Error("inflates past the limit"));
    });
    stream.on("error", () => answer("invalid"));
    stream.on("end", () => answer("ok"));
  });
}
