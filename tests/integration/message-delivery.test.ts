// Delivering one message (lib/messages/deliver.ts) and the text gateway's
// contract (lib/messages/channels/text-gateway.ts) against a local HTTP server
// that answers as a provider does: accepted, rate-limited, down, refusing, slow.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchOutbox } from "../../lib/jobs/dispatch";
import { QUEUES } from "../../lib/jobs/queues";
import { PermanentFailure, type Sender, TemporaryFailure } from "../../lib/messages/channels/sender";
import { textGatewaySender } from "../../lib/messages/channels/text-gateway";
import { deliverMessage, deliverMessages, MAX_ATTEMPTS } from "../../lib/messages/deliver";
import { deliveryStatus } from "../../lib/jobs/delivery-status";
import { queueMessages } from "../../lib/messages/outbox";
import { setupTestDatabase } from "../support/database";

const t = setupTestDatabase();
let serial = 0;

async function queued(to: { email?: string; phone?: string }, now = new Date("2026-12-02T03:00:00Z")) {
  const about = `delivery-${++serial}`;
  await t.db.$transaction((tx) => queueMessages(tx, [{ template: "reviewApproved", about, to, params: { kpj: "26000000001" } }], now));
  return t.db.message.findMany({ where: { idempotencyKey: { startsWith: `reviewApproved:${about}:` } }, orderBy: { channel: "asc" } });
}

const failing = (error: Error): Sender => ({
  send: async () => {
    throw error;
  },
});

describe("the outbox", () => {
  it("queues one message per channel the person has, once, with texts held through the night", async () => {
    const night = new Date("2026-12-02T15:00:00Z"); // 22:00 WIB
    const messages = await queued({ email: "sari@contoh.test", phone: "+6281234567890" }, night);
    expect(messages.map((m) => [m.channel, m.notBefore.toISOString()])).toEqual([
      ["EMAIL", night.toISOString()],
      ["SMS", "2026-12-03T00:00:00.000Z"], // 07:00 WIB
    ]);
    // The same message again (a retried transaction): nothing new.
    const again = await t.db.$transaction((tx) =>
      queueMessages(tx, [
        { template: "reviewApproved", about: `delivery-${serial}`, to: { email: "sari@contoh.test" }, params: { kpj: "1" } },
      ]),
    );
    expect(again).toBe(0);
  });
});

describe("one-time codes", () => {
  it("go out at once, at night and past the day's cap, and are handed to the queue before anything else waiting", async () => {
    const night = new Date("2026-12-02T16:00:00Z"); // 23:00 WIB
    const participant = await t.db.participant.findFirst({ select: { id: true } });
    const draft = (template: "reviewApproved" | "oneTimeCode", about: string) => ({
      template,
      about,
      to: { phone: "+6281234500001" },
      participantId: participant?.id ?? null,
      params: { kpj: "26000000001", code: "123456", minutes: "5" },
    });
    await t.db.$transaction((tx) => queueMessages(tx, [draft("reviewApproved", "otp-before"), draft("oneTimeCode", "otp-1")], night));
    const [held, code] = await t.db.message.findMany({ where: { about: { in: ["otp-before", "otp-1"] } }, orderBy: { template: "desc" } });
    expect(held!.notBefore.toISOString()).toBe("2026-12-03T00:00:00.000Z"); // 07:00 WIB
    expect(code).toMatchObject({
      notBefore: night,
      body: "Kode Lindung Anda: 123456. Berlaku 5 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.",
    });

    await t.db.message.update({ where: { id: code!.id }, data: { status: "SENT", sentAt: night } });

    // In the morning, messages waiting since earlier and a new code: the code's job is fetched first.
    const morning = new Date("2026-12-03T01:00:00Z");
    await t.db.$transaction((tx) =>
      queueMessages(
        tx,
        [0, 1, 2].map((i) => draft("reviewApproved", `otp-bulk-${i}`)),
        new Date("2026-12-03T00:30:00Z"),
      ),
    );
    await t.db.$transaction((tx) => queueMessages(tx, [draft("oneTimeCode", "otp-2")], morning));
    const boss = new PgBoss({ connectionString: t.url, max: 2, schedule: false, supervise: false });
    await boss.start();
    try {
      await boss.createQueue(QUEUES.deliverMessage);
      expect(await dispatchOutbox(t.db, boss, morning)).toBeGreaterThanOrEqual(5); // the held one, three waiting, the code
      const [first] = await boss.fetch<{ messageId: string }>(QUEUES.deliverMessage);
      const otp = await t.db.message.findUniqueOrThrow({ where: { id: first!.data.messageId } });
      expect(otp.template).toBe("oneTimeCode");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});

describe("delivering a message", () => {
  it("sends once and records the provider's id; a second delivery of the same message sends nothing", async () => {
    const [message] = await queued({ email: "a@contoh.test" });
    const sent: string[] = [];
    const sender: Sender = { send: async (m) => (sent.push(m.id), { providerId: "smtp-1" }) };
    expect(await deliverMessage(t.db, message!.id, { EMAIL: sender })).toBe("sent");
    expect(await deliverMessage(t.db, message!.id, { EMAIL: sender })).toBe("done_before");
    expect(sent).toEqual([message!.id]);
    expect(await t.db.message.findUniqueOrThrow({ where: { id: message!.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      providerId: "smtp-1",
    });
  });

  it("retries temporary failures up to the last attempt, then fails; a permanent failure or a missing channel fails at once", async () => {
    const [temporary] = await queued({ email: "b@contoh.test" });
    const down = { EMAIL: failing(new TemporaryFailure("SMTP 421: busy")) };
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) expect(await deliverMessage(t.db, temporary!.id, down)).toBe("retry");
    expect(await deliverMessage(t.db, temporary!.id, down)).toBe("failed");
    expect(await t.db.message.findUniqueOrThrow({ where: { id: temporary!.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
      lastError: "SMTP 421: busy",
    });

    const [permanent] = await queued({ email: "c@contoh.test" });
    expect(await deliverMessage(t.db, permanent!.id, { EMAIL: failing(new PermanentFailure("SMTP 550: no such user")) })).toBe("failed");
    const [text] = await queued({ phone: "+6281200000001" });
    expect(await deliverMessage(t.db, text!.id, {})).toBe("failed");
    expect(await t.db.message.findUniqueOrThrow({ where: { id: text!.id } })).toMatchObject({
      status: "FAILED",
      lastError: "no SMS channel configured",
    });

    // An admin sees each failure with its reason, the recipient masked.
    const status = await deliveryStatus(t.db, new Date("2026-12-03T00:00:00Z"));
    expect(status.failed.map((m) => [m.recipient, m.lastError])).toEqual(
      expect.arrayContaining([
        ["b***@contoh.test", "SMTP 421: busy"],
        ["c***@contoh.test", "SMTP 550: no such user"],
        ["+62812*****001", "no SMS channel configured"],
      ]),
    );
    expect(status.counts).toContainEqual({ status: "FAILED", channel: "EMAIL", count: 2 });
  });

  it("several messages at once: each sent or kept for a retry on its own, in one transaction", async () => {
    const [a] = await queued({ email: "batch-a@contoh.test" });
    const [b] = await queued({ email: "batch-b@contoh.test" });
    const flaky: Sender = {
      send: async (message) => {
        if (message.recipient.startsWith("batch-b")) throw new TemporaryFailure("SMTP 451: try later");
        return { providerId: `ok-${message.id}` };
      },
    };
    const outcomes = await deliverMessages(t.db, [a!.id, b!.id, a!.id], { EMAIL: flaky });
    expect(Object.fromEntries(outcomes)).toEqual({ [a!.id]: "sent", [b!.id]: "retry" });
    expect(await t.db.message.findMany({ where: { id: { in: [a!.id, b!.id] } }, orderBy: { recipient: "asc" } })).toMatchObject([
      { status: "SENT", attempts: 1, providerId: `ok-${a!.id}`, lastError: null },
      { status: "QUEUED", attempts: 1, lastError: "SMTP 451: try later" },
    ]);
    expect(await t.db.auditLog.count({ where: { action: "message.sent", entityId: a!.id } })).toBe(1);
  });
});

describe("the text gateway adapter, against a gateway that behaves like a provider", () => {
  let server: Server;
  let url = "";
  const seen: { headers: Record<string, string | string[] | undefined>; body: unknown }[] = [];
  /** What the gateway does with the next request. */
  let behaviour: "accept" | "rate-limit" | "down" | "refuse" | "hang" = "accept";

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        seen.push({ headers: request.headers, body: JSON.parse(body) });
        if (behaviour === "hang") return; // never answers: the adapter's timeout ends it
        const answer = {
          accept: [202, { id: "gw-123" }],
          "rate-limit": [429, { error: "too many" }],
          down: [503, { error: "maintenance" }],
          refuse: [400, { error: "invalid number" }],
        }[behaviour] as [number, unknown];
        response.writeHead(answer[0], {
          "Content-Type": "application/json",
          ...(behaviour === "rate-limit" ? { "Retry-After": "30" } : {}),
        });
        response.end(JSON.stringify(answer[1]));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const message = {
    id: "0194e8a0-0000-7000-8000-000000000001",
    channel: "WHATSAPP" as const,
    recipient: "+6281234567890",
    subject: null,
    body: "Iuran diterima.",
  };

  it("posts the message with its idempotency key and returns the provider's id", async () => {
    behaviour = "accept";
    const gateway = textGatewaySender({ url, token: "rahasia" });
    expect(await gateway.send(message)).toEqual({ providerId: "gw-123" });
    expect(seen.at(-1)).toMatchObject({
      headers: { authorization: "Bearer rahasia", "idempotency-key": message.id },
      body: { channel: "whatsapp", to: "+6281234567890", text: "Iuran diterima.", reference: message.id },
    });
  });

  it("tells a rate limit, an outage and a timeout (try again) from a refusal (do not)", async () => {
    const gateway = textGatewaySender({ url, token: "rahasia" });
    behaviour = "rate-limit";
    await expect(gateway.send(message)).rejects.toMatchObject({ constructor: TemporaryFailure, retryAfterSeconds: 30 });
    behaviour = "down";
    await expect(gateway.send(message)).rejects.toBeInstanceOf(TemporaryFailure);
    behaviour = "refuse";
    await expect(gateway.send(message)).rejects.toBeInstanceOf(PermanentFailure);
    behaviour = "hang";
    const slow = textGatewaySender({ url, token: "rahasia", timeoutMs: 200 });
    await expect(slow.send(message)).rejects.toBeInstanceOf(TemporaryFailure);
    await expect(textGatewaySender({ url: "http://127.0.0.1:9/", token: "x" }).send(message)).rejects.toBeInstanceOf(TemporaryFailure);
  });
});
