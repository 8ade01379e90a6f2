/**
 * Writes lib/domain/data/phone-metadata-id.json: the slice of libphonenumber-js's `max` metadata for Indonesia
 * (+62) alone — the one build that tells a mobile number from a landline, without the other 244 countries the
 * registration form never needs (~150 KB of patterns, about half of /daftar's first-load script; issue 17.7).
 * Run: npx tsx scripts/generate-phone-metadata.ts. tests/unit/phone.test.ts fails if the slice drifts from the
 * installed package (an upgrade then asks for a regeneration).
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import max from "libphonenumber-js/metadata.max.json";

export function indonesianMetadata() {
  return {
    version: max.version,
    country_calling_codes: { "62": ["ID"] },
    countries: { ID: max.countries.ID },
    nonGeographic: {},
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = new URL("../lib/domain/data/phone-metadata-id.json", import.meta.url);
  await writeFile(target, JSON.stringify(indonesianMetadata()) + "\n");
  console.log(`wrote ${fileURLToPath(target)}`);
}
