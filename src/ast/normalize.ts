import { and, FALSE, or, TRUE } from "./builders.js";
import { exprKey } from "./equal.js";
import type { Expr } from "./expr.js";
import { transformExpr } from "./visit.js";

/**
 * Normalizes a filter expression without changing what it selects:
 * - flattens nested `And`/`Or` (`a and (b and c)` -> `a and b and c`);
 * - removes duplicate children (by structure, ignoring positions);
 * - folds constants (`x and true` -> `x`, `x or true` -> `true`, `not true` -> `false`);
 * - unwraps single-child groups and double negation.
 * Backends can then assume no `And`/`Or` has fewer than two children or a child of its own kind.
 */
export function normalizeExpr(e: Expr): Expr {
  return transformExpr(e, (n) => {
    switch (n.kind) {
      case "And":
      case "Or": {
        const isAnd = n.kind === "And";
        const identity = isAnd; // true for And, false for Or
        const seen = new Set<string>();
        const kids: Expr[] = [];
        for (const c of n.children) {
          const parts = c.kind === n.kind ? c.children : [c];
          for (const p of parts) {
            if (p.kind === "Const") {
              if (p.value === identity) continue;
              return isAnd ? FALSE : TRUE; // absorbing element
            }
            const key = exprKey(p);
            if (seen.has(key)) continue;
            seen.add(key);
            kids.push(p);
          }
        }
        if (kids.length === 0) return isAnd ? TRUE : FALSE;
        if (kids.length === 1) return kids[0]!;
        const extra = { pos: n.pos, origin: n.origin };
        return isAnd ? and(kids, extra) : or(kids, extra);
      }
      case "Not": {
        const c = n.child;
        if (c.kind === "Const") return c.value ? FALSE : TRUE;
        if (c.kind === "Not") return c.child;
        return n;
      }
      default:
        return n;
    }
  });
}
