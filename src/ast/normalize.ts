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
        const seen = new DuplicateFilter();
        const kids: Expr[] = [];
        for (const c of n.children) {
          const parts = c.kind === n.kind ? c.children : [c];
          for (const p of parts) {
            if (p.kind === "Const") {
              if (p.value === identity) continue;
              return isAnd ? FALSE : TRUE; // absorbing element
            }
            if (seen.isDuplicate(p)) continue;
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

/**
 * A cheap key that equal expressions always share (it reads only semantic fields):
 * siblings are compared by their full `exprKey` only when these collide, so
 * normalizing a long list of distinct values does not serialize each one.
 */
function quickKey(e: Expr): string {
  switch (e.kind) {
    case "And":
    case "Or":
      return `${e.kind}${e.children.length}`;
    case "Match":
    case "Keyword": {
      const first = e.pattern.parts.find((p): p is string => typeof p === "string") ?? "";
      return `${e.kind}\0${"field" in e ? e.field.path : ""}\0${e.pattern.parts.length}\0${first}`;
    }
    case "Regex":
      return `Regex\0${e.field.path}\0${e.pattern}`;
    case "Compare":
      return `Compare\0${e.field.path}\0${e.op}\0${String(e.value)}`;
    case "Cidr":
      return `Cidr\0${e.field.path}\0${e.cidr}`;
    default:
      return "field" in e && e.field && typeof e.field === "object" && "path" in e.field ? `${e.kind}\0${e.field.path}` : e.kind;
  }
}

/** Remembers the children kept so far; `exprKey` decides only among quick-key collisions. */
class DuplicateFilter {
  private readonly groups = new Map<string, { node: Expr; key?: string }[]>();

  isDuplicate(e: Expr): boolean {
    const q = quickKey(e);
    const group = this.groups.get(q);
    if (group === undefined) {
      this.groups.set(q, [{ node: e }]);
      return false;
    }
    const key = exprKey(e);
    for (const g of group) if ((g.key ??= exprKey(g.node)) === key) return true;
    group.push({ node: e, key });
    return false;
  }
}
