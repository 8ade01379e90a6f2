import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migratedSnapshot, prepareServerTemplate } from "../../lib/db/test-databases";

// Runs once per `vitest run`: migrate once, clone per test file.
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await prepareServerTemplate(serverUrl);
    project.provide("database", { kind: "server", serverUrl });
    return;
  }
  const file = path.join(os.tmpdir(), `lindung-snapshot-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await (await migratedSnapshot()).arrayBuffer()));
  project.provide("database", { kind: "embedded", snapshotFile: file });
}

declare module "vitest" {
  export interface ProvidedContext {
    database: { kind: "server"; serverUrl: string } | { kind: "embedded"; snapshotFile: string };
  }
}
