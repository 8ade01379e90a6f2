// API keys for bank systems (docs/decisions/0005-api-keys.md), on DATABASE_URL:
//   tsx scripts/api-key.ts create --branch BJB-SRG --name "BJB core"   prints the key once
//   tsx scripts/api-key.ts revoke <prefix>                              the key stops working at once
//   tsx scripts/api-key.ts list [--branch BJB-SRG]                      prefixes, never secrets
// With the embedded database of `npm start` running, DATABASE_URL is
// postgresql://postgres:postgres@127.0.0.1:54329/postgres?sslmode=disable
import { parseArgs } from "node:util";
import { createApiKey, revokeApiKey } from "../lib/api/keys";
import { createPrismaClient, type Db } from "../lib/db/prisma";

const USAGE = `usage:
  tsx scripts/api-key.ts create --branch <branch code> --name <name>
  tsx scripts/api-key.ts revoke <prefix>
  tsx scripts/api-key.ts list [--branch <branch code>]`;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { branch: { type: "string" }, name: { type: "string" } },
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

async function create(database: Db) {
  const name = flags.name?.trim();
  if (!flags.branch || !name) fail("create needs --branch and --name");
  const branch = await database.branch.findUnique({ where: { code: flags.branch } });
  if (!branch) fail(`no branch with code ${flags.branch}`);
  const created = await createApiKey(database, { name, branchId: branch.id });
  console.log(`API key for ${branch.name} (${branch.code}), "${created.name}", prefix ${created.prefix}:`);
  console.log("");
  console.log(`  ${created.key}`);
  console.log("");
  console.log("Shown only now: Lindung stores a hash, not the key. Hand it over through a secure channel.");
}

async function revoke(database: Db, prefix: string | undefined) {
  if (!prefix) fail("revoke needs the key's prefix (the 8 characters after lk_)");
  if (!(await revokeApiKey(database, prefix))) fail(`no active key with prefix ${prefix}`);
  console.log(`revoked ${prefix}`);
}

async function list(database: Db) {
  const keys = await database.apiKey.findMany({
    where: flags.branch ? { branch: { code: flags.branch } } : {},
    select: { prefix: true, name: true, createdAt: true, revokedAt: true, branch: { select: { code: true } } },
    orderBy: { createdAt: "asc" },
  });
  for (const key of keys) {
    const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
    console.log(`${key.prefix}  ${key.branch.code}  ${key.createdAt.toISOString()}  ${state}  ${key.name}`);
  }
  if (keys.length === 0) console.log("no API keys");
}

async function main() {
  const [command, argument] = positionals;
  if (!["create", "revoke", "list"].includes(command)) fail(`unknown command: ${command ?? "(none)"}`);
  const url = process.env.DATABASE_URL;
  if (!url) fail("DATABASE_URL is not set");
  const database = createPrismaClient(url);
  try {
    if (command === "create") await create(database);
    else if (command === "revoke") await revoke(database, argument);
    else await list(database);
  } finally {
    await database.$disconnect();
  }
}

await main();
