// What the app exposes, read from the source tree and the build, so the
// authorization matrix cannot silently miss a new page, route or action.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every page and route handler under app/, as a URL pattern ("(group)" folders dropped). */
export function appRoutes(root = "app"): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        const segments = path.relative(root, dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        found.add(`/${segments.join("/")}`);
      }
    }
  };
  walk(root);
  return found;
}

/**
 * Server actions in the production build, by exported name: their id and how
 * many arguments they take (the id's first byte: bit 7 type, bits 6–1 one bit
 * per used argument, bit 0 rest arguments).
 */
export function serverActions(manifest = ".next/server/server-reference-manifest.json"): Map<string, { id: string; arity: number }> {
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { node: Record<string, { exportedName: string }> };
  return new Map(
    Object.entries(parsed.node).map(([id, action]) => {
      const mask = (Number.parseInt(id.slice(0, 2), 16) >> 1) & 0x3f;
      const arity = mask.toString(2).split("").filter((bit) => bit === "1").length;
      return [action.exportedName, { id, arity }];
    }),
  );
}
