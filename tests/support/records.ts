// Rows the tests need as starting points, written through Prisma.
import { randomBytes } from "node:crypto";
import type { Db } from "../../lib/db/prisma";
import { formatNpp } from "../../lib/domain/identifiers";
import { makeNik, makePhone } from "./factories";

const unique = () => randomBytes(4).toString("hex");

export async function createBranch(db: Db, regencyCode = "3673") {
  const code = `T-${unique()}`;
  return db.branch.create({ data: { code, name: `Bank BJB ${code}`, regencyCode } });
}

export async function createOfficer(db: Db, branchId: string) {
  return db.user.create({
    data: { role: "BANK_OFFICER", name: "Petugas Uji", email: `petugas-${unique()}@bjb.test`, passwordHash: "x", branchId },
  });
}

// Test NPPs are issued like real ones (lib/domain/identifiers.ts), from 9,000,000 up.
let nppCounter = 9_000_000 + Number.parseInt(randomBytes(2).toString("hex"), 16) * 10;

export async function createCompany(
  db: Db,
  branchId: string,
  overrides: { name?: string; scale?: "MICRO" | "SMALL" | "MEDIUM" | "LARGE"; regencyCode?: string } = {},
) {
  nppCounter += 1;
  return db.company.create({
    data: {
      npp: formatNpp(nppCounter),
      name: overrides.name ?? `UD Uji ${unique()}`,
      scale: overrides.scale ?? "MICRO",
      riskClass: 2,
      regencyCode: overrides.regencyCode ?? "3673",
      channel: "BANK_OFFICER",
      branchId,
    },
  });
}

/** A worker spreadsheet row as an officer types it (Indonesian headers' keys). */
export function workerValues(overrides: Record<string, string> = {}) {
  return {
    nik: makeNik("1991-02-03", "M"),
    name: "Budi Santoso",
    birthPlace: "Serang",
    birthDate: "03/02/1991",
    gender: "L",
    phone: "",
    wage: "4500000",
    startDate: "",
    ...overrides,
  };
}

let nibCounter = 1_000_000_000_000 + Math.floor(Math.random() * 1e12 * 8);

/** A valid UMKM enrollment form (business, owner, two workers) with a fresh NIB and owner NIK. */
export function umkmFormValues(overrides: Record<string, unknown> = {}) {
  nibCounter += 1;
  return {
    businessName: "Warung Makan Bu Siti",
    nib: String(nibCounter),
    npwp: "",
    kbli: "56101",
    regencyCode: "3673",
    districtCode: "367301",
    address: "Jl. Veteran No. 3",
    capital: "",
    annualTurnover: "600.000.000",
    riskClass: "2",
    jpIncluded: "false",
    ownerNik: makeNik("1980-01-15", "F"),
    ownerName: "Siti Aminah",
    ownerBirthPlace: "Serang",
    ownerBirthDate: "1980-01-15",
    ownerGender: "F",
    ownerPhone: makePhone(),
    ownerIncome: "3000000",
    ownerJht: "true",
    workers: JSON.stringify([workerValues(), workerValues({ wage: "3.200.000" })]),
    ...overrides,
  };
}

export function csvOf(rows: Record<string, string>[]) {
  const header = "NIK;Nama;Tempat Lahir;Tanggal Lahir;Jenis Kelamin;No HP;Upah Bulanan;Tanggal Mulai Kerja";
  const lines = rows.map((r) => [r.nik, r.name, r.birthPlace, r.birthDate, r.gender, r.phone, r.wage, r.startDate].join(";"));
  return new TextEncoder().encode([header, ...lines].join("\n"));
}

let billCounter = Number.parseInt(randomBytes(3).toString("hex"), 16);

/** A pending BPU participant with one unpaid bill of `total` rupiah on a fresh virtual account. */
export async function createParticipantWithBill(db: Db, total = 16_800) {
  const serial = ++billCounter; // taken before any await: safe when called concurrently
  const { formatVirtualAccount } = await import("../../lib/domain/virtual-account");
  const participant = await db.participant.create({
    data: {
      kpj: String(30_000_000_000 + serial).slice(0, 11),
      nik: makeNik("1985-05-05", "M"),
      name: "Peserta Uji",
      birthDate: new Date("1985-05-05"),
      gender: "M",
      category: "BPU",
      channel: "SELF",
      regencyCode: "3673",
      programs: ["JKK", "JKM"],
    },
  });
  const bill = await db.bill.create({
    data: {
      billingKey: `TEST:${participant.id}`,
      category: "BPU",
      participantId: participant.id,
      periodStart: new Date("2026-11-01"),
      periodMonths: 1,
      dueDate: new Date("2026-12-15"),
      total: BigInt(total),
      virtualAccount: formatVirtualAccount(BigInt(50_000_000_000 + serial)),
    },
  });
  return { participant, bill };
}

/** A BPJS TK staff member of a regency (null: all of Banten). */
export async function createStaff(db: Db, regionCode: string | null = "3673", role: "BPJS_STAFF" | "FINANCE" = "BPJS_STAFF") {
  return db.user.create({
    data: { role, name: "Staf Uji", email: `staf-${unique()}@bpjstk.test`, passwordHash: "x", regionCode },
  });
}
