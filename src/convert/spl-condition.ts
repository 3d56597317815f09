/**
 * SPL `where`/`eval` conditions -> filter predicates, with SPL's eval semantics kept:
 * `=`/`==`/`!=` and `like` compare case-sensitively (Sigma `|cased`), `match()` is a
 * case-sensitive regex search, and a comparison on a missing field is null (not true),
 * so `NOT f="x"` and `f!="x"` both need `f` to exist.
 * Returns undefined for what has no predicate form (arithmetic, string functions...).
 */
import * as build from "../ast/builders.js";
import type { Expr } from "../ast/expr.js";
import type { FieldRef } from "../ast/field.js";
import { ANY, ONE, pattern, type PatternPart } from "../ast/pattern.js";
import type { Call, ValueExpr } from "../ast/value-expr.js";

/** A field operand, possibly wrapped in lower()/upper() (which makes the comparison case-insensitive). */
interface FieldOperand {
  field: FieldRef;
  folded?: "lower" | "upper";
}

function fieldOperand(v: ValueExpr): FieldOperand | undefined {
  if (v.kind === "FieldValue") return { field: v.field };
  if (v.kind === "Call" && (v.name === "lower" || v.name === "upper") && v.args.length === 1 && v.args[0]!.kind === "FieldValue") {
    return { field: v.args[0]!.field, folded: v.name };
  }
  return undefined;
}

function literal(v: ValueExpr): string | number | boolean | null | undefined {
  if (v.kind === "Literal") return v.value;
  if (v.kind === "Unary" && v.op === "-" && v.operand.kind === "Literal" && typeof v.operand.value === "number") return -v.operand.value;
  return undefined;
}

/** SPL `like` pattern (`%` any run, `_` one character; `\` escapes) -> wildcard pattern. */
export function likePattern(text: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let lit = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      lit += text[++i];
    } else if (ch === "%" || ch === "_") {
      parts.push(lit, ch === "%" ? ANY : ONE);
      lit = "";
    } else lit += ch;
  }
  parts.push(lit);
  return parts;
}

/** Equality of a field operand and a literal, as a predicate (case folded when lower()/upper() wrap the field). */
function equality(op: FieldOperand, value: string | number | boolean): Expr {
  const text = String(value);
  if (op.folded) {
    const folded = op.folded === "lower" ? text.toLowerCase() : text.toUpperCase();
    // lower(f)="Abc" can never hold: no lower-cased value has an upper-case letter.
    return folded === text ? build.match(op.field, text, false) : build.FALSE;
  }
  if (typeof value === "number") return build.compare(op.field, "eq", value, { numeric: true });
  return build.match(op.field, text, true);
}

const FLIP: Record<string, "lt" | "lte" | "gt" | "gte"> = { "<": "gt", "<=": "gte", ">": "lt", ">=": "lte" };
const DIRECT: Record<string, "lt" | "lte" | "gt" | "gte"> = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };

/** The fields a condition needs to exist for SPL to give true (every comparison on null is null). */
function requiredFields(v: ValueExpr): FieldRef[] {
  const out: FieldRef[] = [];
  const visit = (x: ValueExpr) => {
    if (x.kind === "FieldValue") {
      if (!out.some((f) => f.path === x.field.path)) out.push(x.field);
    } else if (x.kind === "Call") {
      if (x.name === "isnull" || x.name === "isnotnull" || x.name === "coalesce" || x.name === "if" || x.name === "case") return;
      x.args.forEach(visit);
    } else if (x.kind === "Binary") {
      if (x.op === "OR" || x.op === "AND" || x.op === "XOR") return;
      visit(x.left);
      visit(x.right);
    } else if (x.kind === "Unary") visit(x.operand);
  };
  visit(v);
  return out;
}

function call(c: Call): Expr | undefined {
  const [a, b] = c.args;
  switch (c.name) {
    case "isnull":
      return a?.kind === "FieldValue" ? build.not(build.exists(a.field)) : undefined;
    case "isnotnull":
      return a?.kind === "FieldValue" ? build.exists(a.field) : undefined;
    case "like": {
      const op = a && fieldOperand(a);
      const p = b && literal(b);
      if (!op || typeof p !== "string") return undefined;
      const parts = likePattern(op.folded ? (op.folded === "lower" ? p.toLowerCase() : p.toUpperCase()) : p);
      return build.match(op.field, pattern(parts), !op.folded);
    }
    case "match": {
      const op = a && fieldOperand(a);
      const re = b && literal(b);
      if (!op || op.folded || typeof re !== "string") return undefined;
      // A leading (?i) is the one inline flag written this way in the corpus; PCRE reads it as the i flag.
      const m = /^\(\?([ims]+)\)/.exec(re);
      const flags = { i: !!m?.[1]?.includes("i"), m: !!m?.[1]?.includes("m"), s: !!m?.[1]?.includes("s") };
      return build.regex(op.field, m ? re.slice(m[0].length) : re, flags);
    }
    case "cidrmatch": {
      const net = a && literal(a);
      return typeof net === "string" && b?.kind === "FieldValue" ? build.cidr(b.field, net) : undefined;
    }
    case "in": {
      const op = a && fieldOperand(a);
      if (!op) return undefined;
      const values = c.args.slice(1).map(literal);
      if (values.some((v) => typeof v !== "string" && typeof v !== "number")) return undefined;
      return build.or(values.map((v) => equality(op, v as string | number)));
    }
    default:
      return undefined;
  }
}

/**
 * Translates an SPL eval condition into a filter expression, or undefined.
 * The result is true exactly when SPL's condition evaluates to boolean true.
 */
export function splConditionToExpr(v: ValueExpr): Expr | undefined {
  switch (v.kind) {
    case "Literal":
      return typeof v.value === "boolean" ? build.constant(v.value) : undefined;
    case "Call":
      return call(v);
    case "Unary": {
      if (v.op !== "NOT") return undefined;
      const inner = splConditionToExpr(v.operand);
      if (!inner) return undefined;
      // NOT null is null: the fields the operand compares must exist.
      const needs = requiredFields(v.operand).map((f) => build.exists(f));
      return build.and([...needs, build.not(inner)]);
    }
    case "Binary": {
      if (v.op === "AND" || v.op === "OR") {
        const l = splConditionToExpr(v.left);
        const r = splConditionToExpr(v.right);
        if (!l || !r) return undefined;
        return v.op === "AND" ? build.and([l, r]) : build.or([l, r]);
      }
      if (v.op === "LIKE") return call({ kind: "Call", name: "like", args: [v.left, v.right] });
      const lf = fieldOperand(v.left);
      const rf = fieldOperand(v.right);
      const op = lf ?? rf;
      const lit = lf ? literal(v.right) : literal(v.left);
      if (!op || lit === undefined || lit === null) return undefined;
      if (v.op === "=" || v.op === "==") return equality(op, lit);
      if (v.op === "!=") return build.existsAndNot(op.field, equality(op, lit));
      const cmp = lf ? DIRECT[v.op] : FLIP[v.op];
      if (!cmp || typeof lit !== "number" || op.folded) return undefined;
      return build.compare(op.field, cmp, lit, { numeric: true });
    }
    default:
      return undefined;
  }
}
