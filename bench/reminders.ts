// Budget (issue 13): reminders for 60,000 BPU participants (Banten had 59,050
// at the end of 2016) enqueued by the daily notices job and delivered by two
// worker processes (`npm run worker`'s script) to a local SMTP server and a
// text-gateway stub in ≤ 5 minutes on 2 cores, none twice; the enqueue ≤ 30 s.
//   npm run bench:reminders [-- --participants N --concurrency N]
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { SMTPServer } from "smtp-server";
import { addMonths, dateColumn, periodOf, periodStartDate } from "../lib/domain/billing-period";
import { formatVirtualAccount } from "../lib/domain/virtual-account";
import { jakartaDate } from "../lib/domain/time";
import { queueDailyNotices, REMINDER_DAYS_BEFORE } from "../lib/messages/notices";
import { benchDatabase } from "./support";

const { values } = parseArgs({
  options: {
    participants: { type: "string", default: "60000" },
    concurrency: { type: "string", default: "32" },
    // Measure the enqueue alone (profiling it).
    "enqueue-only": { type: "boolean", default: false },
  },
});
const PARTICIPANTS = Number(values.participants);
/** One in three also gave an e-mail address: their reminder goes both ways. */
const WITH_EMAIL_EVERY = 3;

const bench = await benchDatabase();
const { db } = bench;

// Yesterday at 08:00 WIB: the notices job's hour, already past, so nothing waits for quiet hours to end.
const now = new Date(`${jakartaDate(new Date(Date.now() - 86_400_000))}T08:00:00+07:00`);
const dueDate = jakartaDate(new Date(now.getTime() + REMINDER_DAYS_BEFORE * 86_400_000));
// Issued the month before (its new-bill notice went then): today brings only the reminder.
const period = periodStartDate(addMonths(periodOf(dueDate), -1));

const seedStarted = performance.now();
const BATCH = 5_000;
for (let start = 0; start < PARTICIPANTS; start += BATCH) {
  const rows = Array.from({ length: Math.min(BATCH, PARTICIPANTS - start) }, (_, k) => {
    const i = start + k;
    return {
      kpj: String(30_000_000_000 + i),
      nik: `3673${String(i).padStart(12, "0")}`,
      name: `Peserta ${i}`,
      birthDate: new Date("1990-01-01"),
      gender: "F" as const,
      phone: `+62812${String(i).padStart(8, "0")}`,
      email: i % WITH_EMAIL_EVERY === 0 ? `peserta${i}@contoh.test` : null,
      category: "BPU" as const,
      status: "ACTIVE" as const,
      channel: "SELF" as const,
      regencyCode: "3673",
      programs: ["JKK" as const, "JKM" as const],
      createdAt: new Date("2026-01-10T03:00:00Z"),
    };
  });
  await db.participant.createMany({ data: rows });
  const ids = await db.participant.findMany({ where: { kpj: { in: rows.map((r) => r.kpj) } }, select: { id: true, kpj: true } });
  await db.bill.createMany({
    data: ids.map(({ id, kpj }) => ({
      billingKey: `BENCH:${id}`,
      category: "BPU" as const,
      participantId: id,
      periodStart: dateColumn(period),
      periodMonths: 1,
      dueDate: dateColumn(dueDate),
      total: 16_800n,
      virtualAccount: formatVirtualAccount(BigInt(kpj) - 29_000_000_000n),
    })),
  });
}
console.log(`seeded ${PARTICIPANTS} BPU participants with a bill due ${dueDate} in ${Math.round(performance.now() - seedStarted)} ms`);

// The receiving end: a local SMTP server and a text gateway, counting what each message id brought.
const emails = new Map<string, number>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    stream.on("end", () => {
      const id = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? "";
      emails.set(id, (emails.get(id) ?? 0) + 1);
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
const texts = new Map<string, number>();
const gateway = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const key = String(request.headers["idempotency-key"]);
    texts.set(key, (texts.get(key) ?? 0) + 1);
    response.writeHead(202, { "Content-Type": "application/json" }).end(JSON.stringify({ id: `gw-${key}` }));
  });
});
await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));

const enqueueStarted = performance.now();
const counts = await queueDailyNotices(db, now);
const enqueueMs = Math.round(performance.now() - enqueueStarted);
const total = await db.message.count();
console.log(`enqueue: ${counts.reminders} reminders (+${counts.billIssued} new-bill notices), ${total} messages in ${enqueueMs} ms`);
if (values["enqueue-only"]) {
  smtp.close();
  gateway.close();
  await bench.close();
  process.exit(0);
}

const workers: ChildProcess[] = ["a", "b"].map(() =>
  spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: bench.url,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      TEXT_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`,
      TEXT_GATEWAY_TOKEN: "bench",
      LOG_LEVEL: "error",
      WORKER_CONCURRENCY: values.concurrency,
    },
    stdio: ["ignore", "ignore", "inherit"],
  }),
);
const deliverStarted = performance.now();
let sent = 0;
while (sent < total) {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  sent = await db.message.count({ where: { status: "SENT" } });
  const failed = await db.message.count({ where: { status: "FAILED" } });
  if (failed) throw new Error(`${failed} messages failed`);
  if (performance.now() - deliverStarted > 15 * 60_000) throw new Error(`only ${sent} of ${total} sent after 15 minutes`);
}
const deliverMs = Math.round(performance.now() - deliverStarted);
for (const worker of workers) worker.kill("SIGTERM");
await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once("exit", resolve))));

const twice = [...emails.values(), ...texts.values()].filter((n) => n > 1).length;
console.log(
  `delivered ${total} messages (${emails.size} e-mails, ${texts.size} texts) with 2 workers × ${values.concurrency} in ${(deliverMs / 1000).toFixed(1)} s ` +
    `(${Math.round(total / (deliverMs / 1000))}/s); delivered twice: ${twice}`,
);
console.table({
  "enqueue (budget 30 s)": `${(enqueueMs / 1000).toFixed(1)} s`,
  "deliver (budget 300 s)": `${(deliverMs / 1000).toFixed(1)} s`,
  "enqueue + deliver": `${((enqueueMs + deliverMs) / 1000).toFixed(1)} s`,
  "delivered twice": twice,
});
smtp.close();
gateway.close();
await bench.close();
process.exit(0);
