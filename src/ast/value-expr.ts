import type { FieldRef } from "./field.js";
import type { NodeBase } from "./position.js";

/**
 * SPL `eval`/`where` value expressions. Semantics are SPL's eval semantics:
 * - a missing field is `null`; most functions and operators given `null` return `null`;
 * - comparisons `=`/`==`/`!=`/`<`... are case-sensitive; numbers compare numerically when
 *   both sides are numbers (or numeric strings), else as strings;
 * - a condition is true only when it evaluates to boolean `true` (`null` is not true).
 */
export type ValueExpr = Literal | FieldValue | Call | Binary | Unary;

export interface Literal extends NodeBase {
  readonly kind: "Literal";
  readonly value: string | number | boolean | null;
}

export interface FieldValue extends NodeBase {
  readonly kind: "FieldValue";
  readonly field: FieldRef;
}

/** A function call, e.g. `lower(x)`, `if(c, a, b)`, `match(x, "re")`. `name` is lower-case. */
export interface Call extends NodeBase {
  readonly kind: "Call";
  readonly name: string;
  readonly args: readonly ValueExpr[];
}

export type BinaryOp =
  | "+" | "-" | "*" | "/" | "%" | "."
  | "=" | "==" | "!=" | "<" | "<=" | ">" | ">="
  | "AND" | "OR" | "XOR" | "LIKE";

export interface Binary extends NodeBase {
  readonly kind: "Binary";
  readonly op: BinaryOp;
  readonly left: ValueExpr;
  readonly right: ValueExpr;
}

export interface Unary extends NodeBase {
  readonly kind: "Unary";
  readonly op: "NOT" | "-";
  readonly operand: ValueExpr;
}
