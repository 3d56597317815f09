/**
 * Structural equality of AST values, ignoring `pos` and `origin` (source positions and
 * provenance are not semantics). Used by the Sigma fixed-point check and by tests.
 */
const IGNORED = new Set(["pos", "origin", "written"]);

export function astEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => astEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object).filter((k) => !IGNORED.has(k) && (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => !IGNORED.has(k) && (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => astEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A copy without positions and provenance, for snapshots and readable test failures. */
export function stripPositions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripPositions) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "pos" || k === "origin" || v === undefined) continue;
    out[k] = stripPositions(v);
  }
  return out as T;
}

/** A stable key for an expression (used to remove duplicates): its JSON without positions and provenance. */
export function exprKey(value: unknown): string {
  // A replacer skips pos/origin without copying the tree (this runs for every child in normalizeExpr).
  return JSON.stringify(value, (key, v) => (key === "pos" || key === "origin" ? undefined : v));
}
