// The layout a newcomer relies on (docs/decisions/0012-actions-and-permissions.md),
// checked by reading the imports: no cycle between lib/ folders, lib/domain
// free of everything else, and no `as unknown as` (stored JSON is parsed).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The lib/ folder a lib file belongs to ("lib/env.ts" → "lib"), or undefined outside lib/. */
function folderOf(file: string): string | undefined {
  const parts = path.relative("lib", file).split(path.sep);
  if (parts[0] === ".." || path.isAbsolute(parts[0]!)) return undefined;
  return parts.length === 1 ? "lib" : parts[0];
}

/** The files a file imports (relative and "@/" imports, type imports included: they couple folders too). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].flatMap(([, specifier]) => {
    if (specifier!.startsWith("@/")) return [specifier!.slice(2)];
    if (specifier!.startsWith(".")) return [path.join(path.dirname(file), specifier!)];
    return [];
  });
}

const LIB = sourceFiles("lib");

const FRAMEWORK = /^(next|next-auth|next-intl|react|react-dom|server-only|pg|@prisma\/.*|@electric-sql\/.*)(\/|$)/;

/** lib folder → the lib folders it imports. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of LIB) {
    const from = folderOf(file)!;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

describe("the layout of lib/", () => {
  it("has no cycle between folders", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(20);
    const found = cycles(graph);
    // Name the imports that close each cycle, so the failure says where to look.
    const detail = found.map((component) =>
      LIB.filter((file) => component.includes(folderOf(file)!))
        .flatMap((file) =>
          importsOf(file)
            .filter((target) => component.includes(folderOf(target) ?? "") && folderOf(target) !== folderOf(file))
            .map((target) => `${file} → ${target}`),
        )
        .join("\n"),
    );
    expect(detail).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("keeps lib/domain free of the framework, the database and the rest of lib", () => {
    const outside = LIB.filter((file) => folderOf(file) === "domain").flatMap((file) => {
      const source = readFileSync(file, "utf8");
      // Libraries that are rules themselves (zod, libphonenumber-js's numbering plans) are fine; the framework,
      // the database and the request are not.
      const packages = [...source.matchAll(/from\s*["']([^"']+)["']/g)].map((m) => m[1]!).filter((name) => FRAMEWORK.test(name));
      const libImports = importsOf(file).filter((target) => folderOf(target) !== "domain");
      return [...packages, ...libImports].map((name) => `${file} → ${name}`);
    });
    expect(outside).toEqual([]);
  });

  it("reads nothing back with `as unknown as`", () => {
    const files = ["app", "lib", "components"].flatMap(sourceFiles);
    const casts = files.filter((file) => /\bas unknown as\b/.test(readFileSync(file, "utf8").replace(/\/\/.*$/gm, "")));
    expect(casts).toEqual([]);
  });
});
