/**
 * Frozen constructors for AST nodes. Front-ends, pipelines and tests build nodes only
 * through these, so every node has the same shape.
 */
import type { And, Cidr, Compare, Const, EvalCondition, Exists, Expr, FieldEquals, Keyword, Match, Not, Or, Regex, RegexFlags, TimePart } from "./expr.js";
import type { FieldRef } from "./field.js";
import { literalPattern, type Pattern } from "./pattern.js";
import type { NodeBase } from "./position.js";
import type { ValueExpr } from "./value-expr.js";

type Extra = Pick<NodeBase, "pos" | "origin">;

function node<T extends object>(value: T, extra?: Extra): T {
  const out = { ...value } as Record<string, unknown>;
  if (extra?.pos) out.pos = extra.pos;
  if (extra?.origin) out.origin = extra.origin;
  return Object.freeze(out) as T;
}

/** A field reference. `{}` array markers are removed from `path` and kept in `written`. */
export function field(written: string, extra?: Extra & { metadata?: boolean }): FieldRef {
  const path = written.replace(/\{\}/g, "");
  const ref: { kind: "Field"; path: string; written?: string; metadata?: boolean } = { kind: "Field", path };
  if (path !== written) ref.written = written;
  if (extra?.metadata) ref.metadata = true;
  return node(ref, extra);
}

export function and(children: readonly Expr[], extra?: Extra): And {
  return node({ kind: "And", children: Object.freeze([...children]) }, extra);
}

export function or(children: readonly Expr[], extra?: Extra): Or {
  return node({ kind: "Or", children: Object.freeze([...children]) }, extra);
}

export function not(child: Expr, extra?: Extra): Not {
  return node({ kind: "Not", child }, extra);
}

export const TRUE: Const = Object.freeze({ kind: "Const", value: true });
export const FALSE: Const = Object.freeze({ kind: "Const", value: false });

export function constant(value: boolean, extra?: Extra): Const {
  return extra ? node({ kind: "Const", value }, extra) : value ? TRUE : FALSE;
}

export function match(f: FieldRef, p: Pattern | string, caseSensitive: boolean, extra?: Extra): Match {
  const pat = typeof p === "string" ? literalPattern(p) : p;
  return node({ kind: "Match", field: f, pattern: pat, caseSensitive }, extra);
}

export function compare(
  f: FieldRef,
  op: Compare["op"],
  value: number | string,
  opts: { numeric?: boolean; timePart?: TimePart } & Extra = {},
): Compare {
  const c: { -readonly [K in keyof Compare]: Compare[K] } = {
    kind: "Compare", field: f, op, value, numeric: opts.numeric ?? typeof value === "number",
  };
  if (opts.timePart) c.timePart = opts.timePart;
  return node(c, opts);
}

export const NO_FLAGS: RegexFlags = Object.freeze({ i: false, m: false, s: false });

export function regex(f: FieldRef, patternText: string, flags: Partial<RegexFlags> = {}, extra?: Extra): Regex {
  const fl = Object.freeze({ i: !!flags.i, m: !!flags.m, s: !!flags.s });
  return node({ kind: "Regex", field: f, pattern: patternText, flags: fl }, extra);
}

export function cidr(f: FieldRef, network: string, extra?: Extra): Cidr {
  return node({ kind: "Cidr", field: f, cidr: network }, extra);
}

export function exists(f: FieldRef, extra?: Extra): Exists {
  return node({ kind: "Exists", field: f }, extra);
}

export function fieldEquals(f: FieldRef, other: FieldRef, caseSensitive: boolean, extra?: Extra): FieldEquals {
  return node({ kind: "FieldEquals", field: f, other, caseSensitive }, extra);
}

export function keyword(p: Pattern | string, opts: { caseSensitive: boolean; scope: "values" | "raw" } & Extra): Keyword {
  const pat = typeof p === "string" ? literalPattern(p) : p;
  return node({ kind: "Keyword", pattern: pat, caseSensitive: opts.caseSensitive, scope: opts.scope }, opts);
}

export function evalCondition(expr: ValueExpr, extra?: Extra): EvalCondition {
  return node({ kind: "EvalCondition", expr }, extra);
}

/**
 * SPL `f!=x`: the field has a value and no value matches. (Sigma `neq` is plain `Not`, as in
 * pySigma: it also holds when the field is missing.)
 */
export function existsAndNot(f: FieldRef, inner: Expr, extra?: Extra): And {
  return and([exists(f), not(inner)], extra);
}

/** Attach or replace position/origin on any node (nodes are frozen, so this copies). */
export function withExtra<T extends NodeBase>(n: T, extra: Extra): T {
  return node(n as T & object, { pos: extra.pos ?? n.pos, origin: extra.origin ?? n.origin });
}
