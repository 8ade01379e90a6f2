// One person on a sponsor's beneficiary list (issue 16), as its sheet gives it:
// who they are (the same fields and checks as a worker row), and for someone
// not yet a participant where they live and what they do, which the
// programme's eligibility reads. Spreadsheet habits are accepted: a regency by
// code or name ("Kab. Lebak", "Kota Serang", "3602"), an occupation by its
// Indonesian word ("nelayan", "ojek").
import { z } from "zod";
import { OCCUPATIONS, type Occupation } from "../domain/occupations";
import { BANTEN_REGENCIES } from "../domain/regions";
import { agreeWithNik, identityShape, parseWith } from "../pu-enrollment/worker-row";
import { emptyToUndefined } from "../validation/empty";
import { identityColumns, type SheetLayout } from "../spreadsheets/table-sheet";
import { NO_NUL, wrongType } from "../validation/person";

const BENEFICIARY_COLUMNS = [
  ...identityColumns({ nik: "3601024507900001", birthPlace: "Pandeglang" }),
  { key: "occupation", header: "Pekerjaan", example: "Nelayan", aliases: ["profesi", "occupation"] },
  { key: "regency", header: "Kabupaten/Kota", example: "Kabupaten Pandeglang", aliases: ["kabupaten", "kota", "domisili", "regency"] },
  { key: "address", header: "Alamat", example: "Kp. Sukamaju RT 01/02", aliases: ["alamat domisili", "address"] },
] as const;

export type BeneficiaryColumn = (typeof BENEFICIARY_COLUMNS)[number]["key"];

export const BENEFICIARY_SHEET: SheetLayout<BeneficiaryColumn> = {
  name: "Penerima",
  columns: BENEFICIARY_COLUMNS,
  // A participant already registered is found by NIK and checked by birth date; the rest is for newcomers.
  required: ["nik", "name", "birthDate", "gender"],
  textColumns: ["nik", "phone"],
};

/** Words a sheet uses for each occupation (lowercase); the code itself is accepted too. */
const OCCUPATION_WORDS: Record<string, Occupation> = {
  pedagang: "TRADER",
  pengemudi: "DRIVER",
  sopir: "DRIVER",
  ojek: "DRIVER",
  "ojek daring": "DRIVER",
  "ojek online": "DRIVER",
  "ojek pangkalan": "DRIVER",
  kurir: "COURIER",
  petani: "FARMER",
  nelayan: "FISHER",
  "pemilik umkm": "UMKM_OWNER",
  umkm: "UMKM_OWNER",
  lainnya: "OTHER",
};

function occupationOf(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const word = value.trim().toLowerCase().replace(/\s+/g, " ");
  const code = word.toUpperCase().replace(/ /g, "_");
  return (OCCUPATIONS as readonly string[]).includes(code) ? code : (OCCUPATION_WORDS[word] ?? value);
}

const REGENCY_PREFIXES: [RegExp, string][] = [
  [/^kab(\.|upaten)?\s+/, "kabupaten "],
  [/^kota\s+/, "kota "],
];

/** A Banten regency by code ("3602", "36.02") or name, with or without "Kabupaten"/"Kab."/"Kota" when that is unambiguous. */
function regencyOf(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().toLowerCase().replace(/\s+/g, " ");
  const code = text.replace(/\./g, "");
  if (BANTEN_REGENCIES.some((r) => r.code === code)) return code;
  let named = text;
  for (const [prefix, canonical] of REGENCY_PREFIXES) named = named.replace(prefix, canonical);
  const exact = BANTEN_REGENCIES.find((r) => r.name.toLowerCase() === named);
  if (exact) return exact.code;
  // "Lebak" is one regency; "Serang" and "Tangerang" are each a kabupaten and a kota, so they need the word.
  const bare = BANTEN_REGENCIES.filter((r) => r.name.toLowerCase().replace(/^(kabupaten|kota) /, "") === named);
  return bare.length === 1 ? bare[0]!.code : bare.length > 1 ? AMBIGUOUS : value;
}
const AMBIGUOUS = "__AMBIGUOUS__";

export const beneficiaryRowSchema = z
  .object({
    ...identityShape,
    occupation: z.preprocess((v) => occupationOf(emptyToUndefined(v)), z.enum(OCCUPATIONS, "errors.sponsor.occupation").optional()),
    regencyCode: z.preprocess(
      (v) => regencyOf(emptyToUndefined(v)),
      z
        .string(wrongType)
        .refine((code) => code !== AMBIGUOUS, "errors.sponsor.regencyAmbiguous")
        .refine((code) => BANTEN_REGENCIES.some((r) => r.code === code), "errors.sponsor.regency")
        .optional(),
    ),
    address: z.preprocess(
      emptyToUndefined,
      z.string(wrongType).trim().max(200, "errors.tooLong").regex(NO_NUL, "errors.invalid").optional(),
    ),
  })
  .check(agreeWithNik);

export type BeneficiaryRow = z.output<typeof beneficiaryRowSchema>;

/** One sheet row checked on its own (the sheet's "Kabupaten/Kota" column is the field regencyCode). */
export function parseBeneficiaryRow(values: Partial<Record<BeneficiaryColumn, string>>) {
  const { regency, ...rest } = values;
  const parsed = parseWith(beneficiaryRowSchema, { ...rest, regencyCode: regency });
  if (parsed.ok) return parsed;
  // Messages are shown against the sheet's own column.
  const { regencyCode, ...errors } = parsed.errors;
  return { ok: false as const, errors: regencyCode ? { ...errors, regency: regencyCode } : errors };
}
