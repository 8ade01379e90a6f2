// A separate process that confirms a checked import, for the failure test
// that kills it halfway (tests/integration/failures.test.ts).
import { createPrismaClient } from "../../lib/db/prisma";
import { SAVE_TRANSACTION, saveCheckedImport } from "../../lib/worker-import/batch";

const [url, batchId, branchId, userId] = process.argv.slice(2);
const database = createPrismaClient(url!, 1);
// One transaction, as the action's: killed before it commits, it leaves nothing behind.
const result = await database.$transaction(
  (tx) => saveCheckedImport(tx, batchId!, { branchId: branchId! }, { userId: userId!, role: "BANK_OFFICER" }),
  SAVE_TRANSACTION,
);
console.log(JSON.stringify(result));
await database.$disconnect();
