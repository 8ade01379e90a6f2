// What every phase works with: the plan, the connection, and statements run
// one at a time (each in its own implicit transaction, as the app's would be).
import type pg from "pg";
import type { Range } from "./plan";
import type { ScaleTargets } from "./targets";

export type SeedContext = {
  targets: ScaleTargets;
  ranges: Range[];
  companies: number;
  projects: number;
  /** Rows per INSERT statement. */
  batch: number;
  log: (line: string) => void;
  /** Runs one statement; its row count. */
  q: (sql: string, params?: unknown[]) => Promise<number>;
  /** The single value of a `SELECT count(*) …`, as a number. */
  count: (sql: string) => Promise<number>;
  /** Runs `statement(lo, hi)` over 1..total in batches, printing progress; the rows inserted. */
  batched: (label: string, total: number, size: number, statement: (lo: number, hi: number) => string) => Promise<number>;
};

export function seedContext(
  client: pg.Client,
  plan: Pick<SeedContext, "targets" | "ranges" | "companies" | "projects" | "batch" | "log">,
): SeedContext {
  const { log } = plan;
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rowCount ?? 0;
  const count = async (sql: string) => {
    const [row] = (await client.query<Record<string, string>>(sql)).rows;
    return Number(Object.values(row)[0]);
  };
  const batched = async (label: string, total: number, size: number, statement: (lo: number, hi: number) => string) => {
    let inserted = 0;
    const t0 = performance.now();
    for (let lo = 1; lo <= total; lo += size) {
      const hi = Math.min(total, lo + size - 1);
      inserted += await q(statement(lo, hi));
      const elapsed = (performance.now() - t0) / 1000;
      log(`  ${label} ${hi.toLocaleString("en")}/${total.toLocaleString("en")} (${elapsed.toFixed(1)} s)`);
    }
    return inserted;
  };
  return { ...plan, q, count, batched };
}
