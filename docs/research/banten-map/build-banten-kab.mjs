#!/usr/bin/env node
// Builds banten-kab.json (simplified regency/city boundaries of Banten, province 36)
// from raw.sql, a verbatim copy of db/kab/wilayah_boundaries_kab_36.sql in
// github.com/cahyadsn/wilayah_boundaries (MIT, (c) 2025 cahya dsn; see NOTES.md).
//
// No dependencies. Usage:
//   node build-banten-kab.mjs [--tolerance-m=N] [--min-area-km2=N] [--max-bytes=N]
//                             [--exclude=panaitan,sangiang,...] [--mainland-only]
//                             [--out=FILE] [--dry-run]
//
// Output: { "<4-digit code>": { name, polygons: [ ring, ... ] }, ... }
//   ring = [[lng, lat], ...], closed (first == last), 4 decimals, counter-clockwise
//   (RFC 7946 exterior winding). The source has no holes, so each ring is one polygon.
//
// Steps: parse INSERTs -> swap [lat,lng] to [lng,lat] -> drop rings smaller than
// --min-area-km2 -> Douglas-Peucker per ring (tolerance in metres, measured in a
// local equirectangular projection; vertices shared by two or more regencies are
// kept, so borders that coincide in the source still coincide) -> round to 4
// decimals -> remove repeated points -> close ring -> CCW -> size check.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k, v ?? true];
  }),
);
const TOLERANCE_M = Number(args["tolerance-m"] ?? 60);
const MIN_AREA_KM2 = Number(args["min-area-km2"] ?? 0.1);
const MAX_BYTES = Number(args["max-bytes"] ?? 60_000);
const EXCLUDE = new Set(
  String(args.exclude ?? "")
    .split(",")
    .filter(Boolean)
    .map((s) => s.toLowerCase()),
);
const MAINLAND_ONLY = Boolean(args["mainland-only"]);
const OUT = args.out ? String(args.out) : join(here, "banten-kab.json");
const DECIMALS = 4;

// Islands identified by a point inside them ([lng, lat], from the source rings).
// All are Banten territory; --exclude=<name> drops one if a consumer wants it gone.
const KNOWN_ISLANDS = [
  { name: "panaitan", label: "Pulau Panaitan", code: "3601", at: [105.19, -6.6] },
  { name: "peucang", label: "Pulau Peucang", code: "3601", at: [105.258, -6.74] },
  { name: "deli", label: "Pulau Deli", code: "3601", at: [105.545, -7.006] },
  { name: "tinjil", label: "Pulau Tinjil", code: "3601", at: [105.8, -6.958] },
  { name: "sangiang", label: "Pulau Sangiang", code: "3604", at: [105.85, -5.96] },
  { name: "panjang", label: "Pulau Panjang (Teluk Banten)", code: "3604", at: [106.155, -5.932] },
  { name: "tunda", label: "Pulau Tunda", code: "3604", at: [106.275, -5.812] },
];

// ---------- parse ----------
const sql = readFileSync(join(here, "raw.sql"), "utf8");
const ROW = /\('(\d{2})\.(\d{2})','([^']+)',(-?[\d.]+),(-?[\d.]+),'(\[[^']*\])'\)/g;
const regions = [];
for (const m of sql.matchAll(ROW)) {
  const path = JSON.parse(m[6]);
  // Multipolygon [[[[lat,lng]]]] or polygon [[[lat,lng]]]; normalise to multipolygon.
  let depth = 0;
  for (let x = path; Array.isArray(x); x = x[0]) depth++;
  const multi = depth === 4 ? path : depth === 3 ? [path] : null;
  if (!multi) throw new Error(`unexpected nesting depth ${depth} for ${m[1]}.${m[2]}`);
  for (const poly of multi) if (poly.length !== 1) throw new Error(`${m[1]}.${m[2]}: polygon with holes not supported`);
  regions.push({
    code: m[1] + m[2],
    name: m[3],
    rings: multi.map((poly) => poly[0].map(([lat, lng]) => [lng, lat])),
  });
}
if (regions.length !== 8) throw new Error(`expected 8 regencies/cities, parsed ${regions.length}`);

// ---------- geometry helpers ----------
const KM_PER_DEG = 111.32;
const key = (p) => `${p[0]},${p[1]}`;
function toXYkm(ring, lat0) {
  const c = Math.cos((lat0 * Math.PI) / 180);
  return ring.map(([lng, lat]) => [lng * c * KM_PER_DEG, lat * KM_PER_DEG]);
}
function signedAreaDeg(ring) {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
}
function areaKm2(ring) {
  const xy = toXYkm(ring, ring[0][1]);
  return Math.abs(signedAreaDeg(xy));
}
function bbox(rings) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings)
    for (const [x, y] of r) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  return [x0, y0, x1, y1];
}
function segDist(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i],
      [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function segmentsCross(a, b, c, d) {
  const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}
function selfIntersections(ring) {
  let n = 0;
  const m = ring.length - 1;
  for (let i = 0; i < m; i++)
    for (let j = i + 2; j < m; j++) {
      if (i === 0 && j === m - 1) continue; // adjacent through the closing point
      if (segmentsCross(ring[i], ring[i + 1], ring[j], ring[j + 1])) n++;
    }
  return n;
}

// Douglas-Peucker on an open polyline (xy in km); returns kept indices (sorted).
function dpOpen(xy, from, to, tolKm, keep) {
  let maxD = -1,
    idx = -1;
  for (let i = from + 1; i < to; i++) {
    const d = segDist(xy[i], xy[from], xy[to]);
    if (d > maxD) {
      maxD = d;
      idx = i;
    }
  }
  if (idx !== -1 && maxD > tolKm) {
    keep.add(idx);
    dpOpen(xy, from, idx, tolKm, keep);
    dpOpen(xy, idx, to, tolKm, keep);
  }
}
// Closed ring: anchors are the locked (shared) vertices, or vertex 0 plus the vertex
// farthest from it; DP runs on every stretch between consecutive anchors.
function simplifyRing(ring, tolM, locked) {
  const n = ring.length - 1; // distinct vertices (last == first)
  if (tolM <= 0 || n <= 4) return ring.slice();
  const xy = toXYkm(ring, ring[0][1]);
  let anchors = [];
  for (let i = 0; i < n; i++) if (locked.has(key(ring[i]))) anchors.push(i);
  if (anchors.length < 2) {
    let far = 1,
      best = -1;
    for (let i = 1; i < n; i++) {
      const d = Math.hypot(xy[i][0] - xy[0][0], xy[i][1] - xy[0][1]);
      if (d > best) {
        best = d;
        far = i;
      }
    }
    anchors = [...new Set([0, far, ...anchors])].sort((a, b) => a - b);
  }
  const keep = new Set(anchors);
  const ext = xy.slice(0, n).concat(xy.slice(0, n)); // unrolled twice for the wrap-around stretch
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    const b = k + 1 < anchors.length ? anchors[k + 1] : anchors[0] + n;
    const local = new Set();
    dpOpen(ext, a, b, tolM / 1000, local);
    for (const i of local) keep.add(i % n);
  }
  const out = [...keep].sort((a, b) => a - b).map((i) => ring[i]);
  out.push(out[0]);
  return out;
}
const round = (v) => Number(v.toFixed(DECIMALS));
function finishRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && key(out[0]) === key(out[out.length - 1])) out.pop();
  if (out.length < 3) return null; // collapsed
  out.push(out[0]);
  if (signedAreaDeg(out) < 0) out.reverse(); // counter-clockwise
  return out;
}

// ---------- build ----------
// Vertices used by two or more regencies (exact source coordinates).
const owners = new Map();
for (const r of regions)
  for (const ring of r.rings)
    for (const p of ring) {
      const k = key(p);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(r.code);
    }
const locked = new Set([...owners].filter(([, s]) => s.size > 1).map(([k]) => k));

const result = {};
const report = [];
for (const r of regions.sort((a, b) => a.code.localeCompare(b.code))) {
  const rings = r.rings.map((ring) => ({ ring, area: areaKm2(ring) })).sort((a, b) => b.area - a.area);
  const kept = [],
    dropped = [];
  rings.forEach(({ ring, area }, i) => {
    const island = KNOWN_ISLANDS.find((k) => k.code === r.code && pointInRing(k.at, ring));
    const why =
      i > 0 && MAINLAND_ONLY
        ? "mainland-only"
        : island && EXCLUDE.has(island.name)
          ? "excluded by --exclude"
          : i > 0 && area < MIN_AREA_KM2
            ? `area < ${MIN_AREA_KM2} km2`
            : null;
    if (why) {
      dropped.push({ area, why });
      return;
    }
    let tol = TOLERANCE_M,
      simple = simplifyRing(ring, tol, locked);
    // Never introduce a self-intersection that the source ring did not have.
    const srcX = selfIntersections(ring);
    let fin = finishRing(simple);
    while (fin && selfIntersections(fin) > srcX && tol > 1) {
      tol /= 2;
      fin = finishRing(simplifyRing(ring, tol, locked));
    }
    if (!fin) {
      dropped.push({ area, why: "collapsed after rounding" });
      return;
    }
    kept.push({ ring: fin, srcVertices: ring.length - 1, area, island: island?.label ?? null, tol, selfX: selfIntersections(fin) });
  });
  result[r.code] = { name: r.name, polygons: kept.map((k) => k.ring) };
  report.push({ code: r.code, name: r.name, kept, dropped, srcRings: rings.length });
}

const json = JSON.stringify(result);
const bytes = Buffer.byteLength(json);

// ---------- report ----------
const fmt = (n, d = 4) => n.toFixed(d);
console.log(
  `source: raw.sql (${Buffer.byteLength(sql)} bytes), tolerance ${TOLERANCE_M} m, min island area ${MIN_AREA_KM2} km2` +
    (EXCLUDE.size ? `, excluded: ${[...EXCLUDE].join(",")}` : "") +
    (MAINLAND_ONLY ? ", mainland only" : ""),
);
let total = 0,
  totalSrc = 0;
for (const r of report) {
  const v = r.kept.reduce((a, k) => a + k.ring.length - 1, 0);
  const sv = r.kept.reduce((a, k) => a + k.srcVertices, 0);
  total += v;
  totalSrc += sv;
  const bb = bbox(r.kept.map((k) => k.ring));
  console.log(
    `${r.code} ${r.name}: ${v} vertices (from ${sv} in kept rings), ${r.kept.length}/${r.srcRings} rings kept, ` +
      `bbox [${bb.map((x) => fmt(x)).join(", ")}]`,
  );
  r.kept.forEach((k, i) => {
    if (i === 0 && r.kept.length === 1) return;
    console.log(
      `    ring ${i}: ${fmt(k.area, 2)} km2, ${k.ring.length - 1} vertices` +
        (k.island ? `  ${k.island}` : i === 0 ? "  mainland" : "") +
        (k.tol !== TOLERANCE_M ? `  (tolerance lowered to ${k.tol} m)` : "") +
        (k.selfX ? `  [${k.selfX} self-crossing(s), as in source]` : ""),
    );
  });
  if (r.dropped.length) {
    const groups = {};
    for (const d of r.dropped) (groups[d.why] ??= []).push(d.area);
    for (const [why, areas] of Object.entries(groups))
      console.log(
        `    dropped ${areas.length} ring(s) (${why}), total ${fmt(
          areas.reduce((a, b) => a + b, 0),
          3,
        )} km2`,
      );
  }
}
const all = bbox(Object.values(result).flatMap((r) => r.polygons));
console.log(
  `total: ${total} vertices (from ${totalSrc} in kept rings); bbox [minLng, minLat, maxLng, maxLat] = [${all.map((x) => fmt(x)).join(", ")}]`,
);
console.log(`output: ${bytes} bytes (budget ${MAX_BYTES})`);
if (bytes > MAX_BYTES) {
  console.error(`over budget: raise --tolerance-m or --min-area-km2`);
  process.exit(1);
}
if (!args["dry-run"]) {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}`);
}
