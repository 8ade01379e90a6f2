// A PostgreSQL server of the test's own (Debian's binaries, a temporary data
// directory, a free port), so a test can restart it, even crash it, without
// touching the server the other test files share. Runs as the postgres user
// when the tests run as root (initdb refuses root).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The newest installed PostgreSQL's bin directory, or undefined. */
export function postgresBinaries(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface PrivatePostgres {
  url: string;
  /** "immediate" is a crash (recovery from the WAL on start); "fast" a clean shutdown that cuts every session. */
  restart(mode: "immediate" | "fast"): Promise<void>;
  stop(): Promise<void>;
}

/** A fresh server (initdb, which also lets 127.0.0.1 connect for replication), or a hot standby of `primaryUrl`. */
export async function startPrivatePostgres(
  options: { standbyOf?: string; fsync?: boolean; maxConnections?: number } = {},
): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("no PostgreSQL binaries under /usr/lib/postgresql");
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(tmpdir(), "lindung-pg-"));
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    await chown(dir, Number(stdout), Number(gid));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);
  const port = await freePort();
  const data = path.join(dir, "data");
  if (options.standbyOf) {
    // A streaming replica: the primary's files as of now, then its WAL as it comes (-R writes the standby settings).
    const primary = new URL(options.standbyOf);
    await pg("pg_basebackup", [
      "-h",
      primary.hostname,
      "-p",
      primary.port,
      "-U",
      "postgres",
      "-D",
      data,
      "-R",
      "-X",
      "stream",
      "--checkpoint=fast",
      "--no-sync",
    ]);
  } else {
    await pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  }
  // fsync off where the test is not about durability: each of the migrations' commits would wait for the disk.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${options.maxConnections ?? 50}${options.fsync === false ? " -c fsync=off" : ""}`;
  await pg("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", serverOptions, "-w", "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async restart(mode) {
      await pg("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-m", mode, "-o", serverOptions, "-w", "restart"]);
    },
    async stop() {
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
