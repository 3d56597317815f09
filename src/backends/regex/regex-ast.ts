import type { CodePointSet } from "./code-point-set.js";

/**
 * A regular expression with every flag already applied: case-insensitivity is folded into
 * the character sets, `.` is a set, and anchors are explicit assertions. This is the common
 * form that PCRE is parsed into and that each Elasticsearch dialect is written from.
 */
export type RegexNode = CharNode | SeqNode | AltNode | RepeatNode | AssertNode;

/** Exactly one character from `set`. */
export interface CharNode {
  readonly t: "char";
  readonly set: CodePointSet;
}

export interface SeqNode {
  readonly t: "seq";
  readonly items: readonly RegexNode[];
}

export interface AltNode {
  readonly t: "alt";
  readonly branches: readonly RegexNode[];
}

export interface RepeatNode {
  readonly t: "repeat";
  readonly node: RegexNode;
  readonly min: number;
  /** `null`: unbounded. */
  readonly max: number | null;
}

/**
 * Zero-width anchors:
 * - `bos` start of subject (`^`, `\A`); `bol` start or after `\n` (`^` under `m`)
 * - `eos` end of subject (`\z`); `eosnl` end or before a final `\n` (`$`, `\Z`);
 *   `eol` end or before any `\n` (`$` under `m`).
 */
export interface AssertNode {
  readonly t: "assert";
  readonly kind: "bos" | "bol" | "eos" | "eosnl" | "eol";
}
