import type { AssertKind, CodePointRanges, RegexNode } from "./syntax.js";

/**
 * A Thompson NFA as a flat instruction list (Pike VM style):
 * - `set`: consume one code point in `ranges`, go to `next`
 * - `split`: go to both `next` and `alt` (epsilon)
 * - `jump`: go to `next` (epsilon)
 * - `assert`: go to `next` when the zero-width assertion holds
 * - `match`: accept
 */
export type NfaInstruction =
  | { op: "set"; ranges: CodePointRanges; next: number }
  | { op: "split"; next: number; alt: number }
  | { op: "jump"; next: number }
  | { op: "assert"; kind: AssertKind; next: number }
  | { op: "match" };

export interface Nfa {
  readonly program: readonly NfaInstruction[];
  readonly start: number;
}

/** Instruction count above which a pattern is refused (bounded repeats multiply the program). */
export const MAX_NFA_SIZE = 250_000;

export class NfaTooLargeError extends Error {
  override readonly name = "NfaTooLargeError";
}

/** Compiles a regex tree into an NFA; bounded repeats are unrolled. */
export function compileNfa(root: RegexNode): Nfa {
  const program: NfaInstruction[] = [];
  const emit = (ins: NfaInstruction): number => {
    if (program.length >= MAX_NFA_SIZE) throw new NfaTooLargeError(`the pattern compiles to more than ${MAX_NFA_SIZE} states`);
    program.push(ins);
    return program.length - 1;
  };
  const matchAt = emit({ op: "match" });
  // Builds `node` so that it continues at `next`; returns its entry. Built back to front.
  const build = (node: RegexNode, next: number): number => {
    switch (node.type) {
      case "empty":
        return next;
      case "set":
        return emit({ op: "set", ranges: node.ranges, next });
      case "assert":
        return emit({ op: "assert", kind: node.kind, next });
      case "concat": {
        let entry = next;
        for (let k = node.items.length - 1; k >= 0; k--) entry = build(node.items[k]!, entry);
        return entry;
      }
      case "alt": {
        const entries = node.items.map((item) => build(item, next));
        let entry = entries[entries.length - 1]!;
        for (let k = entries.length - 2; k >= 0; k--) entry = emit({ op: "split", next: entries[k]!, alt: entry });
        return entry;
      }
      case "repeat": {
        let entry = next;
        if (node.max === Infinity) {
          // x* : loop -> split(x -> loop, next)
          const loop = emit({ op: "split", next: -1, alt: next });
          const body = build(node.item, loop);
          (program[loop] as { next: number }).next = body;
          entry = loop;
        } else {
          // Optional copies, nested so that x{0,3} is (x(x(x)?)?)?
          for (let k = 0; k < node.max - node.min; k++) {
            const body = build(node.item, entry);
            entry = emit({ op: "split", next: body, alt: next });
          }
        }
        for (let k = 0; k < node.min; k++) entry = build(node.item, entry);
        return entry;
      }
    }
  };
  const start = build(root, matchAt);
  return { program, start };
}

/**
 * The NFA as plain data for code generators (the matcher runtime's `rcLinearRegex` runs it):
 * `[0, next, [lo, hi, lo, hi, ...]]` consume one code point in the ranges; `[1, next, alt]`
 * split; `[2, next, assertion]` (index into {@link SERIALIZED_ASSERTIONS}); `[3]` match.
 */
export type SerializedNfaInstruction = [0, number, number[]] | [1, number, number] | [2, number, number] | [3];

export const SERIALIZED_ASSERTIONS = ["start", "lineStart", "end", "endOrFinalNewline", "lineEnd", "wordBoundary", "notWordBoundary"] as const;

export function serializeNfa(nfa: Nfa): { program: SerializedNfaInstruction[]; start: number } {
  const program = nfa.program.map((ins): SerializedNfaInstruction => {
    switch (ins.op) {
      case "set":
        return [0, ins.next, ins.ranges.flatMap((r) => [r[0], r[1]])];
      case "split":
        return [1, ins.next, ins.alt];
      case "jump":
        return [1, ins.next, ins.next];
      case "assert":
        return [2, ins.next, SERIALIZED_ASSERTIONS.indexOf(ins.kind)];
      case "match":
        return [3];
    }
  });
  return { program, start: nfa.start };
}
