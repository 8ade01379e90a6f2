import type { Db } from "../db/prisma";

/** A worker's own record with their bills: the only participant a WORKER session may read. */
export function ownParticipant(database: Db, participantId: string) {
  return database.participant.findUnique({
    where: { id: participantId },
    include: { bills: { orderBy: { periodStart: "desc" }, take: 24 } },
  });
}

export type OwnParticipant = NonNullable<Awaited<ReturnType<typeof ownParticipant>>>;
