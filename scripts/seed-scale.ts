// `npm run seed:scale [-- --scale 10] [--database-url URL] [--batch N]`:
// the Banten-sized dataset of issue 5 in a FRESH database
// (docs/decisions/0009-scale-seed.md). Database, first that applies:
//   --database-url URL, else DATABASE_URL: that database (it must hold no participants);
//   TEST_DATABASE_URL: a new database on that server (its name is printed);
//   otherwise the embedded PostgreSQL in .data/pg (slow at this size).
import { randomBytes } from "node:crypto";
import net from "node:net";
import { parseArgs } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/schema-engine";
import { NotFreshError, seedScale } from "../lib/scale/generate";
import { scaleTargets } from "../lib/scale/targets";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    "database-url": { type: "string" },
    batch: { type: "string" },
  },
});
const scale = Number(values.scale);
const targets = scaleTargets(scale);

const EMBEDDED_PORT = 54329;
const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

async function newServerDatabase(serverUrl: string) {
  const name = `lindung_scale_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let embedded: EmbeddedPostgres | undefined;
let url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url && process.env.TEST_DATABASE_URL) {
  url = await newServerDatabase(process.env.TEST_DATABASE_URL);
  console.log(`created ${new URL(url).pathname.slice(1)} on TEST_DATABASE_URL's server`);
}
if (!url) {
  console.warn(
    "No DATABASE_URL: using the embedded PostgreSQL in .data/pg. It is single-threaded and far slower than a server at this size.",
  );
  if (await portInUse(EMBEDDED_PORT)) {
    url = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres?sslmode=disable`;
    console.warn(`(the app's embedded server is already running on port ${EMBEDDED_PORT}: using it)`);
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/pg", port: EMBEDDED_PORT });
    url = embedded.url;
  }
}

console.log(
  `seed:scale ×${scale}: ${targets.participants.toLocaleString("en")} participants (${targets.PU.toLocaleString("en")} PU, ` +
    `${targets.BPU.toLocaleString("en")} BPU, ${targets.JAKON.toLocaleString("en")} Jakon), ` +
    `${targets.activeCompanies.toLocaleString("en")} active companies as of 2016-12-31`,
);
try {
  const applied = await applyMigrations(url);
  if (applied.length > 0) console.log(`applied ${applied.length} migrations`);
  const result = await seedScale(url, {
    scale,
    batchSize: values.batch ? Number(values.batch) : undefined,
    log: (line) => console.log(line),
  });
  console.log(`done in ${result.seconds.total} s`);
  console.table(result.seconds);
  console.log(`database: ${url.replace(/\/\/[^@]*@/, "//…@")}`);
} catch (error) {
  if (error instanceof NotFreshError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    throw error;
  }
} finally {
  await embedded?.stop();
}
