// The admin console's user accounts (issue 15): officers, staff, finance,
// managers and admins are made here with their branch or regency, given a
// temporary password that only they are told, and deactivated, unlocked or
// reset here. Workers' accounts are theirs (registration, activation). Every
// change is audited with before and after.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { recordAudit, type AuditActor } from "../audit/record";
import { accountLockKey } from "../auth/login-guard";
import { hashPassword } from "../auth/password";
import { endUserSessions } from "../auth/user-sessions";
import type { Role } from "../db/generated/enums";
import type { Db, Tx } from "../db/prisma";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { resetLimit } from "../security/rate-limit";
import { personNameField, wrongType } from "../validation/person";
import { optionalRegencyField } from "../validation/region";
import { temporaryPassword } from "./temporary-password";

/** The roles the console makes; each names which scope it needs. */
export const STAFF_ROLES = [
  "BANK_OFFICER",
  "BPJS_STAFF",
  "FINANCE",
  "BJB_MANAGER",
  "ADMIN",
  "SPONSOR_OPERATOR",
] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * An officer works for one branch; BPJS TK staff and finance for one regency or (none) all of Banten; a sponsor's
 * operator for one sponsor.
 */
export const ROLE_SCOPE: Record<StaffRole, "branch" | "regency" | "sponsor" | "none"> = {
  BANK_OFFICER: "branch",
  BPJS_STAFF: "regency",
  FINANCE: "regency",
  BJB_MANAGER: "none",
  ADMIN: "none",
  SPONSOR_OPERATOR: "sponsor",
};

const uuid = (message = "errors.admin.noAccount") => z.uuid(message);

export const createAccountSchema = z
  .object({
    name: personNameField,
    email: z.email("errors.email").max(120),
    role: z.enum(STAFF_ROLES, "errors.required"),
    branchId: z.union([z.literal("", "errors.admin.branch"), z.uuid("errors.admin.branch")], "errors.admin.branch").optional(),
    sponsorId: z
      .union([z.literal("", "errors.sponsor.noSponsor"), z.uuid("errors.sponsor.noSponsor")], "errors.sponsor.noSponsor")
      .optional(),
    // Empty: all of Banten (staff and finance).
    regionCode: optionalRegencyField,
  })
  .superRefine((form, ctx) => {
    if (ROLE_SCOPE[form.role] === "branch" && !form.branchId)
      ctx.addIssue({ code: "custom", path: ["branchId"], message: "errors.admin.branch" });
    if (ROLE_SCOPE[form.role] === "sponsor" && !form.sponsorId)
      ctx.addIssue({ code: "custom", path: ["sponsorId"], message: "errors.sponsor.noSponsor" });
  });

/** One password to hand over, and its hash: made before the transaction (argon2 takes a while). */
export async function preparedPassword() {
  const password = temporaryPassword();
  return { password, hash: await hashPassword(password) };
}

/**
 * Writes a staff account with a temporary password (its hash) to be replaced at the first sign-in, audited. The
 * console's form and the first admin's script (scripts/admin.ts) both go through here.
 */
export async function insertStaffAccount(tx: Tx, form: z.output<typeof createAccountSchema>, passwordHash: string, actor: AuditActor) {
  const scope = ROLE_SCOPE[form.role];
  if (scope === "branch" && !(await tx.branch.findUnique({ where: { id: form.branchId! }, select: { id: true } }))) {
    throw new FieldConflict("branchId", "errors.admin.branch");
  }
  if (scope === "sponsor" && !(await tx.sponsor.findUnique({ where: { id: form.sponsorId! }, select: { id: true } }))) {
    throw new FieldConflict("sponsorId", "errors.sponsor.noSponsor");
  }
  const email = form.email.toLowerCase();
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new FieldConflict("email", "errors.admin.emailTaken");
  const user = await tx.user.create({
    data: {
      name: form.name,
      email,
      role: form.role,
      branchId: scope === "branch" ? form.branchId! : null,
      regionCode: scope === "regency" && form.regionCode ? form.regionCode : null,
      sponsorId: scope === "sponsor" ? form.sponsorId! : null,
      passwordHash,
      passwordChangeRequired: true,
    },
    select: { id: true, name: true, email: true, role: true, branchId: true, regionCode: true, sponsorId: true },
  });
  await recordAudit(tx, actor, { action: "admin.user_created", entity: "User", entityId: user.id, after: user });
  return { userId: user.id, email };
}

export const createAccount = defineAction({
  permission: "admin.users",
  input: createAccountSchema,
  uniqueFields: { email: { field: "email", messageKey: "errors.admin.emailTaken" } },
  prepare: preparedPassword,
  handler: async (form, { tx, prepared, actor }) => ({
    ...(await insertStaffAccount(tx, form, prepared.hash, actor)),
    temporaryPassword: prepared.password,
  }),
});

/** An account the console manages (not a worker's), or 404. */
async function staffAccount(tx: Tx | Db, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, active: true, email: true } });
  if (!user || user.role === "WORKER") throw new NotFound("errors.admin.noAccount");
  return user;
}

const accountIdSchema = z.object({ userId: uuid() });

export const setAccountActiveSchema = accountIdSchema.extend({ active: z.enum(["true", "false"], wrongType) });

/** Deactivating ends every session at once; the account keeps its history and can be switched on again. */
export const setAccountActive = defineAction({
  permission: "admin.users",
  input: setAccountActiveSchema,
  handler: async (form, { tx, user: admin, now, actor }) => {
    const active = form.active === "true";
    if (form.userId === admin.id && !active) throw new Refusal("errors.admin.self");
    const user = await staffAccount(tx, form.userId);
    // A string: the console's message picks its text by it (admin.account.doneActive).
    if (user.active === active) return { userId: user.id, active: form.active };
    await tx.user.update({ where: { id: user.id }, data: { active } });
    if (!active) await endUserSessions(tx, user.id, "DEACTIVATED", now);
    await recordAudit(tx, actor, {
      action: active ? "admin.user_activated" : "admin.user_deactivated",
      entity: "User",
      entityId: user.id,
      before: { active: user.active },
      after: { active },
    });
    return { userId: user.id, active: form.active };
  },
  revalidate: ({ userId }) => [`/admin/pengguna/${userId}`],
});

/** Lifts a sign-in lockout (wrong passwords or codes) before its 15 minutes are over. */
export const unlockAccount = defineAction({
  permission: "admin.users",
  input: accountIdSchema,
  // The limiter keeps its counters through the database client, not a transaction.
  transaction: false,
  handler: async (form, { db, actor }) => {
    const user = await staffAccount(db, form.userId);
    await resetLimit(db, "loginAccount", accountLockKey(user.id));
    await recordAudit(db, actor, { action: "admin.user_unlocked", entity: "User", entityId: user.id });
    return { userId: user.id };
  },
  revalidate: ({ userId }) => [`/admin/pengguna/${userId}`],
});

/** A temporary password (shown to the admin once), every session ended, a new password chosen at the next sign-in. */
export const resetAccountPassword = defineAction({
  permission: "admin.users",
  input: accountIdSchema,
  prepare: preparedPassword,
  handler: async (form, { tx, prepared, now, actor }) => {
    const user = await staffAccount(tx, form.userId);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: prepared.hash, passwordChangeRequired: true, sessionsValidFrom: now },
    });
    await endUserSessions(tx, user.id, "PASSWORD_RESET", now);
    await recordAudit(tx, actor, {
      action: "admin.user_password_reset",
      entity: "User",
      entityId: user.id,
      after: { sessionsEnded: true },
    });
    return { userId: user.id, email: user.email, temporaryPassword: prepared.password };
  },
});

/** A lost phone and lost recovery codes: the authenticator is forgotten, the user enrols again at the next sign-in. */
export const resetAccountSecondFactor = defineAction({
  permission: "admin.users",
  input: accountIdSchema,
  handler: async (form, { tx, now, actor }) => {
    const user = await staffAccount(tx, form.userId);
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.totpRecoveryCode.deleteMany({ where: { userId: user.id } });
    await endUserSessions(tx, user.id, "SECOND_FACTOR_RESET", now);
    await recordAudit(tx, actor, {
      action: "admin.user_second_factor_reset",
      entity: "User",
      entityId: user.id,
      after: { sessionsEnded: true },
    });
    return { userId: user.id };
  },
  revalidate: ({ userId }) => [`/admin/pengguna/${userId}`],
});
