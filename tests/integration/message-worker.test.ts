// Issue 13: messages reach people through the job queue, exactly once as the
// recipient sees them, even when a worker dies in the middle of its work.
// Two real worker processes (`npm run worker`'s script) deliver e-mail to a
// real SMTP server the test runs (smtp-server); one is killed mid-batch.
import { type ChildProcess, spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queueMessages } from "../../lib/messages/outbox";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();
const MESSAGES = 60;

/** What the SMTP server accepted, in order: each message's Message-ID header and recipient. */
const received: { messageId: string; to: string }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        // A slow server, so that a worker is killed with messages in hand.
        setTimeout(() => {
          const messageId = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? "";
          received.push({ messageId, to: session.envelope.rcptTo[0]?.address ?? "" });
          callback();
        }, 120);
      });
    },
  });
  // The killed worker's connections reset: smtp-server reports that as an "error" event, which unheard would end
  // the test run as an uncaught exception (CI saw it: every test passed, the run failed).
  smtp.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

function startWorker(name: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      LOG_LEVEL: "warn",
      WORKER_CONCURRENCY: "4",
      // A dead worker's jobs go back to the queue after 5 s, looked for every second.
      WORKER_EXPIRE_SECONDS: "5",
      // …and are retried a second later (an expired job counts as a failed attempt: 30 s, then doubling, otherwise).
      WORKER_RETRY_DELAY_SECONDS: "1",
      WORKER_MAINTENANCE_SECONDS: "1",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => process.env.VERBOSE && process.stderr.write(`[${name}] ${chunk}`));
  return child;
}

async function waitUntil(check: () => Promise<boolean> | boolean, seconds: number, what: string) {
  for (let i = 0; i < seconds * 10; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}

describe("the message worker", () => {
  it("delivers every message once as the recipient sees it, with one of two workers killed in the middle", async () => {
    await t.db.$transaction((tx) =>
      queueMessages(
        tx,
        Array.from({ length: MESSAGES }, (_, i) => ({
          template: "reviewApproved" as const,
          about: `worker-test-${i}`,
          to: { email: `peserta${i}@contoh.test` },
          params: { kpj: String(26_000_000_000 + i) },
        })),
      ),
    );
    const ids = (await t.db.message.findMany({ select: { id: true } })).map((m) => m.id);
    expect(ids).toHaveLength(MESSAGES);

    const started = performance.now();
    const doomed = startWorker("worker-a");
    const survivor = startWorker("worker-b");
    try {
      await waitUntil(() => received.length >= 15, 60, "the first messages");
      doomed.kill("SIGKILL");
      const sent = () => t.db.message.count({ where: { status: "SENT" } });
      await waitUntil(async () => (await sent()) === MESSAGES, 90, "every message sent");
      console.log(
        `message worker: ${MESSAGES} messages, ${received.length} SMTP deliveries in ${Math.round(performance.now() - started)} ms`,
      );
    } finally {
      doomed.kill("SIGKILL");
      if (survivor.exitCode === null) {
        const exited = new Promise((resolve) => survivor.once("exit", resolve));
        survivor.kill("SIGTERM");
        await exited;
      }
    }

    // Every message arrived, to its own recipient, under its own Message-ID.
    const byId = new Map<string, string[]>();
    for (const { messageId, to } of received) byId.set(messageId, [...(byId.get(messageId) ?? []), to]);
    expect([...byId.keys()].sort()).toEqual(ids.map((id) => `<${id}@lindung>`).sort());
    const messages = await t.db.message.findMany({ select: { id: true, recipient: true, attempts: true } });
    for (const message of messages) expect(byId.get(`<${message.id}@lindung>`)?.[0]).toBe(message.recipient);
    // A mail store keeps one copy per Message-ID. Sent again, it can only be a message the killed worker had in
    // hand (accepted by the server, not yet recorded): at most the four it sends at once.
    expect(received.length - byId.size).toBeLessThanOrEqual(4);
    // Each delivery is in the audit trail, without the address.
    const audits = await t.db.auditLog.findMany({ where: { action: "message.sent" } });
    expect(audits).toHaveLength(MESSAGES);
    expect(JSON.stringify(audits.map((audit) => audit.after))).not.toContain("@contoh.test");
  }, 180_000);
});
