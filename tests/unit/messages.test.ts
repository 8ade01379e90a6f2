import { describe, expect, it } from "vitest";
import { BROWSER_NAMESPACES, pickMessages } from "../../lib/i18n/browser-messages";
import { loadMessages } from "../../lib/i18n/messages";

const keys = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe("message files", () => {
  it("have the same keys in Bahasa Indonesia and English", async () => {
    const [id, en] = await Promise.all([loadMessages("id"), loadMessages("en")]);
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("cover every error key a schema can return", async () => {
    const id = await loadMessages("id");
    const { readFile, readdir } = await import("node:fs/promises");
    const files = (await readdir("lib", { recursive: true })).filter((f) => f.endsWith(".ts"));
    const sources = await Promise.all(files.map((f) => readFile(`lib/${f}`, "utf8")));
    const used = sources.flatMap((source) => [...source.matchAll(/"(errors\.[a-zA-Z_.]+)"/g)].map((m) => m[1]));
    const nikErrors = (await import("../../lib/domain/nik")).NIK_ERRORS.map((e) => `errors.nik.${e}`);
    const known = new Set(keys(id));
    expect([...used, ...nikErrors].filter((key) => !known.has(key))).toEqual([]);
  });

  it("ship to the browser only the namespaces an area lists, each of which exists", async () => {
    const id = await loadMessages("id");
    for (const [area, namespaces] of Object.entries(BROWSER_NAMESPACES)) {
      expect(
        namespaces.filter((ns) => !(ns in id)),
        area,
      ).toEqual([]);
      expect(Object.keys(pickMessages(id, area as keyof typeof BROWSER_NAMESPACES)).sort()).toEqual([...namespaces].sort());
    }
    // A worker's pages never carry the officer's or the staff's texts.
    expect(Object.keys(pickMessages(id, "registration"))).not.toContain("officer");
    expect(Object.keys(pickMessages(id, "everywhere"))).not.toContain("staff");
  });
});
