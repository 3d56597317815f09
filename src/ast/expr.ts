import type { FieldRef } from "./field.js";
import type { Pattern } from "./pattern.js";
import type { NodeBase } from "./position.js";
import type { ValueExpr } from "./value-expr.js";

/**
 * The boolean filter expression of a rule: which single events it selects.
 *
 * Semantics shared by every front-end and backend (see docs/semantics.md):
 * - A field predicate holds when **any** value of the field satisfies it (multivalue
 *   fields, arrays). On a missing field every field predicate is false.
 * - `Not` is plain boolean negation, so `Not(Match(f, x))` is true on events without `f`
 *   (SPL `NOT f=x`, Sigma `not`). "Field exists and is not x" (SPL `f!=x`) is written
 *   `And(Exists(f), Not(Match(f, x)))`.
 * - Values are compared through their text form: strings as they are, numbers in their
 *   shortest JSON form (`403`, `1.5`), booleans as `true`/`false`. Objects are not values.
 */
export type Expr = And | Or | Not | Const | Predicate;

export type Predicate =
  | Match
  | Compare
  | Regex
  | Cidr
  | Exists
  | FieldEquals
  | Keyword
  | EvalCondition;

export interface And extends NodeBase {
  readonly kind: "And";
  readonly children: readonly Expr[];
}

export interface Or extends NodeBase {
  readonly kind: "Or";
  readonly children: readonly Expr[];
}

export interface Not extends NodeBase {
  readonly kind: "Not";
  readonly child: Expr;
}

/** `true` selects every event, `false` none (e.g. an empty `search *` filter macro is `true`). */
export interface Const extends NodeBase {
  readonly kind: "Const";
  readonly value: boolean;
}

/**
 * A value matches a wildcard pattern (whole-value match).
 * `caseSensitive: false` folds case with Unicode simple case folding (not ASCII-only).
 * Sigma strings and SPL search values are case-insensitive; SPL `where` and Sigma `cased` are not.
 */
export interface Match extends NodeBase {
  readonly kind: "Match";
  readonly field: FieldRef;
  readonly pattern: Pattern;
  readonly caseSensitive: boolean;
}

/** Time parts extracted from a date value (Sigma's time modifiers), as numbers. */
export type TimePart = "minute" | "hour" | "day" | "week" | "month" | "year";

/**
 * Ordered comparison. `numeric: true` compares as numbers: a value that is not a
 * number or a numeric string does not satisfy it. `numeric: false` compares the
 * text forms by UTF-16 code units. With `timePart`, the value is first parsed as a
 * date (ISO 8601 or epoch seconds) and the part (UTC) is compared.
 */
export interface Compare extends NodeBase {
  readonly kind: "Compare";
  readonly field: FieldRef;
  readonly op: "eq" | "lt" | "lte" | "gt" | "gte";
  readonly value: number | string;
  readonly numeric: boolean;
  readonly timePart?: TimePart;
}

/**
 * A regular expression **search** (not anchored: it matches when found anywhere in the
 * value) in the PCRE dialect. Flags: `i` case-insensitive, `m` multi-line anchors,
 * `s` dot matches newline. Backends without PCRE translate exactly or refuse with a diagnostic.
 */
export interface Regex extends NodeBase {
  readonly kind: "Regex";
  readonly field: FieldRef;
  readonly pattern: string;
  readonly flags: RegexFlags;
}

export interface RegexFlags {
  readonly i: boolean;
  readonly m: boolean;
  readonly s: boolean;
}

/** The value is an IPv4 or IPv6 address inside the network `cidr` (e.g. `10.0.0.0/8`, `fe80::/10`). */
export interface Cidr extends NodeBase {
  readonly kind: "Cidr";
  readonly field: FieldRef;
  readonly cidr: string;
}

/**
 * The field has at least one non-null value. (Elasticsearch's `exists`, SPL's `f=*`.
 * Sigma's `exists` also counts an explicit `null`; no Elastic backend can see a JSON null,
 * so every backend uses this definition. See docs/semantics.md.) Sigma `f: null` is `Not(Exists(f))`.
 */
export interface Exists extends NodeBase {
  readonly kind: "Exists";
  readonly field: FieldRef;
}

/** Sigma `fieldref`: some value of `field` equals some value of `other`. */
export interface FieldEquals extends NodeBase {
  readonly kind: "FieldEquals";
  readonly field: FieldRef;
  readonly other: FieldRef;
  readonly caseSensitive: boolean;
}

/**
 * Full-text search over the whole event.
 * - `scope: "values"` (Sigma keywords): some string/number/boolean value anywhere in the
 *   event matches `pattern` (whole-value match; front-ends add `*` for "contains").
 * - `scope: "raw"` (SPL bare terms): the raw event text (the NDJSON line) matches `pattern`.
 */
export interface Keyword extends NodeBase {
  readonly kind: "Keyword";
  readonly pattern: Pattern;
  readonly caseSensitive: boolean;
  readonly scope: "values" | "raw";
}

/** An SPL eval expression used as a condition (`where`), when no simpler predicate expresses it. */
export interface EvalCondition extends NodeBase {
  readonly kind: "EvalCondition";
  readonly expr: ValueExpr;
}

export const PREDICATE_KINDS: ReadonlySet<Expr["kind"]> = new Set([
  "Match", "Compare", "Regex", "Cidr", "Exists", "FieldEquals", "Keyword", "EvalCondition",
]);

export function isPredicate(e: Expr): e is Predicate {
  return PREDICATE_KINDS.has(e.kind);
}
