import type { Nfa } from "./nfa.js";
import type { CodePointRanges, RegexNode } from "./syntax.js";

/**
 * How long a backtracking engine (JavaScript's RegExp, PCRE) may take to search a value
 * of length n with this pattern, in the worst case:
 * - `linear`: no input makes it backtrack super-linearly
 * - `polynomial`: some input takes O(n^k) steps, k >= 2 (e.g. `a*b`, `.*a.*b`, `(.*a){5}`)
 * - `exponential`: some input takes O(2^n) steps (e.g. `(a+)+$`, `(a|a)*b`)
 * - `unknown`: too large to analyse; treat as unsafe
 */
export type BacktrackingComplexity = "linear" | "polynomial" | "exponential" | "unknown";

export interface RegexSafetyReport {
  readonly complexity: BacktrackingComplexity;
  /** Why, in words, when not linear. */
  readonly reason?: string;
}

/** Patterns with more character positions than this are not analysed (`unknown`). */
export const MAX_ANALYSED_POSITIONS = 96;

/**
 * Decides the backtracking complexity of a search with this NFA by the ambiguity of its
 * epsilon-free (Glushkov-style) automaton, after Weideman et al. (2016): exponential
 * backtracking needs a state with two different loops on the same word (EDA); polynomial
 * backtracking needs two states p != q with loops p->p, q->q and a path p->q on one
 * word (IDA). The search's implicit "try every start position" is modelled as a
 * leading any-character loop unless the pattern is anchored at the start.
 * Assertions are treated as always true, so the answer errs towards "unsafe".
 */
export function analyseBacktracking(nfa: Nfa, tree: RegexNode): RegexSafetyReport {
  if (hasStarOverNullableStar(tree)) {
    return { complexity: "exponential", reason: "a repeated group can match the empty string and holds a repeat of its own (e.g. `(a*)*`), so backtracking takes exponential time" };
  }
  const graph = positionGraph(nfa, !anchoredAtStart(tree));
  const n = graph.labels.length;
  if (n > MAX_ANALYSED_POSITIONS) return { complexity: "unknown", reason: `the pattern is too large to analyse (${n} positions)` };
  const overlap: boolean[][] = graph.labels.map((a) => graph.labels.map((b) => rangesOverlap(a, b)));
  const pairId = (p: number, q: number) => p * n + q;
  const pairSucc = (id: number): number[] => {
    const p = Math.floor(id / n);
    const q = id % n;
    const out: number[] = [];
    for (const p2 of graph.succ[p]!) for (const q2 of graph.succ[q]!) if (overlap[p2]![q2]) out.push(pairId(p2, q2));
    return out;
  };
  const pairs = n * n;
  const succ: number[][] = new Array(pairs);
  for (let id = 0; id < pairs; id++) succ[id] = pairSucc(id);

  // EDA: a strongly connected component of the pair graph holding (p,p) and some (q,r), q != r.
  const component = stronglyConnectedComponents(succ);
  const hasDiagonal = new Set<number>();
  const hasOffDiagonal = new Set<number>();
  for (let id = 0; id < pairs; id++) {
    const p = Math.floor(id / n);
    const q = id % n;
    if (!onCycle(id, component, succ)) continue;
    (p === q ? hasDiagonal : hasOffDiagonal).add(component[id]!);
  }
  for (const c of hasDiagonal) {
    if (hasOffDiagonal.has(c)) {
      return { complexity: "exponential", reason: "a repeated part can match the same text in two different ways (e.g. nested quantifiers `(a+)+` or overlapping alternatives `(a|ab)*`), so backtracking takes exponential time" };
    }
  }

  // IDA (over-approximated with pairs): (p,p) ->+ (p,q) ->+ (q,q), p != q.
  const reachFrom = (start: number, edges: number[][]): Uint8Array => {
    const seen = new Uint8Array(pairs);
    const stack = [...edges[start]!];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen[id]) continue;
      seen[id] = 1;
      for (const next of edges[id]!) if (!seen[next]) stack.push(next);
    }
    return seen;
  };
  const pred: number[][] = Array.from({ length: pairs }, () => []);
  for (let id = 0; id < pairs; id++) for (const next of succ[id]!) pred[next]!.push(id);
  const forward: Uint8Array[] = [];
  const backward: Uint8Array[] = [];
  for (let p = 0; p < n; p++) {
    forward.push(reachFrom(pairId(p, p), succ));
    backward.push(reachFrom(pairId(p, p), pred));
  }
  for (let p = 0; p < n; p++) {
    for (let q = 0; q < n; q++) {
      if (p === q) continue;
      const id = pairId(p, q);
      if (forward[p]![id] && backward[q]![id]) {
        return { complexity: "polynomial", reason: "two repeated parts in sequence can match the same text (e.g. `.*a.*b`, `\\s*\\s*$`, or a quantifier after the implicit search loop as in `a*b`), so backtracking takes polynomial time" };
      }
    }
  }
  return { complexity: "linear" };
}

interface PositionGraph {
  /** The character set each position reads. */
  labels: CodePointRanges[];
  /** Positions that can follow each position. */
  succ: number[][];
}

const ANY: CodePointRanges = [[0, 0x10ffff]];

function positionGraph(nfa: Nfa, searchLoop: boolean): PositionGraph {
  const program = nfa.program;
  const positionOf = new Map<number, number>();
  const labels: CodePointRanges[] = [];
  if (searchLoop) labels.push(ANY);
  program.forEach((ins, pc) => {
    if (ins.op === "set") {
      positionOf.set(pc, labels.length);
      labels.push(ins.ranges);
    }
  });
  // A position from which the match is reachable without assertions ends the search with
  // success as soon as it is reached, so it cannot be part of a failing backtracking path.
  const acceptsAfter = (from: number): boolean => {
    const seen = new Set<number>();
    const stack = [from];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (seen.has(pc)) continue;
      seen.add(pc);
      const ins = program[pc]!;
      if (ins.op === "match") return true;
      if (ins.op === "split") stack.push(ins.next, ins.alt);
      else if (ins.op === "jump") stack.push(ins.next);
    }
    return false;
  };
  const closure = (from: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    const stack = [from];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (seen.has(pc)) continue;
      seen.add(pc);
      const ins = program[pc]!;
      if (ins.op === "set") out.push(positionOf.get(pc)!);
      else if (ins.op === "split") stack.push(ins.next, ins.alt);
      else if (ins.op === "jump" || ins.op === "assert") stack.push(ins.next);
    }
    return out;
  };
  const accepting = new Set<number>();
  const succ: number[][] = new Array(labels.length);
  program.forEach((ins, pc) => {
    if (ins.op !== "set") return;
    const at = positionOf.get(pc)!;
    succ[at] = closure(ins.next);
    if (acceptsAfter(ins.next)) accepting.add(at);
  });
  if (searchLoop) {
    succ[0] = [0, ...closure(nfa.start)];
    if (acceptsAfter(nfa.start)) accepting.add(0);
  }
  for (let at = 0; at < succ.length; at++) {
    succ[at] = accepting.has(at) ? [] : succ[at]!.filter((next) => !accepting.has(next));
  }
  return { labels, succ };
}

/**
 * `(a*)*`, `(a*|b)+`: the epsilon-free automaton merges the ways in and out of the inner
 * repeat, so the pair analysis cannot see them; backtracking engines still try them all.
 */
function hasStarOverNullableStar(node: RegexNode): boolean {
  switch (node.type) {
    case "repeat":
      if (node.max === Infinity && nullable(node.item) && hasConsumingStar(node.item)) return true;
      return hasStarOverNullableStar(node.item);
    case "concat":
    case "alt":
      return node.items.some(hasStarOverNullableStar);
    default:
      return false;
  }
}

function hasConsumingStar(node: RegexNode): boolean {
  switch (node.type) {
    case "repeat":
      return (node.max === Infinity && !matchesOnlyEmpty(node.item)) || hasConsumingStar(node.item);
    case "concat":
    case "alt":
      return node.items.some(hasConsumingStar);
    default:
      return false;
  }
}

function nullable(node: RegexNode): boolean {
  switch (node.type) {
    case "empty":
    case "assert":
      return true;
    case "set":
      return false;
    case "concat":
      return node.items.every(nullable);
    case "alt":
      return node.items.some(nullable);
    case "repeat":
      return node.min === 0 || nullable(node.item);
  }
}

function matchesOnlyEmpty(node: RegexNode): boolean {
  switch (node.type) {
    case "empty":
    case "assert":
      return true;
    case "set":
      return false;
    case "concat":
    case "alt":
      return node.items.every(matchesOnlyEmpty);
    case "repeat":
      return node.max === 0 || matchesOnlyEmpty(node.item);
  }
}

/** True when every way through the pattern starts with a start-of-value anchor. */
function anchoredAtStart(node: RegexNode): boolean {
  switch (node.type) {
    case "assert":
      return node.kind === "start";
    case "concat":
      return node.items.length > 0 && anchoredAtStart(node.items[0]!);
    case "alt":
      return node.items.every(anchoredAtStart);
    case "repeat":
      return node.min > 0 && anchoredAtStart(node.item);
    default:
      return false;
  }
}

function rangesOverlap(a: CodePointRanges, b: CodePointRanges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x[1] < y[0]) i++;
    else if (y[1] < x[0]) j++;
    else return true;
  }
  return false;
}

function onCycle(id: number, component: Int32Array, succ: number[][]): boolean {
  const c = component[id]!;
  return succ[id]!.some((next) => component[next] === c);
}

/** Tarjan's algorithm, iterative (patterns can be long). */
function stronglyConnectedComponents(succ: number[][]): Int32Array {
  const count = succ.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  let nextIndex = 0;
  let nextComponent = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = nextIndex++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, k] = frame;
      const edges = succ[v]!;
      if (k < edges.length) {
        frame[1]++;
        const w = edges[k]!;
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = nextComponent;
        } while (w !== v);
        nextComponent++;
      }
    }
  }
  return component;
}
