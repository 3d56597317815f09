import type { ValueExpr } from "../../ast/value-expr.js";

/**
 * The SPL syntax tree: what the parser reads, before translation to the shared AST.
 * Offsets (`start`, inclusive; `end`, exclusive) point into the macro-expanded search text.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A bare word (escapes as written) or a double-quoted string (`text` is unescaped). */
export interface SplValue extends Span {
  readonly text: string;
  readonly quoted: boolean;
  /** The token as written (quotes and escapes included). */
  readonly raw: string;
}

/** Search-language expressions (base search, `search`, `tstats ... where`). */
export type SearchNode =
  | { readonly kind: "and"; readonly children: readonly SearchNode[]; readonly start: number; readonly end: number }
  | { readonly kind: "or"; readonly children: readonly SearchNode[]; readonly start: number; readonly end: number }
  | { readonly kind: "not"; readonly child: SearchNode; readonly start: number; readonly end: number }
  | {
    readonly kind: "compare"; readonly field: SplValue; readonly op: SearchOp; readonly value: SplValue;
    /** `f=TERM(x)` / `f=CASE(x)`. */
    readonly directive?: "TERM" | "CASE";
    readonly start: number; readonly end: number;
  }
  | { readonly kind: "in"; readonly field: SplValue; readonly values: readonly SplValue[]; readonly start: number; readonly end: number }
  | { readonly kind: "term"; readonly value: SplValue; readonly start: number; readonly end: number }
  /** `TERM(x)` / `CASE(x)` directives, alone or as a compare value. */
  | { readonly kind: "directive"; readonly name: "TERM" | "CASE"; readonly value: SplValue; readonly start: number; readonly end: number }
  | { readonly kind: "subsearch"; readonly pipeline: SplPipeline; readonly start: number; readonly end: number }
  | { readonly kind: "macro"; readonly text: string; readonly start: number; readonly end: number };

export type SearchOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

/** A generic command argument, kept so no command loses anything. */
export type SplArg =
  | ({ readonly kind: "word" } & SplValue)
  | ({ readonly kind: "string" } & SplValue)
  | { readonly kind: "op"; readonly op: string; readonly start: number; readonly end: number }
  | { readonly kind: "comma"; readonly start: number; readonly end: number }
  | { readonly kind: "group"; readonly args: readonly SplArg[]; readonly start: number; readonly end: number }
  | { readonly kind: "subsearch"; readonly pipeline: SplPipeline; readonly start: number; readonly end: number }
  | { readonly kind: "macro"; readonly text: string; readonly start: number; readonly end: number };

export interface EvalAssignment extends Span {
  readonly field: string;
  readonly expr: ValueExpr;
}

/** One command of a pipeline. Exactly one of `search`/`expr`/`assignments` is set for search/where/eval. */
export interface SplCommand extends Span {
  /** Lower-case command name; `search` for the base search. */
  readonly name: string;
  /** True for the implicit search before the first `|`. */
  readonly base: boolean;
  readonly args: readonly SplArg[];
  /** `search` and the base search: the search expression (`undefined` when empty). */
  readonly search?: SearchNode;
  /** `where`: the condition. */
  readonly expr?: ValueExpr;
  /** `eval`: the assignments. */
  readonly assignments?: readonly EvalAssignment[];
}

export interface SplPipeline extends Span {
  readonly commands: readonly SplCommand[];
}
