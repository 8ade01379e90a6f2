-- ---------------------------------------------------------------------------
-- Hand-written below this line (docs/decisions/0008-dashboard-rollups.md).
-- bpu_paid_months runs once per person a billing batch pays (thousands per
-- statement). With 12M participants the planner's estimates for one person's
-- bills and lines grew past jit_above_cost (a bulk load leaves statistics that
-- give a person thousands of lines), so PostgreSQL compiled the lookup with
-- LLVM on every call (~25 ms each, against ~0.1 ms to run it) and planned two
-- parallel workers for it: the 12M seed's first BPU batch took 817-977 s instead
-- of ~25 s. One person's lookup is a handful of index rows: never compiled,
-- never parallel.
-- ---------------------------------------------------------------------------
ALTER FUNCTION "bpu_paid_months"(uuid, date) SET jit = off;
ALTER FUNCTION "bpu_paid_months"(uuid, date) SET max_parallel_workers_per_gather = 0;
