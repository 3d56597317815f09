import type { NodeBase } from "../../ast/position.js";
import type { Binary, BinaryOp, Call, FieldValue, Literal, Unary, ValueExpr } from "../../ast/value-expr.js";
import { field } from "../../ast/builders.js";

/** Gives a node its file position and macro origin from an offset of the expanded search. */
export type NodeLocator = (offset: number) => Pick<NodeBase, "pos" | "origin">;

function freeze<T extends object>(value: T, extra: Pick<NodeBase, "pos" | "origin">): T {
  const out = { ...value } as Record<string, unknown>;
  if (extra.pos) out.pos = extra.pos;
  if (extra.origin) out.origin = extra.origin;
  return Object.freeze(out) as T;
}

export function literalNode(value: Literal["value"], extra: Pick<NodeBase, "pos" | "origin">): Literal {
  return freeze({ kind: "Literal", value }, extra);
}

export function fieldValueNode(name: string, extra: Pick<NodeBase, "pos" | "origin">): FieldValue {
  return freeze({ kind: "FieldValue", field: field(name, extra) }, extra);
}

export function callNode(name: string, args: readonly ValueExpr[], extra: Pick<NodeBase, "pos" | "origin">): Call {
  return freeze({ kind: "Call", name, args: Object.freeze([...args]) }, extra);
}

export function binaryNode(op: BinaryOp, left: ValueExpr, right: ValueExpr, extra: Pick<NodeBase, "pos" | "origin">): Binary {
  return freeze({ kind: "Binary", op, left, right }, extra);
}

export function unaryNode(op: Unary["op"], operand: ValueExpr, extra: Pick<NodeBase, "pos" | "origin">): Unary {
  return freeze({ kind: "Unary", op, operand }, extra);
}
