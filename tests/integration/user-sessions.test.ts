// Sessions that end (issue 15): the JWT names a session kept in PostgreSQL;
// signing out, a password reset or idleness (staff) ends it on the server.
import { describe, expect, it } from "vitest";
import { endSession, endUserSessions, IDLE_MINUTES, openSession, touchSession } from "../../lib/auth/user-sessions";
import { setupTestDatabase } from "../support/database";
import { createBranch, createOfficer } from "../support/records";

const t = setupTestDatabase();
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe("server-side sessions", () => {
  it("end when signed out: the same JWT (a copied cookie) is refused afterwards", async () => {
    const officer = await createOfficer(t.db, (await createBranch(t.db)).id);
    const id = await openSession(t.db, officer.id, { ip: "192.0.2.5", userAgent: "vitest" });
    expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER")).not.toBeNull();
    await endSession(t.db, id, "SIGN_OUT");
    expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER")).toBeNull();
    expect(await t.db.userSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ endReason: "SIGN_OUT", ip: "192.0.2.5" });
    // No session id (a JWT from before), or another user's: refused.
    expect(await touchSession(t.db, undefined, officer.id, "BANK_OFFICER")).toBeNull();
    const other = await createOfficer(t.db, (await createBranch(t.db)).id);
    const theirs = await openSession(t.db, other.id, {});
    expect(await touchSession(t.db, theirs, officer.id, "BANK_OFFICER")).toBeNull();
  });

  it(`sign staff out after ${IDLE_MINUTES} minutes without a request, not workers; a request keeps a session alive`, async () => {
    const officer = await createOfficer(t.db, (await createBranch(t.db)).id);
    const start = new Date();
    const id = await openSession(t.db, officer.id, {}, start);
    // Requests every 20 minutes keep it alive (each moves lastSeenAt on).
    expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER", minutes(start, 20))).not.toBeNull();
    expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER", minutes(start, 40))).not.toBeNull();
    // Then 31 minutes of nothing: over, and stays over.
    expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER", minutes(start, 71))).toBeNull();
    expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER", minutes(start, 72))).toBeNull();
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id } })).endReason).toBe("IDLE");

    const worker = await t.db.user.create({ data: { role: "WORKER", name: "Pekerja", passwordHash: "x" } });
    const workerSession = await openSession(t.db, worker.id, {}, start);
    expect(await touchSession(t.db, workerSession, worker.id, "WORKER", minutes(start, 120))).not.toBeNull();
  });

  it("end all at once for a password reset or a deactivation", async () => {
    const officer = await createOfficer(t.db, (await createBranch(t.db)).id);
    const phone = await openSession(t.db, officer.id, {});
    const desk = await openSession(t.db, officer.id, {});
    expect((await endUserSessions(t.db, officer.id, "DEACTIVATED")).count).toBe(2);
    for (const id of [phone, desk]) expect(await touchSession(t.db, id, officer.id, "BANK_OFFICER")).toBeNull();
  });
});
