// Demo data, safe to run again (upserts; registrations skip NIKs that exist).
// Workers are registered through the same code path as /daftar.
import type { Db } from "../lib/db/prisma";
import { hashPassword } from "../lib/auth/password";
import { registerBpuWorker } from "../lib/registration/register";
import { registrationSchema } from "../lib/registration/schema";

export const DEMO_PASSWORD = "Lindung2026!";

export const DEMO_BRANCHES = [
  { code: "BJB-SRG", name: "Bank BJB KC Serang", regencyCode: "3673" },
  { code: "BJB-TGR", name: "Bank BJB KC Tangerang", regencyCode: "3671" },
  { code: "BJB-CLG", name: "Bank BJB KC Cilegon", regencyCode: "3672" },
  { code: "BJB-RKB", name: "Bank BJB KC Rangkasbitung", regencyCode: "3602" },
  { code: "BJB-PDG", name: "Bank BJB KC Pandeglang", regencyCode: "3601" },
  { code: "BJB-BSD", name: "Bank BJB KC Tangerang Selatan", regencyCode: "3674" },
] as const;

export const DEMO_WORKER_NIK = "3673015506850002";

const DEMO_STAFF = [
  { email: "admin@lindung.test", name: "Admin Lindung", role: "ADMIN" as const },
  { email: "staf.serang@bpjstk.test", name: "Dewi Lestari", role: "BPJS_STAFF" as const, regionCode: "3673" },
  { email: "petugas.serang@bjb.test", name: "Agus Setiawan", role: "BANK_OFFICER" as const, branch: "BJB-SRG" },
  { email: "petugas.tangerang@bjb.test", name: "Rina Wulandari", role: "BANK_OFFICER" as const, branch: "BJB-TGR" },
];

// NIK, name, birth date, gender, regency, district, occupation, income.
const DEMO_WORKERS = [
  [DEMO_WORKER_NIK, "Siti Rahmawati", "1985-06-15", "F", "3673", "367301", "TRADER", "1500000"],
  ["3604051208900003", "Ahmad Fauzi", "1990-08-12", "M", "3604", "360405", "FARMER", "1000000"],
  ["3601024403920004", "Nurhayati", "1992-03-04", "F", "3601", "360102", "FISHER", "1200000"],
  ["3671012009880005", "Budi Santoso", "1988-09-20", "M", "3671", "367101", "DRIVER", "2500000"],
  ["3674016111950006", "Maria Ulfa", "1995-11-21", "F", "3674", "367401", "UMKM_OWNER", "5000000"],
  ["3602010101800007", "Ujang", "1980-01-01", "M", "3602", "360201", "FARMER", "1000000"],
] as const;

export async function seedDemo(database: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const branches = new Map<string, string>();
  for (const branch of DEMO_BRANCHES) {
    const row = await database.branch.upsert({ where: { code: branch.code }, create: branch, update: {} });
    branches.set(branch.code, row.id);
  }
  for (const person of DEMO_STAFF) {
    const scope = {
      branchId: person.branch ? branches.get(person.branch) : null,
      regionCode: person.regionCode ?? null,
    };
    await database.user.upsert({
      where: { email: person.email },
      create: { email: person.email, name: person.name, role: person.role, passwordHash, ...scope },
      update: {},
    });
  }
  for (const [nik, name, birthDate, gender, regencyCode, districtCode, occupation, income] of DEMO_WORKERS) {
    if (await database.participant.findUnique({ where: { nik } })) continue;
    const form = registrationSchema.parse({
      nik,
      name,
      birthPlace: "Banten",
      birthDate,
      gender,
      phone: `0811${nik.slice(-8)}`,
      regencyCode,
      districtCode,
      address: "Alamat demo",
      occupation,
      income,
      months: "1",
      consent: "on",
      password: DEMO_PASSWORD,
      passwordConfirm: DEMO_PASSWORD,
    });
    await registerBpuWorker(database, form, { userAgent: "seed" });
  }
}

export const DEMO_ACCOUNTS = [
  ...DEMO_STAFF.map((p) => ({ role: p.role, login: p.email })),
  { role: "WORKER", login: `${DEMO_WORKER_NIK} (NIK)` },
];
