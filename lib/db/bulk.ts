// Multi-row inserts for imports: one statement over unnest()ed arrays. Prisma's
// createMany(AndReturn) took ~4 s for 10,000 workers here; this takes a
// fraction of that (docs/benchmarks.md). Column lists mirror schema.prisma;
// the import tests fail if they drift.
import type { Category, Channel, Gender, Program } from "./generated/enums";
import type { Tx } from "./prisma";

export interface NewParticipant {
  kpj: string;
  nik: string;
  name: string;
  birthPlace: string | null;
  birthDate: string; // YYYY-MM-DD
  gender: Gender;
  phone: string | null;
}

export function insertParticipants(
  tx: Tx,
  shared: {
    category: Category;
    channel: Channel;
    regencyCode: string;
    programs: Program[];
    branchId: string | null;
    enrolledById: string | null;
  },
  rows: NewParticipant[],
): Promise<{ id: string; nik: string }[]> {
  const column = <K extends keyof NewParticipant>(key: K) => rows.map((row) => row[key]);
  return tx.$queryRaw`
    INSERT INTO "Participant" ("id", "kpj", "nik", "name", "birthPlace", "birthDate", "gender", "phone",
      "category", "status", "channel", "regencyCode", "programs", "branchId", "enrolledById", "createdAt")
    SELECT gen_random_uuid(), u.kpj, u.nik, u.name, u.birth_place, u.birth_date, u.gender::"Gender", u.phone,
      ${shared.category}::"Category", 'PENDING'::"ParticipantStatus", ${shared.channel}::"Channel", ${shared.regencyCode},
      ${shared.programs}::"Program"[], ${shared.branchId}::uuid, ${shared.enrolledById}::uuid, now()
    FROM unnest(${column("kpj")}::text[], ${column("nik")}::text[], ${column("name")}::text[],
      ${column("birthPlace")}::text[], ${column("birthDate")}::date[], ${column("gender")}::text[], ${column("phone")}::text[])
      AS u(kpj, nik, name, birth_place, birth_date, gender, phone)
    RETURNING "id", "nik"`;
}

export function insertEmployments(
  tx: Tx,
  companyId: string,
  rows: { participantId: string; monthlyWage: number; startDate: string }[],
): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "Employment" ("id", "participantId", "companyId", "monthlyWage", "startDate", "createdAt")
    SELECT gen_random_uuid(), u.participant_id, ${companyId}::uuid, u.wage, u.start_date, now()
    FROM unnest(${rows.map((r) => r.participantId)}::uuid[], ${rows.map((r) => r.monthlyWage)}::int[],
      ${rows.map((r) => r.startDate)}::date[]) AS u(participant_id, wage, start_date)`;
}
