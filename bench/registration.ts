// How fast one BPU self-registration is written (validate → limit → hash → one
// transaction), sequentially and with 8 at once. `npm run bench:registration`.
// Budget (docs/benchmarks.md): p95 ≤ 300 ms at concurrency 8 on the 2-core machine.
import { bpuSelfRegistration } from "../lib/bpu-registration/register";
import { runAs, succeeded } from "../tests/support/actions";
import { registrationForm } from "../tests/support/factories";
import { benchDatabase, measure } from "./support";

const bench = await benchDatabase();
// The whole server action: permission, schema, abuse limit (a new address each time), hash, transaction.
const register = async () => succeeded(await runAs(bench.db, bpuSelfRegistration, registrationForm()));

await measure(20, 4, register); // warm-up: connections, wasm, JIT
const rows = [await measure(200, 1, register), await measure(400, 8, register)];
console.log(`registration on ${bench.kind}`);
console.table(rows);
await bench.close();
