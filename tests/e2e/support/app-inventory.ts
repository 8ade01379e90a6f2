// What the app exposes and the permission each part declares, read from the
// source tree (and the build, for server action ids), so the authorization
// matrix is generated from lib/auth/permissions.ts and cannot silently miss a
// page, route or action. Plain Node: the unit tests read it too.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Authentication = "none" | "apiKey" | "apiKeyOrSession" | "signature" | "session";

export interface Target {
  kind: "page" | "route" | "action";
  /** The URL pattern ("(group)" folders dropped), or a server action's exported name. */
  target: string;
  /** The permission it declares; undefined when it declares none (a defect the tests report). */
  permission: string | undefined;
  /** How a caller proves who it is: the portal session, or (for /api/v1) what its endpoint says. */
  authentication: Authentication;
  file: string;
  /** A server action's arguments as React passes them: (formData) for a plain form action, (state, formData) for useActionState. */
  arity?: 1 | 2;
}

const read = (file: string) => readFileSync(file, "utf8");

/** `import { a, b as c } from "./x"` → name → resolved file. */
function importsOf(file: string): Map<string, string> {
  const imports = new Map<string, string>();
  for (const [, names, from] of read(file).matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    const base = from.startsWith("@/") ? from.slice(2) : from.startsWith(".") ? path.join(path.dirname(file), from) : null;
    const resolved = base && [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate));
    if (!resolved) continue;
    for (const name of names.split(",")) {
      const [imported, local] = name.trim().split(/\s+as\s+/);
      if (imported) imports.set((local ?? imported).trim(), resolved);
    }
  }
  return imports;
}

/** A definition's `permission` (and `authentication`), where `export const name = defineAction({` or `apiEndpoint({` is written. */
function definitionOf(file: string, name: string): { permission?: string; authentication?: string } {
  const source = read(file);
  const start = source.search(new RegExp(`export const ${name}\\s*=\\s*(defineAction|apiEndpoint)\\(\\{`));
  if (start < 0) return {};
  const body = source.slice(start, start + 2000);
  const authentication = /authentication:\s*(?:"(\w+)"|(\w+))/.exec(body);
  return {
    permission: /permission:\s*"([\w.]+)"/.exec(body)?.[1],
    authentication: authentication ? (authentication[1] ?? "signature") : undefined,
  };
}

/** The definition a binding (`serverAction(x)`, `nextEndpoint(x)`) in `file` wraps. */
function boundDefinition(file: string, local: string) {
  const imports = importsOf(file);
  const from = imports.get(local);
  return from ? definitionOf(from, local) : definitionOf(file, local);
}

function walk(dir: string, visit: (file: string) => void) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

/** Every page and route handler under app/ with its declared permission. */
export function appTargets(root = "app"): Target[] {
  const targets: Target[] = [];
  walk(root, (file) => {
    const name = path.basename(file);
    if (!/^(page|route)\.tsx?$/.test(name)) return;
    const segments = path
      .relative(root, path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s));
    const source = read(file);
    const declared = new Set([...source.matchAll(/(?:authorize|publicRoute)\("([\w.]+)"/g)].map((m) => m[1]));
    const endpoint = /nextEndpoint\((\w+)\)/.exec(source);
    const definition = endpoint ? boundDefinition(file, endpoint[1]!) : {};
    const permissions = [...declared, ...(definition.permission ? [definition.permission] : [])];
    targets.push({
      kind: name.startsWith("page") ? "page" : "route",
      target: `/${segments.join("/")}`,
      // Two different permissions in one file is no declaration either.
      permission: permissions.length === 1 ? permissions[0] : undefined,
      authentication: endpoint ? ((definition.authentication ?? "none") as Authentication) : "session",
      file,
    });
  });
  return targets;
}

/** Every server action: the exports of "use server" files, each `serverAction(definition)` or `serverFormAction(definition)`. */
export function actionTargets(root = "lib"): Target[] {
  const targets: Target[] = [];
  walk(root, (file) => {
    if (!/\.tsx?$/.test(file)) return;
    const source = read(file);
    if (!/^"use server";/.test(source)) return;
    for (const [, exported, form, local] of source.matchAll(/export const (\w+)\s*=\s*server(Form)?Action\((\w+)\)/g)) {
      const { permission } = boundDefinition(file, local!);
      targets.push({ kind: "action", target: exported!, permission, authentication: "session", file, arity: form ? 1 : 2 });
    }
    // Anything else a "use server" file exports is an action too, and declares nothing.
    for (const [, exported] of source.matchAll(/export (?:async )?function (\w+)/g)) {
      targets.push({ kind: "action", target: exported!, permission: undefined, authentication: "session", file });
    }
  });
  return targets;
}

/**
 * Server actions in the production build, by exported name: their ids. (How
 * many arguments each takes is read from the source, actionTargets: an action
 * made by a call, serverAction(definition), has no arity in its id.)
 */
export function serverActions(manifest = ".next/server/server-reference-manifest.json"): Map<string, string> {
  const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { node: Record<string, { exportedName: string }> };
  return new Map(Object.entries(parsed.node).map(([id, action]) => [action.exportedName, id]));
}
