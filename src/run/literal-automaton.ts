/** Receives each occurrence of a literal found by {@link LiteralAutomaton.scan}. */
export interface LiteralSink {
  /** Literal `text` occurs at `[start, end)` of a value of length `length`. */
  found(text: number, start: number, end: number, length: number): void;
}

/** @internal Tuning of {@link LiteralAutomaton} (tests use it to reach every layout with small literal sets). */
export interface LiteralAutomatonOptions {
  /** Most bytes of transition rows; default {@link TABLE_BYTES}. */
  readonly tableBytes?: number;
}

const KELVIN = 0x212a;
const LONG_S = 0x17f;
/** Entries of the column map at the start of {@link LiteralAutomaton}'s table (one per ASCII code). */
const MAP = 128;

/**
 * Most bytes of transition rows per automaton. Every SigmaHQ field fits (the largest,
 * 59,024 states x 70 columns, takes 8 MB), so there every step is one array read; a larger
 * literal set gets rows for as many shallow states as fit and trie edges for the rest.
 */
const TABLE_BYTES = 16 * 2 ** 20;

/**
 * An Aho-Corasick automaton over lower-case ASCII literals, run on values case-folded the
 * way the AST's case-insensitive matching folds them where ASCII is concerned: ASCII
 * letters to lower case, `ſ` (U+017F) to `s` and `K` (U+212A) to `k` (the only non-ASCII
 * characters whose simple case folding is ASCII). Every other non-ASCII character matches
 * no literal character. One pass over a value finds every occurrence of every literal.
 *
 * Layout, for speed on large literal sets (a scan's time goes to reading transitions that
 * are not in cache, so the layout is about memory):
 * - characters map to columns, one per character the literals use (0: any other); the map
 *   heads the one table of transitions (a scan reads one typed array);
 * - when all rows fit {@link TABLE_BYTES} (every SigmaHQ field does), every state has a full
 *   row of transitions (a DFA: failure links resolved at build time), so a step is one read
 *   of a `Uint16Array` (`Int32Array` past 65,536 states);
 * - states are numbered in two runs: first those that report nothing, then those that report
 *   a literal (it ends there or at a state on its failure chain), so a step learns whether
 *   to report by comparing the state number, without a memory read. Within each run, states
 *   to depth {@link BREADTH_FIRST_DEPTH} come first, breadth-first (a scan stays mostly
 *   among them: their rows stay in cache), then each deeper subtree depth-first (a scan
 *   following a literal's path reads rows that lie together);
 * - when the rows do not all fit, states are numbered breadth-first throughout and only the
 *   first ones (the shallow non-reporting ones) have rows, as many as fit; the others keep
 *   their trie edges and fall back along failure links.
 */
export class LiteralAutomaton {
  private readonly columns: number;
  /**
   * The column map, then full rows of the first `dense` states, in one array (a scan reads
   * one object): `table[c]` is {@link MAP} + the column of folded character `c` (< 128), and
   * `table[state * columns + table[c]]` is the state after `state` reads `c`.
   */
  private readonly table: Uint16Array | Int32Array;
  private readonly dense: number;
  /** Trie edges of state `dense + k`: `edgeColumn/edgeTarget[edgeStart[k] .. edgeStart[k + 1])` (empty when every state has a row). */
  private readonly edgeStart: Int32Array;
  private readonly edgeColumn: Uint8Array;
  private readonly edgeTarget: Int32Array;
  /** Failure links (empty when every state has a row: a scan never follows them). */
  private readonly fail: Int32Array;
  /** States from this one on report literals. */
  private readonly firstReport: number;
  /** Per reporting state `firstReport + k`: the literal ending there (-1: none), and the next reporting state on its failure chain (0: none). */
  private readonly reportText: Int32Array;
  private readonly reportNext: Int32Array;
  private readonly lengths: Int32Array;
  /** Number of states (for reporting the automaton's size). */
  readonly states: number;

  /** `texts` are lower-case ASCII, non-empty, distinct. */
  constructor(texts: readonly string[], options: LiteralAutomatonOptions = {}) {
    const column = new Uint8Array(MAP);
    this.columns = assignColumns(texts, column);
    this.lengths = Int32Array.from(texts, (t) => t.length);
    const trie = buildTrie(texts, column);
    const states = trie.endsAt.length;
    this.states = states;
    const { order, fail, reports } = failureLinks(trie);
    const columns = this.columns;
    const wide = states > 0x10000;
    const rowBytes = columns * (wide ? 4 : 2);
    const full = states * rowBytes <= (options.tableBytes ?? TABLE_BYTES);
    // New numbers: non-reporting states, then reporting ones, each in the order below.
    const numbering = full ? localOrder(trie, order) : order;
    const number = new Int32Array(states);
    let firstReport = 0;
    for (let k = 0; k < states; k++) if (reports[numbering[k]!] === 0) number[numbering[k]!] = firstReport++;
    let next = firstReport;
    for (let k = 0; k < states; k++) if (reports[numbering[k]!] === 1) number[numbering[k]!] = next++;
    this.firstReport = firstReport;
    const dense = full ? states : Math.max(1, Math.min(firstReport, Math.floor((options.tableBytes ?? TABLE_BYTES) / rowBytes)));
    this.dense = dense;
    const newFail = new Int32Array(states);
    for (let s = 0; s < states; s++) newFail[number[s]!] = number[fail[s]!]!;
    this.fail = dense === states ? new Int32Array(0) : newFail;
    // Trie edges of the states without a row.
    const edgeStart = new Int32Array(states - dense + 1);
    const edgeColumn: number[] = [];
    const edgeTarget: number[] = [];
    const byNumber = new Int32Array(states);
    for (let s = 0; s < states; s++) byNumber[number[s]!] = s;
    for (let r = dense; r < states; r++) {
      const s = byNumber[r]!;
      edgeStart[r - dense] = edgeColumn.length;
      for (let c = trie.childStart[s]!; c < trie.childStart[s + 1]!; c++) {
        const child = trie.children[c]!;
        edgeColumn.push(trie.columnOf[child]!);
        edgeTarget.push(number[child]!);
      }
    }
    edgeStart[states - dense] = edgeColumn.length;
    this.edgeStart = edgeStart;
    this.edgeColumn = Uint8Array.from(edgeColumn);
    this.edgeTarget = Int32Array.from(edgeTarget);
    // Rows breadth-first: a state's row is its failure state's (done: shallower) with its own trie
    // edges over it. That state has a row too: it reports nothing either (else this state would
    // report), and rows go to the shallowest such states.
    const table = wide ? new Int32Array(MAP + dense * columns) : new Uint16Array(MAP + dense * columns);
    for (let c = 0; c < MAP; c++) table[c] = MAP + column[c]!;
    this.table = table;
    for (let k = 0; k < states; k++) {
      const s = order[k]!;
      const r = MAP + number[s]! * columns;
      if (r >= MAP + dense * columns) continue;
      const f = MAP + newFail[number[s]!]! * columns;
      if (s !== 0) table.copyWithin(r, f, f + columns);
      for (let c = trie.childStart[s]!; c < trie.childStart[s + 1]!; c++) {
        const child = trie.children[c]!;
        table[r + trie.columnOf[child]!] = number[child]!;
      }
    }
    // What each reporting state reports: its own literal, then its dictionary link's.
    const reported = states - firstReport;
    this.reportText = new Int32Array(reported);
    this.reportNext = new Int32Array(reported);
    for (let s = 0; s < states; s++) {
      const r = number[s]!;
      if (r < firstReport) continue;
      this.reportText[r - firstReport] = trie.endsAt[s]!;
      let d = fail[s]!;
      while (d !== 0 && reports[d] === 0) d = fail[d]!;
      this.reportNext[r - firstReport] = number[d]!;
    }
  }

  /** The state after `state` (one without a row) reads a character whose `table` entry is `at`. */
  private step(state: number, at: number): number {
    const col = at - MAP;
    let s = state;
    for (;;) {
      if (s < this.dense) return this.table[s * this.columns + at]!;
      const k = s - this.dense;
      const end = this.edgeStart[k + 1]!;
      for (let e = this.edgeStart[k]!; e < end; e++) if (this.edgeColumn[e] === col) return this.edgeTarget[e]!;
      s = this.fail[s]!;
    }
  }

  /** Reports every occurrence of every literal in the folded `value` to `sink`. */
  scan(value: string, sink: LiteralSink): void {
    const { columns, table, dense, firstReport } = this;
    const n = value.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      let c = value.charCodeAt(i);
      if (c >= 0x80) c = c === LONG_S ? 115 : c === KELVIN ? 107 : 0;
      const at = table[c]!;
      s = s < dense ? table[s * columns + at]! : this.step(s, at);
      if (s >= firstReport) this.report(s, i + 1, n, sink);
    }
  }

  /** Reports the literals reporting state `state` stands for, ending at `end`. */
  private report(state: number, end: number, length: number, sink: LiteralSink): void {
    const { firstReport, reportText, reportNext, lengths } = this;
    let s = state;
    do {
      const id = reportText[s - firstReport]!;
      if (id >= 0) sink.found(id, end - lengths[id]!, end, length);
      s = reportNext[s - firstReport]!;
    } while (s !== 0);
  }
}

/** Gives each character the literals use a column (upper-case letters share their lower case's); returns the column count. */
function assignColumns(texts: readonly string[], column: Uint8Array): number {
  let columns = 1;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x80 || (c >= 65 && c <= 90)) throw new Error(`literal automaton: ${JSON.stringify(t)} is not lower-case ASCII`);
      if (column[c] === 0) column[c] = columns++;
    }
  }
  for (let c = 65; c <= 90; c++) column[c] = column[c + 32]!;
  return columns;
}

/** A trie in creation order (root 0): each state's parent, the column of its incoming edge, its literal, and its children. */
interface Trie {
  readonly endsAt: Int32Array;
  readonly columnOf: Int32Array;
  /** Children of state `s`: `children[childStart[s] .. childStart[s + 1])`. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
}

function buildTrie(texts: readonly string[], column: Uint8Array): Trie {
  // In sorted order a text shares with the trie exactly its common prefix with the text
  // before it, so each text adds its remaining characters as new states: no edge lookups.
  const idOf = new Map<string, number>();
  texts.forEach((t, id) => idOf.set(t, id));
  const sorted = [...idOf.keys()].sort();
  const endsAt: number[] = [-1];
  const parentOf: number[] = [0];
  const columnOf: number[] = [0];
  /** The states along the previous text's path: `path[i]` after its first `i` characters. */
  const path: number[] = [0];
  let previous = "";
  for (const t of sorted) {
    let common = 0;
    while (common < t.length && common < previous.length && t.charCodeAt(common) === previous.charCodeAt(common)) common++;
    for (let i = common; i < t.length; i++) {
      const n = endsAt.length;
      endsAt.push(-1);
      parentOf.push(path[i]!);
      columnOf.push(column[t.charCodeAt(i)]!);
      path[i + 1] = n;
    }
    endsAt[path[t.length]!] = idOf.get(t)!;
    previous = t;
  }
  const states = endsAt.length;
  const childStart = new Int32Array(states + 1);
  for (let n = 1; n < states; n++) childStart[parentOf[n]! + 1]!++;
  for (let s = 0; s < states; s++) childStart[s + 1]! += childStart[s]!;
  const children = new Int32Array(Math.max(0, states - 1));
  const fillAt = childStart.slice(0, states);
  for (let n = 1; n < states; n++) children[fillAt[parentOf[n]!]!++] = n;
  return { endsAt: Int32Array.from(endsAt), columnOf: Int32Array.from(columnOf), childStart, children };
}

/** States this shallow come first, breadth-first (a scan is mostly among them); see {@link localOrder}. */
const BREADTH_FIRST_DEPTH = 2;

/**
 * The trie's states breadth-first to {@link BREADTH_FIRST_DEPTH}, then each deeper subtree
 * depth-first: a scan that follows a literal's path reads rows that lie together, not one per
 * depth far apart (on SigmaHQ, 10-20% less scan time than breadth-first throughout).
 */
function localOrder(trie: Trie, breadthFirst: Int32Array): Int32Array {
  const { childStart, children } = trie;
  const states = breadthFirst.length;
  const depth = new Int32Array(states);
  const out = new Int32Array(states);
  let count = 0;
  const stack: number[] = [];
  for (let k = 0; k < states; k++) {
    const s = breadthFirst[k]!;
    for (let c = childStart[s]!; c < childStart[s + 1]!; c++) depth[children[c]!] = depth[s]! + 1;
    if (depth[s]! <= BREADTH_FIRST_DEPTH) out[count++] = s;
  }
  for (let k = count - 1; k >= 0; k--) if (depth[out[k]!] === BREADTH_FIRST_DEPTH) stack.push(out[k]!);
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (depth[s]! > BREADTH_FIRST_DEPTH) out[count++] = s;
    for (let c = childStart[s + 1]! - 1; c >= childStart[s]!; c--) stack.push(children[c]!);
  }
  return out;
}

/**
 * Breadth-first order of the trie's states, their failure links (the longest proper suffix
 * that is a trie state) and whether each reports a literal (one ends there or at a state on
 * its failure chain). Trie edges are looked up through a per-state column index.
 */
function failureLinks(trie: Trie): { order: Int32Array; fail: Int32Array; reports: Uint8Array } {
  const { endsAt, columnOf, childStart, children } = trie;
  const states = endsAt.length;
  const child = (s: number, col: number): number => {
    for (let c = childStart[s]!; c < childStart[s + 1]!; c++) if (columnOf[children[c]!] === col) return children[c]!;
    return -1;
  };
  const order = new Int32Array(states);
  const fail = new Int32Array(states);
  const reports = new Uint8Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    if (s !== 0) reports[s] = endsAt[s]! >= 0 || reports[fail[s]!] === 1 ? 1 : 0;
    for (let c = childStart[s]!; c < childStart[s + 1]!; c++) {
      const n = children[c]!;
      order[tail++] = n;
      if (s === 0) continue;
      const col = columnOf[n]!;
      let f = fail[s]!;
      let t = child(f, col);
      while (t < 0 && f !== 0) {
        f = fail[f]!;
        t = child(f, col);
      }
      fail[n] = t < 0 ? 0 : t;
    }
  }
  return { order, fail, reports };
}
