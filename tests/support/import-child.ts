// A separate process that confirms a checked import, for the failure test
// that kills it halfway (tests/integration/failures.test.ts).
import { createPrismaClient } from "../../lib/db/prisma";
import { saveCheckedImport } from "../../lib/worker-import/batch";

const [url, batchId, branchId, userId] = process.argv.slice(2);
const database = createPrismaClient(url!, 1);
const result = await saveCheckedImport(database, batchId!, { branchId: branchId! }, { userId: userId!, role: "BANK_OFFICER" });
console.log(JSON.stringify(result));
await database.$disconnect();
