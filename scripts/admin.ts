// The first admin of a production database (after that, the admin console makes every staff account):
//   tsx scripts/admin.ts create --email admin@bpjsketenagakerjaan.go.id --name "Nama Admin"
// prints a temporary password once; the admin enrols two-factor and chooses their own password at the first sign-in.
import { parseArgs } from "node:util";
import { createAccountSchema, insertStaffAccount, preparedPassword } from "../lib/admin/accounts";
import { createPrismaClient } from "../lib/db/prisma";

const USAGE = 'usage: tsx scripts/admin.ts create --email <e-mail> --name "<name>"';
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, name: { type: "string" } },
});

async function main() {
  if (positionals[0] !== "create") throw new Error(USAGE);
  const form = createAccountSchema.safeParse({ name: flags.name, email: flags.email, role: "ADMIN" });
  if (!form.success) throw new Error(`${USAGE}\n${form.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n")}`);
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL");
  const database = createPrismaClient(process.env.DATABASE_URL);
  try {
    const password = await preparedPassword();
    // The audit row names no user: the script acted (the log's ip is this machine's).
    const created = await database.$transaction((tx) =>
      insertStaffAccount(tx, form.data, password.hash, { userAgent: "scripts/admin.ts" }),
    );
    console.log(`admin ${created.email} created. Temporary password (shown once, hand it over in person):\n\n  ${password.password}\n`);
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
