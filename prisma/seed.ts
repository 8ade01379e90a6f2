// Demo data, safe to run again (upserts; registrations skip NIKs that exist).
// Workers are registered through the same code path as /daftar.
import type { Db } from "../lib/db/prisma";
import { refreshReachFigures } from "../lib/stats/reach";
import { hashPassword } from "../lib/auth/password";
import { DEMO_BRANCHES } from "../lib/demo/branches";
import { billPastMonths } from "../lib/billing/run";
import { addMonths, currentPeriod, periodStartDate } from "../lib/domain/billing-period";
import { lockProgramme, sponsorParticipants } from "../lib/sponsorship/beneficiaries";
import { enrollNewcomers } from "../lib/sponsorship/beneficiary-save";
import { generateBills } from "../lib/billing/generate";
import { runAction } from "../lib/actions/define";
import { ANONYMOUS } from "../lib/auth/access";
import { bpuSelfRegistration } from "../lib/bpu-registration/register";
import { umkmEnrollment } from "../lib/umkm-enrollment/enroll";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_WORKER_NIK } from "../lib/demo/accounts";
import { serverSecret } from "../lib/account/two-factor";
import { sealTotpSecret } from "../lib/auth/totp-secret";

export { DEMO_PASSWORD, DEMO_WORKER_NIK };

const DEMO_BILLED_MONTHS = 3;
const SEED_SOURCE = { ip: null, userAgent: "seed" };

/** A form as a browser posts it. */
function formData(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

const DEMO_STAFF = [
  { email: "admin@lindung.test", name: "Admin Lindung", role: "ADMIN" as const },
  { email: "staf.serang@bpjstk.test", name: "Dewi Lestari", role: "BPJS_STAFF" as const, regionCode: "3673" },
  // Settlement files and manual credits (two people: the second is the admin in the demo).
  { email: "keuangan.serang@bpjstk.test", name: "Hendra Gunawan", role: "FINANCE" as const, regionCode: "3673" },
  { email: "petugas.serang@bjb.test", name: "Agus Setiawan", role: "BANK_OFFICER" as const, branch: "BJB-SRG" },
  { email: "petugas.tangerang@bjb.test", name: "Rina Wulandari", role: "BANK_OFFICER" as const, branch: "BJB-TGR" },
  { email: "manajer@bjb.test", name: "Bambang Hidayat", role: "BJB_MANAGER" as const },
  // Uploads the province's beneficiary lists (issue 16).
  { email: "operator@bantenprov.test", name: "Yuliana Putri", role: "SPONSOR_OPERATOR" as const, sponsor: true },
];

/** The province's programme for vulnerable workers: from this month, a year long, so the demo always has months to fill. */
const DEMO_SPONSOR = { name: "Pemerintah Provinsi Banten", kind: "PROVINCE" as const };
function demoProgramme(sponsorId: string) {
  const from = currentPeriod();
  return {
    sponsorId,
    name: "Perlindungan Pekerja Rentan",
    legalBasis: "Pergub Banten (contoh demo)",
    funding: "APBD" as const,
    budgetYear: Number(from.slice(0, 4)),
    ceiling: 1_000_000_000n,
    fromPeriod: from,
    toPeriod: addMonths(from, 11),
    occupations: ["FISHER", "FARMER", "DRIVER"],
    minAge: 18,
    maxAge: 65,
  };
}

// NIK, name, birth date, gender, regency, district, occupation, income.
const DEMO_WORKERS = [
  [DEMO_WORKER_NIK, "Siti Rahmawati", "1985-06-15", "F", "3673", "367301", "TRADER", "1500000"],
  ["3604051208900003", "Ahmad Fauzi", "1990-08-12", "M", "3604", "360405", "FARMER", "1000000"],
  ["3601024403920004", "Nurhayati", "1992-03-04", "F", "3601", "360102", "FISHER", "1200000"],
  ["3671012009880005", "Budi Santoso", "1988-09-20", "M", "3671", "367101", "DRIVER", "2500000"],
  ["3674016111950006", "Maria Ulfa", "1995-11-21", "F", "3674", "367401", "UMKM_OWNER", "5000000"],
  ["3602010101800007", "Ujang", "1980-01-01", "M", "3602", "360201", "FARMER", "1000000"],
] as const;

/**
 * Why demo data must not go into this database, or null: it holds participants and none of the demo accounts, so
 * it is someone's real data (issue 15: the demo seed adds accounts with a published password and bills the last
 * months for every participant in the database).
 */
export async function demoSeedRefusal(database: Db): Promise<string | null> {
  if (await database.user.findUnique({ where: { email: DEMO_STAFF[0]!.email }, select: { id: true } })) return null;
  if (!(await database.participant.findFirst({ select: { id: true } }))) return null;
  return "this database holds participants and no demo accounts: demo data (accounts with a published password, bills for every participant) is not put into it. Use `npm run start:prod` for real data, or `npm start -- --allow-demo` if this really is a demo database.";
}

export async function seedDemo(database: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const branches = new Map<string, string>();
  for (const branch of DEMO_BRANCHES) {
    const row = await database.branch.upsert({ where: { code: branch.code }, create: branch, update: {} });
    branches.set(branch.code, row.id);
  }
  const sponsor = await database.sponsor.upsert({ where: { name: DEMO_SPONSOR.name }, create: DEMO_SPONSOR, update: {} });
  // The published demo authenticator key, sealed with this server's secret (set again: the secret may be new).
  const secondFactor = { totpSecret: sealTotpSecret(DEMO_TOTP_SECRET, serverSecret()), totpEnabledAt: new Date() };
  for (const person of DEMO_STAFF) {
    const scope = {
      branchId: person.branch ? branches.get(person.branch) : null,
      regionCode: person.regionCode ?? null,
      sponsorId: person.sponsor ? sponsor.id : null,
    };
    await database.user.upsert({
      where: { email: person.email },
      create: { email: person.email, name: person.name, role: person.role, passwordHash, ...scope, ...secondFactor },
      update: secondFactor,
    });
  }
  for (const [nik, name, birthDate, gender, regencyCode, districtCode, occupation, income] of DEMO_WORKERS) {
    if (await database.participant.findUnique({ where: { nik } })) continue;
    const form = formData({
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
    const registered = await runAction(bpuSelfRegistration, { db: database, requester: ANONYMOUS, source: SEED_SOURCE }, form);
    if (!("ok" in registered) || !registered.ok) throw new Error(`demo worker ${name}: ${JSON.stringify(registered)}`);
  }
  await seedClients(database);
  // Past months' bills (and their fines), so arrears and payments have something to show.
  await billPastMonths(database, DEMO_BILLED_MONTHS);
  await seedSponsorship(database, sponsor.id);
  // The dashboard's reminder and lapse figures, as the nightly job leaves them.
  await refreshReachFigures(database);
}

/**
 * The province pays for the demo fisher from the month after her own bills (her /akun says so), and for a fisher it
 * enrolled itself from this month: this month's collective bill has him on it (the operator's page shows it).
 */
async function seedSponsorship(database: Db, sponsorId: string) {
  const existing = await database.sponsorProgramme.findFirst({ where: { sponsorId } });
  const programme = existing ?? (await database.sponsorProgramme.create({ data: demoProgramme(sponsorId) }));
  const operator = await database.user.findFirstOrThrow({ where: { sponsorId }, select: { id: true } });
  await database.$transaction(async (tx) => {
    const locked = await lockProgramme(tx, programme.id);
    await enrollNewcomers(tx, locked, [DEMO_SPONSORED_NEWCOMER], operator.id);
    const people = await tx.participant.findMany({
      where: { nik: { in: [DEMO_WORKERS[2][0], DEMO_SPONSORED_NEWCOMER.nik] } },
      select: { id: true },
    });
    const from = locked.fromPeriod;
    await sponsorParticipants(tx, { programmeId: programme.id, participantIds: people.map((p) => p.id), from }, SEED_SOURCE);
  });
  await generateBills(database, currentPeriod());
}

const DEMO_SPONSORED_NEWCOMER = {
  nik: "3601021708790008",
  name: "Dedi Supriadi",
  birthDate: "1979-08-17",
  gender: "M" as const,
  occupation: "FISHER" as const,
  regencyCode: "3601",
  address: "Kp. Sumur, Pandeglang",
};

// One UMKM client per demo officer, with its owner and workers, through the officers' own code path.
const DEMO_CLIENTS = [
  {
    officer: "petugas.serang@bjb.test",
    form: {
      businessName: "Warung Sate Bu Siti",
      nib: "9120001234561",
      kbli: "56101",
      regencyCode: "3673",
      districtCode: "367301",
      address: "Jl. Ahmad Yani No. 12",
      annualTurnover: "480000000",
      riskClass: "2",
      ownerNik: "3673014203750002",
      ownerName: "Siti Maryam",
      ownerBirthPlace: "Serang",
      ownerBirthDate: "1975-03-02",
      ownerGender: "F",
      ownerPhone: "081298760001",
      ownerIncome: "4000000",
      ownerJht: "true",
    },
    workers: [
      { nik: "3673011005950003", name: "Dedi Kurniawan", birthDate: "1995-05-10", gender: "M", wage: "3200000" },
      { nik: "3673015808970004", name: "Lilis Suryani", birthDate: "1997-08-18", gender: "F", wage: "3100000" },
    ],
  },
  {
    officer: "petugas.tangerang@bjb.test",
    form: {
      businessName: "CV Konveksi Maju Jaya",
      nib: "9120001234562",
      kbli: "14111",
      regencyCode: "3671",
      districtCode: "367101",
      address: "Jl. Daan Mogot Km 20",
      annualTurnover: "3500000000",
      riskClass: "3",
      ownerNik: "3671010101700005",
      ownerName: "Hendra Wijaya",
      ownerBirthPlace: "Tangerang",
      ownerBirthDate: "1970-01-01",
      ownerGender: "M",
      ownerPhone: "081298760002",
      ownerIncome: "10000000",
      ownerJht: "true",
    },
    workers: [{ nik: "3671014412990006", name: "Ani Rahayu", birthDate: "1999-12-04", gender: "F", wage: "5100000" }],
  },
];

async function seedClients(database: Db) {
  for (const client of DEMO_CLIENTS) {
    if (await database.company.findUnique({ where: { nib: client.form.nib } })) continue;
    const officer = await database.user.findUniqueOrThrow({ where: { email: client.officer } });
    // Employed since before the billed months, so every past month has a company bill.
    const since = periodStartDate(addMonths(currentPeriod(), -DEMO_BILLED_MONTHS));
    const workers = JSON.stringify(client.workers.map((w) => ({ ...w, startDate: since })));
    const enrolled = await runAction(
      umkmEnrollment,
      { db: database, requester: { kind: "user", user: officer }, source: SEED_SOURCE },
      formData({ ...client.form, workers }),
    );
    if (!("ok" in enrolled) || !enrolled.ok) throw new Error(`demo client ${client.form.businessName}: ${JSON.stringify(enrolled)}`);
  }
}

export const DEMO_ACCOUNTS = [
  ...DEMO_STAFF.map((p) => ({ role: p.role, login: p.email })),
  { role: "WORKER", login: `${DEMO_WORKER_NIK} (NIK)` },
];
