// How fast one BPU self-registration is written (validate → hash → one
// transaction), sequentially and with 8 at once. `npm run bench:registration`.
// Budget (docs/benchmarks.md): p95 ≤ 300 ms at concurrency 8 on the 2-core machine.
import { submitRegistration } from "../lib/bpu-registration/submit";
import { registrationForm, toFormData } from "../tests/support/factories";
import { benchDatabase, measure } from "./support";

const bench = await benchDatabase();
const actor = { userAgent: "bench" };
const register = () => submitRegistration(bench.db, toFormData(registrationForm()), actor);

await measure(20, 4, register); // warm-up: connections, wasm, JIT
const rows = [await measure(200, 1, register), await measure(400, 8, register)];
console.log(`registration on ${bench.kind}`);
console.table(rows);
await bench.close();
