import type { AssertKind, CodePointRanges } from "./syntax.js";
import type { Nfa } from "./nfa.js";

/**
 * A regex search engine that runs in time linear in the input: a DFA built lazily
 * from the NFA while scanning (each DFA state is a set of NFA states plus what kind of
 * character came before, so `^ $ \b` resolve without backtracking). The state cache is
 * bounded; when it fills up it is flushed and rebuilt from the current state, so
 * memory stays bounded and every input code point costs at most O(NFA size).
 */
export class LazyDfaSearcher {
  private states: DfaState[] = [];
  private index = new Map<string, DfaState>();
  private readonly mark: Uint32Array;
  private generation = 0;
  private readonly initial: readonly number[];

  constructor(
    private readonly nfa: Nfa,
    /** Most DFA states kept before the cache is flushed. */
    private readonly maxStates = 4096,
  ) {
    this.mark = new Uint32Array(nfa.program.length);
    this.initial = [nfa.start];
  }

  /** True when the pattern matches somewhere in `text`. */
  search(text: string): boolean {
    let state = this.state(PREV_START, this.initial);
    const n = text.length;
    for (let i = 0; i < n; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      const symbol = cp === NEWLINE && i === n ? FINAL_NEWLINE : cp;
      const next = this.step(state, symbol);
      if (next === MATCHED) return true;
      state = next;
    }
    return this.step(state, END) === MATCHED;
  }

  private step(state: DfaState, symbol: number): DfaState | typeof MATCHED {
    if (symbol >= 0 && symbol < 128) {
      const cached = state.ascii[symbol];
      if (cached !== undefined) return cached;
    } else {
      const cached = state.other.get(symbol);
      if (cached !== undefined) return cached;
    }
    const computed = this.transition(state, symbol);
    // The cache may have been flushed while computing: `state` is then no longer indexed, which is fine.
    if (symbol >= 0 && symbol < 128) state.ascii[symbol] = computed;
    else state.other.set(symbol, computed);
    return computed;
  }

  private transition(state: DfaState, symbol: number): DfaState | typeof MATCHED {
    const program = this.nfa.program;
    const nextKind = symbolKind(symbol);
    const consumers: number[] = [];
    const stamp = ++this.generation;
    const stack = [...state.pending].reverse();
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (this.mark[pc] === stamp) continue;
      this.mark[pc] = stamp;
      const ins = program[pc]!;
      switch (ins.op) {
        case "match":
          return MATCHED;
        case "set":
          consumers.push(pc);
          break;
        case "jump":
          stack.push(ins.next);
          break;
        case "split":
          stack.push(ins.alt, ins.next);
          break;
        case "assert":
          if (assertionHolds(ins.kind, state.prev, nextKind)) stack.push(ins.next);
          break;
      }
    }
    if (symbol === END) return DEAD_END;
    const cp = symbol === FINAL_NEWLINE ? NEWLINE : symbol;
    const targets: number[] = [];
    for (const pc of consumers) {
      const ins = program[pc] as { ranges: CodePointRanges; next: number };
      if (inRanges(ins.ranges, cp)) targets.push(ins.next);
    }
    // An unanchored search may start a match at every position.
    targets.push(this.nfa.start);
    return this.state(prevKind(cp), targets);
  }

  private state(prev: number, pending: readonly number[]): DfaState {
    const unique = [...new Set(pending)].sort((a, b) => a - b);
    const key = prev + ":" + unique.join(",");
    const found = this.index.get(key);
    if (found) return found;
    if (this.states.length >= this.maxStates) {
      this.states = [];
      this.index = new Map();
    }
    const created: DfaState = { prev, pending: unique, ascii: new Array(128), other: new Map() };
    this.states.push(created);
    this.index.set(key, created);
    return created;
  }
}

interface DfaState {
  readonly prev: number;
  readonly pending: readonly number[];
  readonly ascii: (DfaState | typeof MATCHED | undefined)[];
  readonly other: Map<number, DfaState | typeof MATCHED>;
}

const MATCHED = Symbol("matched");
/** A state with nothing pending; only reached at the end of input (searching never dies earlier). */
const DEAD_END: DfaState = { prev: -1, pending: [], ascii: [], other: new Map() };

const NEWLINE = 0x0a;
/** Pseudo-symbols: end of input, and a `\n` that is the last character (for PCRE's `$`). */
const END = -1;
const FINAL_NEWLINE = -2;

/** What came before the current position. */
const PREV_START = 0;
const PREV_NEWLINE = 1;
const PREV_WORD = 2;
const PREV_OTHER = 3;

/** What comes next. */
const NEXT_END = 0;
const NEXT_FINAL_NEWLINE = 1;
const NEXT_NEWLINE = 2;
const NEXT_WORD = 3;
const NEXT_OTHER = 4;

function isWordCodePoint(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f || (cp >= 0x61 && cp <= 0x7a);
}

function prevKind(cp: number): number {
  return cp === NEWLINE ? PREV_NEWLINE : isWordCodePoint(cp) ? PREV_WORD : PREV_OTHER;
}

function symbolKind(symbol: number): number {
  if (symbol === END) return NEXT_END;
  if (symbol === FINAL_NEWLINE) return NEXT_FINAL_NEWLINE;
  if (symbol === NEWLINE) return NEXT_NEWLINE;
  return isWordCodePoint(symbol) ? NEXT_WORD : NEXT_OTHER;
}

function assertionHolds(kind: AssertKind, prev: number, next: number): boolean {
  switch (kind) {
    case "start":
      return prev === PREV_START;
    case "lineStart":
      return prev === PREV_START || prev === PREV_NEWLINE;
    case "end":
      return next === NEXT_END;
    case "endOrFinalNewline":
      return next === NEXT_END || next === NEXT_FINAL_NEWLINE;
    case "lineEnd":
      return next === NEXT_END || next === NEXT_FINAL_NEWLINE || next === NEXT_NEWLINE;
    case "wordBoundary":
      return (prev === PREV_WORD) !== (next === NEXT_WORD);
    case "notWordBoundary":
      return (prev === PREV_WORD) === (next === NEXT_WORD);
  }
}

/** Binary search in sorted, non-overlapping ranges. */
export function inRanges(ranges: CodePointRanges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
