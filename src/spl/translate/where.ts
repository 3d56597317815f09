import { and, cidr, compare, evalCondition, exists, match, not, or, regex } from "../../ast/builders.js";
import type { Expr } from "../../ast/expr.js";
import type { FieldRef } from "../../ast/field.js";
import { ANY, ONE, pattern, type Pattern, type PatternPart } from "../../ast/pattern.js";
import type { NodeBase } from "../../ast/position.js";
import type { Binary, Call, ValueExpr } from "../../ast/value-expr.js";
import { walkValue } from "../../ast/visit.js";
import type { TranslateContext } from "./context.js";

/** Eval functions rulecast knows the meaning of (anything else gives `spl/unsupported-expression`). */
export const KNOWN_EVAL_FUNCTIONS: ReadonlySet<string> = new Set([
  "abs", "case", "cidrmatch", "coalesce", "ceil", "ceiling", "exact", "exp", "false", "floor", "if", "in", "isnotnull", "isnull",
  "isnum", "isstr", "isint", "len", "like", "ln", "log", "lower", "ltrim", "match", "max", "min", "mvappend", "mvcount", "mvdedup",
  "mvfilter", "mvfind", "mvindex", "mvjoin", "mvsort", "mvzip", "now", "null", "nullif", "pow", "relative_time", "replace", "round",
  "rtrim", "searchmatch", "split", "sqrt", "strftime", "strptime", "substr", "time", "tonumber", "tostring", "trim", "true", "typeof",
  "upper", "urldecode", "validate", "mvmap", "printf", "md5", "sha1", "sha256", "sha512", "base64", "len", "spath", "json_extract",
  "isbool", "sigfig", "random", "commands", "tojson", "mvrange", "trim",
]);

/** Reports functions rulecast does not know inside an eval/where expression. */
export function checkEvalFunctions(e: ValueExpr, ctx: TranslateContext, offset: number): void {
  walkValue(e, (n) => {
    if (n.kind === "Call" && !KNOWN_EVAL_FUNCTIONS.has(n.name)) {
      ctx.unsupportedExpressions.push(`${n.name}()`);
      ctx.report("spl/unsupported-expression", `eval function ${n.name}() is not known to rulecast; the expression is kept but cannot be evaluated`, offset);
    }
  });
}

/**
 * SPL `like` pattern to a wildcard pattern: `%` is any run, `_` one character;
 * every other character (including `*` and `?`) is literal.
 */
export function likePattern(text: string): Pattern {
  const parts: PatternPart[] = [];
  let lit = "";
  for (const ch of text) {
    if (ch === "%" || ch === "_") {
      parts.push(lit, ch === "%" ? ANY : ONE);
      lit = "";
    } else lit += ch;
  }
  parts.push(lit);
  return pattern(parts);
}

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const ORDER_OPS = { "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" } as const;
const FLIPPED = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" } as const;

type Extra = Pick<NodeBase, "pos" | "origin">;

function extraOf(e: ValueExpr): Extra {
  const out: { pos?: Extra["pos"]; origin?: Extra["origin"] } = {};
  if (e.pos) out.pos = e.pos;
  if (e.origin) out.origin = e.origin;
  return out;
}

function fieldOf(e: ValueExpr): FieldRef | undefined {
  return e.kind === "FieldValue" ? e.field : undefined;
}

function literalOf(e: ValueExpr): string | number | undefined {
  return e.kind === "Literal" && (typeof e.value === "string" || typeof e.value === "number") ? e.value : undefined;
}

/**
 * Translates a `where` condition (eval semantics: true only when it evaluates to `true`)
 * to the simplest exact filter: `f="x"` is a case-sensitive `Match`, `like` a case-sensitive
 * pattern, `match()` a `Regex`, `isnull`/`isnotnull` `Exists`, `cidrmatch` a `Cidr`;
 * anything else stays an `EvalCondition`, which every backend evaluates with eval semantics.
 */
export function translateWhere(e: ValueExpr, ctx: TranslateContext, offset: number): Expr {
  checkEvalFunctions(e, ctx, offset);
  return whenTrue(e) ?? evalCondition(e, extraOf(e));

  function whenTrue(x: ValueExpr): Expr | undefined {
    const extra = extraOf(x);
    if (x.kind === "Binary") {
      if (x.op === "AND" || x.op === "OR") {
        const l = whenTrue(x.left) ?? evalCondition(x.left, extraOf(x.left));
        const r = whenTrue(x.right) ?? evalCondition(x.right, extraOf(x.right));
        return x.op === "AND" ? and([l, r], extra) : or([l, r], extra);
      }
      return comparison(x, false);
    }
    if (x.kind === "Unary" && x.op === "NOT") return whenFalse(x.operand);
    if (x.kind === "Call") return call(x, false);
    return undefined;
  }

  /** An expression true exactly when `x` evaluates to `false` (not `null`). */
  function whenFalse(x: ValueExpr): Expr | undefined {
    const extra = extraOf(x);
    if (x.kind === "Binary") {
      if (x.op === "AND" || x.op === "OR") {
        const l = whenFalse(x.left);
        const r = whenFalse(x.right);
        if (!l || !r) return undefined;
        return x.op === "AND" ? or([l, r], extra) : and([l, r], extra);
      }
      return comparison(x, true);
    }
    if (x.kind === "Unary" && x.op === "NOT") return whenTrue(x.operand);
    if (x.kind === "Call") return call(x, true);
    return undefined;
  }

  /** `f op literal` (either side); `negated`: true exactly when the comparison is false. */
  function comparison(x: Binary, negated: boolean): Expr | undefined {
    const extra = extraOf(x);
    let f = fieldOf(x.left);
    let lit = literalOf(x.right);
    let op = x.op;
    if (!f || lit === undefined) {
      f = fieldOf(x.right);
      lit = literalOf(x.left);
      if (!f || lit === undefined) return lowerLike(x, negated);
      if (op in FLIPPED) op = FLIPPED[op as keyof typeof FLIPPED];
    }
    // Eval compares numerically when both sides are numbers or numeric strings: "403" is 403 here.
    if (typeof lit === "string" && op !== "LIKE" && NUMERIC_TEXT.test(lit.trim())) lit = Number(lit);
    let positive: Expr;
    switch (op) {
      case "=":
      case "==":
        positive = typeof lit === "number" ? compare(f, "eq", lit, { numeric: true, ...extra }) : match(f, lit, true, extra);
        break;
      case "!=":
        // `f != x` is false exactly when `f = x`, true when f exists and differs.
        positive = typeof lit === "number" ? compare(f, "eq", lit, { numeric: true, ...extra }) : match(f, lit, true, extra);
        return negated ? positive : and([exists(f, extra), not(positive, extra)], extra);
      case "LIKE":
        if (typeof lit !== "string" || x.left.kind !== "FieldValue") return undefined;
        positive = match(f, likePattern(lit), true, extra);
        break;
      case "<": case "<=": case ">": case ">=":
        positive = compare(f, ORDER_OPS[op], lit, { numeric: typeof lit === "number", ...extra });
        break;
      default:
        return undefined;
    }
    return negated ? and([exists(f, extra), not(positive, extra)], extra) : positive;
  }

  /** `lower(f) like "abc%"` / `lower(f)="abc"` with a lower-case pattern: a case-insensitive match. */
  function lowerLike(x: Binary, negated: boolean): Expr | undefined {
    if (x.left.kind !== "Call" || x.left.name !== "lower" || x.left.args.length !== 1) return undefined;
    const f = fieldOf(x.left.args[0]!);
    const lit = literalOf(x.right);
    if (!f || typeof lit !== "string" || lit !== lit.toLowerCase()) return undefined;
    const extra = extraOf(x);
    let positive: Expr;
    if (x.op === "LIKE") positive = match(f, likePattern(lit), false, extra);
    else if (x.op === "=" || x.op === "==") positive = match(f, lit, false, extra);
    else return undefined;
    return negated ? and([exists(f, extra), not(positive, extra)], extra) : positive;
  }

  function call(x: Call, negated: boolean): Expr | undefined {
    const extra = extraOf(x);
    const [a, b] = x.args;
    const wrap = (f: FieldRef, positive: Expr) => (negated ? and([exists(f, extra), not(positive, extra)], extra) : positive);
    switch (x.name) {
      case "isnull":
      case "isnotnull": {
        const f = a && x.args.length === 1 ? fieldOf(a) : undefined;
        if (!f) return undefined;
        const present = (x.name === "isnotnull") !== negated;
        return present ? exists(f, extra) : not(exists(f, extra), extra);
      }
      case "like": {
        const f = a ? fieldOf(a) : undefined;
        const lit = b ? literalOf(b) : undefined;
        if (f && typeof lit === "string" && x.args.length === 2) return wrap(f, match(f, likePattern(lit), true, extra));
        if (a && b && x.args.length === 2) return lowerLike({ kind: "Binary", op: "LIKE", left: a, right: b, ...extra }, negated);
        return undefined;
      }
      case "match": {
        const f = a ? fieldOf(a) : undefined;
        const lit = b ? literalOf(b) : undefined;
        if (!f || typeof lit !== "string" || x.args.length !== 2) return undefined;
        return wrap(f, regex(f, lit, {}, extra));
      }
      case "cidrmatch": {
        const lit = a ? literalOf(a) : undefined;
        const f = b ? fieldOf(b) : undefined;
        if (!f || typeof lit !== "string" || x.args.length !== 2) return undefined;
        return wrap(f, cidr(f, lit, extra));
      }
      case "in": {
        const f = a ? fieldOf(a) : undefined;
        const lits = x.args.slice(1).map(literalOf);
        if (!f || lits.length === 0 || lits.some((l) => l === undefined)) return undefined;
        const positive = or(lits.map((l) => (typeof l === "number" ? compare(f, "eq", l, { numeric: true, ...extra }) : match(f, l as string, true, extra))), extra);
        return wrap(f, positive);
      }
      default:
        return undefined;
    }
  }
}
