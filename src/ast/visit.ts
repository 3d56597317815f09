import type { Expr } from "./expr.js";
import type { FieldRef } from "./field.js";
import type { Rule } from "./rule.js";
import type { Stage } from "./stage.js";
import type { ValueExpr } from "./value-expr.js";

/** Calls `fn` on every node of an expression, parents before children. */
export function walkExpr(e: Expr, fn: (e: Expr) => void): void {
  fn(e);
  switch (e.kind) {
    case "And":
    case "Or":
      for (const c of e.children) walkExpr(c, fn);
      break;
    case "Not":
      walkExpr(e.child, fn);
      break;
    default:
      break;
  }
}

/**
 * Rebuilds an expression bottom-up: `fn` receives each node with its children already
 * transformed and returns the replacement (or the node itself). Unchanged subtrees keep
 * their identity.
 */
export function transformExpr(e: Expr, fn: (e: Expr) => Expr): Expr {
  switch (e.kind) {
    case "And":
    case "Or": {
      let changed = false;
      const children = e.children.map((c) => {
        const t = transformExpr(c, fn);
        if (t !== c) changed = true;
        return t;
      });
      return fn(changed ? Object.freeze({ ...e, children: Object.freeze(children) }) : e);
    }
    case "Not": {
      const child = transformExpr(e.child, fn);
      return fn(child !== e.child ? Object.freeze({ ...e, child }) : e);
    }
    default:
      return fn(e);
  }
}

/** Calls `fn` on every node of a value expression. */
export function walkValue(v: ValueExpr, fn: (v: ValueExpr) => void): void {
  fn(v);
  switch (v.kind) {
    case "Call":
      for (const a of v.args) walkValue(a, fn);
      break;
    case "Binary":
      walkValue(v.left, fn);
      walkValue(v.right, fn);
      break;
    case "Unary":
      walkValue(v.operand, fn);
      break;
    default:
      break;
  }
}

/** Every field an expression reads (in order of first appearance, without duplicates). */
export function fieldsOfExpr(e: Expr): FieldRef[] {
  const seen = new Map<string, FieldRef>();
  const add = (f: FieldRef) => {
    if (!seen.has(f.path)) seen.set(f.path, f);
  };
  walkExpr(e, (n) => {
    switch (n.kind) {
      case "Match":
      case "Compare":
      case "Regex":
      case "Cidr":
      case "Exists":
        add(n.field);
        break;
      case "FieldEquals":
        add(n.field);
        add(n.other);
        break;
      case "EvalCondition":
        walkValue(n.expr, (v) => {
          if (v.kind === "FieldValue") add(v.field);
        });
        break;
      default:
        break;
    }
  });
  return [...seen.values()];
}

/** Replaces every field reference in an expression (used by field-mapping pipelines). */
export function mapFields(e: Expr, fn: (f: FieldRef) => FieldRef): Expr {
  const mapValue = (v: ValueExpr): ValueExpr => {
    switch (v.kind) {
      case "FieldValue":
        return Object.freeze({ ...v, field: fn(v.field) });
      case "Call":
        return Object.freeze({ ...v, args: Object.freeze(v.args.map(mapValue)) });
      case "Binary":
        return Object.freeze({ ...v, left: mapValue(v.left), right: mapValue(v.right) });
      case "Unary":
        return Object.freeze({ ...v, operand: mapValue(v.operand) });
      default:
        return v;
    }
  };
  return transformExpr(e, (n) => {
    switch (n.kind) {
      case "Match":
      case "Compare":
      case "Regex":
      case "Cidr":
      case "Exists":
        return Object.freeze({ ...n, field: fn(n.field) });
      case "FieldEquals":
        return Object.freeze({ ...n, field: fn(n.field), other: fn(n.other) });
      case "EvalCondition":
        return Object.freeze({ ...n, expr: mapValue(n.expr) });
      default:
        return n;
    }
  });
}

/** Every filter expression in a rule: the main filter and filter stages of the pipeline. */
export function exprsOfRule(rule: Rule): Expr[] {
  const out: Expr[] = [rule.filter];
  for (const s of rule.pipeline) if (s.kind === "Filter") out.push(s.filter);
  return out;
}

export function isFilterStage(s: Stage): s is Extract<Stage, { kind: "Filter" }> {
  return s.kind === "Filter";
}
