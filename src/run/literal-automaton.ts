/** Receives each occurrence of a literal found by {@link LiteralAutomaton.scan}. */
export interface LiteralSink {
  /** Literal `text` occurs at `[start, end)` of a value of length `length`. */
  found(text: number, start: number, end: number, length: number): void;
}

const KELVIN = 0x212a;
const LONG_S = 0x17f;

/** States this shallow get a full transition row (they are where a scan spends its time). */
const DENSE_DEPTH = 2;

/**
 * An Aho-Corasick automaton over lower-case ASCII literals, run on values case-folded the
 * way the AST's case-insensitive matching folds them where ASCII is concerned: ASCII
 * letters to lower case, `ſ` (U+017F) to `s` and `K` (U+212A) to `k` (the only non-ASCII
 * characters whose simple case folding is ASCII). Every other non-ASCII character matches
 * no literal character. One pass over a value finds every occurrence of every literal.
 *
 * Layout, for speed on large literal sets: states are numbered breadth-first; the shallow
 * ones (where a scan stays most of the time) have a dense row of transitions over the
 * characters the literals use, so a step there is one array read; deeper states keep only
 * their trie edges and fall back along failure links.
 */
export class LiteralAutomaton {
  /** Character code (folded, < 128) -> column; 0: a character no literal has. */
  private readonly column = new Int32Array(128);
  private readonly columns: number;
  /** Full rows of the first `dense` states. */
  private readonly rows: Int32Array;
  private readonly dense: number;
  /** Trie edges of the other states: `edgeColumn/edgeTarget[edgeStart[s] .. edgeStart[s + 1])`. */
  private readonly edgeStart: Int32Array;
  private readonly edgeColumn: Int32Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Per state: the literal ending there (-1: none), and the nearest state on its failure chain that ends one (0: none). */
  private readonly ends: Int32Array;
  private readonly dictionary: Int32Array;
  /** Per state: the first state to report from it (itself or its dictionary link; 0: nothing), one read per step. */
  private readonly report: Int32Array;
  private readonly lengths: Int32Array;
  /** Number of states (for reporting the automaton's size). */
  readonly states: number;

  /** `texts` are lower-case ASCII, non-empty, distinct. */
  constructor(texts: readonly string[]) {
    let columns = 1;
    for (const t of texts) {
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c >= 0x80 || (c >= 65 && c <= 90)) throw new Error(`literal automaton: ${JSON.stringify(t)} is not lower-case ASCII`);
        if (this.column[c] === 0) this.column[c] = columns++;
      }
    }
    // Upper-case letters share their lower-case column.
    for (let c = 65; c <= 90; c++) this.column[c] = this.column[c + 32]!;
    this.columns = columns;
    this.lengths = Int32Array.from(texts, (t) => t.length);
    // The trie: edges in one map keyed by state and column, then grouped per state.
    const edges = new Map<number, number>();
    const endsAt: number[] = [-1];
    const parentOf: number[] = [0];
    const columnOf: number[] = [0];
    texts.forEach((t, id) => {
      let s = 0;
      for (let i = 0; i < t.length; i++) {
        const col = this.column[t.charCodeAt(i)]!;
        const key = s * 128 + col;
        let n = edges.get(key);
        if (n === undefined) {
          n = endsAt.length;
          endsAt.push(-1);
          parentOf.push(s);
          columnOf.push(col);
          edges.set(key, n);
        }
        s = n;
      }
      endsAt[s] = id;
    });
    const states = endsAt.length;
    const childCount = new Int32Array(states + 1);
    for (let n = 1; n < states; n++) childCount[parentOf[n]! + 1]!++;
    for (let s = 0; s < states; s++) childCount[s + 1]! += childCount[s]!;
    const childList = new Int32Array(Math.max(0, states - 1));
    const fillAt = childCount.slice(0, states);
    for (let n = 1; n < states; n++) childList[fillAt[parentOf[n]!]!++] = n;
    // Breadth-first numbering (shallow states first).
    const order = new Int32Array(states);
    const rank = new Int32Array(states);
    const depth = new Int32Array(states);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const s = order[head]!;
      for (let c = childCount[s]!; c < childCount[s + 1]!; c++) {
        const n = childList[c]!;
        rank[n] = tail;
        depth[tail] = depth[head]! + 1;
        order[tail++] = n;
      }
    }
    let dense = 1;
    while (dense < states && depth[dense]! <= DENSE_DEPTH) dense++;
    this.dense = dense;
    const ends = new Int32Array(states);
    const edgeStart = new Int32Array(states + 1);
    const edgeColumn: number[] = [];
    const edgeTarget: number[] = [];
    const rows = new Int32Array(dense * columns);
    for (let r = 0; r < states; r++) {
      const s = order[r]!;
      ends[r] = endsAt[s]!;
      edgeStart[r] = edgeColumn.length;
      for (let c = childCount[s]!; c < childCount[s + 1]!; c++) {
        const n = childList[c]!;
        const col = columnOf[n]!;
        if (r < dense) rows[r * columns + col] = rank[n]!;
        else {
          edgeColumn.push(col);
          edgeTarget.push(rank[n]!);
        }
      }
    }
    edgeStart[states] = edgeColumn.length;
    this.edgeStart = edgeStart;
    this.edgeColumn = Int32Array.from(edgeColumn);
    this.edgeTarget = Int32Array.from(edgeTarget);
    this.rows = rows;
    this.fail = new Int32Array(states);
    this.ends = ends;
    this.dictionary = new Int32Array(states);
    this.states = states;
    // Failure links in breadth-first order; dense rows are completed from their failure state's row.
    const fail = this.fail;
    for (let s = 0; s < states; s++) {
      const f = fail[s]!;
      if (s > 0) this.dictionary[s] = ends[f]! >= 0 ? f : this.dictionary[f]!;
      // A child is numbered after its parent, so it is reached here before its own turn.
      if (s < dense) {
        for (let col = 1; col < columns; col++) {
          const n = rows[s * columns + col]!;
          if (n > s) fail[n] = s === 0 ? 0 : this.step(f, col);
          else if (s > 0) rows[s * columns + col] = rows[f * columns + col]!;
        }
      } else {
        for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) fail[this.edgeTarget[e]!] = this.step(f, this.edgeColumn[e]!);
      }
    }
    this.report = new Int32Array(states);
    for (let s = 1; s < states; s++) this.report[s] = ends[s]! >= 0 ? s : this.dictionary[s]!;
  }

  /** The state after `state` reads a character of column `col`. */
  private step(state: number, col: number): number {
    let s = state;
    for (;;) {
      if (s < this.dense) return this.rows[s * this.columns + col]!;
      const end = this.edgeStart[s + 1]!;
      for (let e = this.edgeStart[s]!; e < end; e++) if (this.edgeColumn[e] === col) return this.edgeTarget[e]!;
      s = this.fail[s]!;
    }
  }

  /** Reports every occurrence of every literal in the folded `value` to `sink`. */
  scan(value: string, sink: LiteralSink): void {
    const { column, columns, rows, dense, ends, dictionary, lengths, report } = this;
    const n = value.length;
    let s = 0;
    for (let i = 0; i < n; i++) {
      let c = value.charCodeAt(i);
      if (c >= 0x80) c = c === LONG_S ? 115 : c === KELVIN ? 107 : 0;
      const col = column[c]!;
      s = s < dense ? rows[s * columns + col]! : this.step(s, col);
      let e = report[s]!;
      while (e !== 0) {
        const id = ends[e]!;
        sink.found(id, i + 1 - lengths[id]!, i + 1, n);
        e = dictionary[e]!;
      }
    }
  }
}
