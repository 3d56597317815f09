import { PositionIndex } from "../../src/sigma/source/positions.js";
import { readRawDocuments, type RawYamlDocuments } from "../../src/sigma/source/raw-documents.js";

/** The outcome of reading one text with both readers. */
export type Comparison =
  | { readonly outcome: "declined" }
  | { readonly outcome: "same" }
  | { readonly outcome: "different"; readonly why: string };

/**
 * Reads `text` with the fast subset reader and with the `yaml` package and compares:
 * document kinds and extents, values (deep, NaN and -0 exact), the recorded offset of
 * every container, key and value, and the line/column each of those offsets maps to.
 */
export function compareReaders(text: string): Comparison {
  const fastPositions = new PositionIndex(() => ({ line: 0, column: 0 }));
  const fast = readRawDocuments(text, "t.yml", fastPositions, "subset");
  if (!fast) return { outcome: "declined" };
  const slowPositions = new PositionIndex(() => ({ line: 0, column: 0 }));
  const slow = readRawDocuments(text, "t.yml", slowPositions, "yaml");
  const why = differences(fast, fastPositions, slow, slowPositions);
  return why === undefined ? { outcome: "same" } : { outcome: "different", why };
}

function differences(fast: RawYamlDocuments, fp: PositionIndex, slow: RawYamlDocuments, sp: PositionIndex): string | undefined {
  if (fast.documents.length !== slow.documents.length) return `${fast.documents.length} documents vs ${slow.documents.length}`;
  const offsets: number[] = [];
  for (let i = 0; i < fast.documents.length; i++) {
    const f = fast.documents[i]!;
    const s = slow.documents[i]!;
    if (f.kind !== s.kind) return `document ${i}: ${f.kind} vs ${s.kind}`;
    if (f.kind === "node" && s.kind === "node") {
      if (f.start !== s.start || f.end !== s.end) return `document ${i}: extent ${f.start}-${f.end} vs ${s.start}-${s.end}`;
      offsets.push(f.start, Math.max(f.start, f.end - 1));
      const d = compareValues(f.value, s.value, fp, sp, `doc${i}`, offsets);
      if (d) return d;
    }
  }
  for (const o of offsets) {
    const a = fast.posAt(o);
    const b = slow.posAt(o);
    if (a.line !== b.line || a.column !== b.column) return `offset ${o}: ${a.line}:${a.column} vs ${b.line}:${b.column}`;
  }
  return undefined;
}

function compareValues(a: unknown, b: unknown, fp: PositionIndex, sp: PositionIndex, path: string, offsets: number[]): string | undefined {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return Object.is(a, b) ? undefined : `${path}: ${show(a)} vs ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: ${show(a)} vs ${show(b)}`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join("\u0000") !== kb.join("\u0000")) return `${path}: keys ${show(ka)} vs ${show(kb)}`;
  const pa = fp.get(a);
  const pb = sp.get(b);
  if (!pa || !pb) return `${path}: positions missing`;
  if (pa.pos !== pb.pos) return `${path}: container at ${pa.pos} vs ${pb.pos}`;
  offsets.push(pa.pos);
  for (const [name, ma, mb] of [["key", pa.keys, pb.keys], ["value", pa.values, pb.values]] as const) {
    if (ma.size !== mb.size) return `${path}: ${ma.size} ${name} positions vs ${mb.size}`;
    for (const [k, o] of mb) {
      if ((ma as Map<unknown, number>).get(k) !== o) return `${path}.${k}: ${name} at ${(ma as Map<unknown, number>).get(k)} vs ${o}`;
      offsets.push(o);
    }
  }
  for (const k of ka) {
    const d = compareValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], fp, sp, `${path}.${k}`, offsets);
    if (d) return d;
  }
  return undefined;
}

function show(x: unknown): string {
  return typeof x === "number" && Object.is(x, -0) ? "-0" : JSON.stringify(x) ?? String(x);
}
