// The rollup triggers are written readably in ./rollups.sql, with $$-quoted
// function bodies. @prisma/adapter-pg applies a migration by splitting it on
// every ";" (executeScript), which cuts a plpgsql body apart, so the copy in
// the stats_rollups migration quotes each body as an E'' string with its
// semicolons escaped. tests/integration/stats.test.ts checks the two agree.
// Each source is the history of one migration and never changes once applied:
// ./rollups.sql (stats_rollups), then ./bjb-rollups.sql (stats_bjb_officers),
// which replaced the company functions to count by business scale; and
// lib/db/audit-append-only.sql (audit_append_only).

/** `$$body$$` → `E'body'` with `\`, `'` and `;` escaped: the same function, no bare semicolon. */
export function splitSafeSql(source: string): string {
  const quoted = source.replace(/\$\$([\s\S]*?)\$\$/g, (_, body: string) => {
    const escaped = body.replaceAll("\\", "\\\\").replaceAll("'", "\\'").replaceAll(";", "\\x3b");
    return `E'${escaped}'`;
  });
  for (const line of quoted.split("\n")) {
    if (line.trimStart().startsWith("--") && line.includes(";")) {
      throw new Error(`a comment with ";" would be split into a statement: ${line}`);
    }
  }
  return quoted;
}

/** The part of a migration after the generated DDL, as applied. */
export const HAND_WRITTEN_MARKER = "-- Hand-written below this line";
