// BPU workers and their own bills, made directly (no registration flow) for
// tests of what happens later: notices, reminders, lapses.
import type { Db } from "../../lib/db/prisma";
import { formatVirtualAccount } from "../../lib/domain/virtual-account";
import { makeNik } from "./factories";

let serial = 0;

export type WorkerOptions = {
  optOut?: boolean;
  textChannel?: "SMS" | "WHATSAPP";
  regencyCode?: string;
  status?: "ACTIVE" | "INACTIVE";
  /** A PU worker instead, for figures that must leave them out. */
  category?: "BPU" | "PU";
};

export function bpuWorker(db: Db, options: WorkerOptions = {}) {
  serial += 1;
  return db.participant.create({
    data: {
      kpj: String(47_000_000_000 + serial),
      nik: makeNik("1990-01-01", "F"),
      name: `Pekerja ${serial}`,
      birthDate: new Date("1990-01-01"),
      gender: "F",
      phone: `+62813${String(serial).padStart(8, "0")}`,
      category: options.category ?? "BPU",
      status: options.status ?? "ACTIVE",
      channel: "SELF",
      regencyCode: options.regencyCode ?? "3673",
      programs: ["JKK", "JKM"],
      remindersOptOut: options.optOut ?? false,
      textChannel: options.textChannel ?? "SMS",
      createdAt: new Date("2026-09-10T03:00:00Z"),
    },
  });
}

/** A one-month Rp 16,800 bill of the worker's own, for `period` (YYYY-MM). */
export function bpuBill(db: Db, participantId: string, period: string, status: "UNPAID" | "OVERDUE" | "PAID", dueDate: string) {
  serial += 1;
  return db.bill.create({
    data: {
      billingKey: `FIXTURE:${participantId}:${period}`,
      category: "BPU",
      participantId,
      periodStart: new Date(`${period}-01`),
      periodMonths: 1,
      dueDate: new Date(dueDate),
      total: 16_800n,
      status,
      paidAmount: status === "PAID" ? 16_800n : 0n,
      virtualAccount: formatVirtualAccount(BigInt(70_000_000_000 + serial)),
    },
  });
}
