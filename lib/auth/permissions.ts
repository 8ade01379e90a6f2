// Who may do what: the one table every page, server action, route and API key
// asks (docs/decisions/0012-actions-and-permissions.md). A permission names an
// act on a kind of record; each principal that holds it holds it with a scope,
// and the scope becomes a filter inside the query (lib/auth/scope.ts), so a
// record outside it is simply not found.
import type { Role } from "../db/generated/enums";

/** Which records a grant reaches. */
export type Scope =
  /** the participant record of the signed-in worker */
  | "own"
  /** the companies (clients), bills and imports of the principal's BJB branch */
  | "branch"
  /** the principal's regency (staff without one: all of Banten) */
  | "region"
  /** all of Banten, but only what came in through BJB (BJB management) */
  | "bjb"
  /** the programmes, beneficiaries and collective bills of the principal's sponsor (a sponsor's operator) */
  | "sponsor"
  /** the companies the principal's participant owns (a UMKM owner managing their own business) */
  | "owned"
  | "all";

/** Who holds permissions: a portal role, a bank system's API key, or Bank BJB's signed payment link. */
export type Principal = Role | "API_KEY" | "BJB_HOST";

/** Held by anyone, signed in or not: public pages and forms. */
export const ANYONE = "anyone";

type Grants = typeof ANYONE | Partial<Record<Principal, Scope>>;

const OFFICERS = { BANK_OFFICER: "branch", ADMIN: "all" } as const;
const BPJS_STAFF = { BPJS_STAFF: "region", ADMIN: "all" } as const;
/** Everyone signed in but workers, over their own account: the staff side of the portal. */
const STAFF_ACCOUNTS = {
  BANK_OFFICER: "own",
  BJB_MANAGER: "own",
  BPJS_STAFF: "own",
  FINANCE: "own",
  ADMIN: "own",
  SPONSOR_OPERATOR: "own",
} as const;
const SIGNED_IN = { WORKER: "own", ...STAFF_ACCOUNTS } as const;

export const PERMISSIONS = {
  // Public: the landing page, sign-in, the API document, quotes, language, BPU self-registration.
  "site.read": ANYONE,
  "quote.read": ANYONE,
  "locale.switch": ANYONE,
  "registration.submit": ANYONE,
  // Whether a NIK is registered already, asked by /daftar's first step (under the sign-in's per-address limit).
  "registration.nikCheck": ANYONE,
  // The form's step beacon: a count in the registration funnel, nothing about the person (issue 17.4).
  "registration.funnel": ANYONE,
  // "Lupa kata sandi": a code to the phone on record, then a new password (issue 14).
  "account.recover": ANYONE,
  // The demo BJB sandbox: open to anyone, and only there when BJB_SANDBOX is on (lib/env.ts).
  "sandbox.pay": ANYONE,
  // The demo inbox: what the portal sent, only there when DEMO_INBOX is on (lib/env.ts). Demo data only.
  "sandbox.inbox": ANYONE,

  // Any signed-in user: where their work starts.
  "account.home": SIGNED_IN,
  // Sign-in steps after the password (lib/auth/sign-in-steps.ts): a code from an authenticator app (everyone but
  // workers), and a new password in place of one an admin set.
  "account.secondFactor": STAFF_ACCOUNTS,
  "account.newPassword": SIGNED_IN,

  // A worker's own record: account, card, bills, receipts, data download.
  "participant.read.own": { WORKER: "own" },
  // …and their say over the messages they get (channel, reminders).
  "participant.preferences.own": { WORKER: "own" },
  // …and who inherits (ahli waris): named and removed by the worker themself.
  "participant.heirs.own": { WORKER: "own" },
  // …and keeping their record current: contact (with a code to the new one), address, occupation, BPU terms,
  // and asking regional staff to correct their identity.
  "participant.update.own": { WORKER: "own" },

  // BJB officers: their branch's clients (UMKM and other companies), bills and projects.
  "client.read": OFFICERS,
  // A new client belongs to the enrolling officer's branch: only an officer of a branch opens one.
  "client.register": { BANK_OFFICER: "branch" },
  // Workers into an existing client (spreadsheet import, the enrollments API), a wage change, an employment ended:
  // the client's branch, or the owner of the business themself (issue 16: the same actions and rules as the officer).
  "client.enroll": { ...OFFICERS, API_KEY: "branch", WORKER: "owned" },
  // A worker who left continuing as BPU, a death reported: the officer's, who sees the person (the e-KTP, the family).
  "client.lifecycle": OFFICERS,
  // The owner's own business: its workers, bills and arrears (issue 16).
  "employer.read": { WORKER: "owned" },
  "project.register": OFFICERS,
  "credit.refer": OFFICERS,
  // Recovery at a branch: the officer checks the e-KTP in person and sends a code to the worker's new number. Any
  // participant may come to any branch (the e-KTP is the proof), so the grant is not held to the branch's clients.
  "account.recover.branch": { BANK_OFFICER: "branch" },
  // Who at a client receives its monthly bill and arrears by e-mail.
  "client.contact": OFFICERS,
  // Campaigns (issue 17.4): a link and QR code to /daftar for an outreach event; opened by a branch's officer,
  // read with their funnel by the branch (an admin: every branch).
  "campaign.create": { BANK_OFFICER: "branch" },
  "campaign.read": OFFICERS,

  // Dashboards: BPJS TK staff (their regency), BJB management (through BJB), admins.
  "dashboard.read": { ...BPJS_STAFF, BJB_MANAGER: "bjb" },
  // Aggregates without personal data: any BJB branch's API key may read all of Banten.
  "stats.read": { ...BPJS_STAFF, API_KEY: "all" },

  // BPJS TK's own work.
  "review.decide": BPJS_STAFF,
  // Identity corrections a worker asked for (name, birth date, sex, NIK): staff of the participant's regency.
  "identity.decide": BPJS_STAFF,
  "audit.read": BPJS_STAFF,
  // The admin console (issue 15): staff accounts, branches, API keys, the rule tables in force (read-only).
  "admin.users": { ADMIN: "all" },
  "admin.branches": { ADMIN: "all" },
  "admin.apiKeys": { ADMIN: "all" },
  "admin.rules": { ADMIN: "all" },
  // Sponsors and their programmes (issue 16): registered by admins.
  "sponsor.programmes": { ADMIN: "all" },
  // A sponsor's operator: its programmes' budgets, beneficiary lists (uploaded, checked, saved) and collective bills.
  "sponsor.beneficiaries": { SPONSOR_OPERATOR: "sponsor", ADMIN: "all" },
  // How messages are getting out: failures with their reason, dead letters (recipients masked). Admins only.
  "messages.status": { ADMIN: "all" },
  // Not yet held to a region: the settlement file covers every bill of the bank's day.
  // Settlement files and manual credits: finance staff of a regency, two people for every credit (issue 12).
  "payment.reconcile": { FINANCE: "region", ADMIN: "all" },
  "payment.credit.propose": { FINANCE: "region" },
  "payment.credit.apply": { FINANCE: "region", ADMIN: "all" },
  // Held credit paid back to its holder, the same two people (proposing also withdraws a proposal).
  "payment.refund.propose": { FINANCE: "region" },
  "payment.refund.apply": { FINANCE: "region", ADMIN: "all" },

  // Bank BJB asks what is due and reports payments, signed with the shared secret.
  "payment.inquire": { BJB_HOST: "all" },
  "payment.notify": { BJB_HOST: "all" },
  "payment.reverse": { BJB_HOST: "all" },
} as const satisfies Record<string, Grants>;

export type Permission = keyof typeof PERMISSIONS;

/** The permissions only signed-in users (or keys) hold: whoever passes them is known. */
export type SignedInPermission = { [P in Permission]: (typeof PERMISSIONS)[P] extends typeof ANYONE ? never : P }[Permission];

/** The permissions anyone holds. */
export type PublicPermission = Exclude<Permission, SignedInPermission>;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

/** The scope in which `principal` holds `permission`, or undefined when it does not hold it. */
export function grantOf(permission: Permission, principal: Principal | null): Scope | undefined {
  const grants: Grants = PERMISSIONS[permission];
  if (grants === ANYONE) return "all";
  return principal ? grants[principal] : undefined;
}
