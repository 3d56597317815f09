import { FieldWalk, type FieldValueSink } from "./field-walk.js";
import { FoldedKeys, type Gate } from "./gate.js";
import type { LiteralClause } from "./required-literals.js";

/** The field of a clause when every literal in it is a whole value of that one field. */
export function wholeValueField(c: LiteralClause): string | undefined {
  let field: string | undefined;
  for (const l of c) {
    if (!("field" in l.source) || !l.atStart || !l.atEnd || l.text === "") return undefined;
    if (field !== undefined && field !== l.source.field) return undefined;
    field = l.source.field;
  }
  return field;
}

/**
 * The `"few-fields"` gate: rules gated on whole values of a few fields, as bit sets over the
 * rules. Per event it looks up each value of those fields once (a map lookup, no literal
 * bookkeeping) and ORs the rule sets found; a rule is a candidate when, on every gating field,
 * the field does not restrict it or one of the values its clause lists was found. Candidates
 * come out ascending by reading the bits in order.
 */
export class WholeValueGate implements Gate, FieldValueSink {
  readonly literalCount: number;
  /** 32-rule words per bit set. */
  private readonly words: number;
  private readonly fieldCount: number;
  private readonly walk: FieldWalk | undefined;
  /** Per gating field: its folded whole values -> the rules (a bit set) whose clause on the field lists that value. */
  private readonly keys: FoldedKeys<Int32Array>[];
  /** Per field and word: the rules the field does not restrict (they have no clause on it). */
  private readonly free: Int32Array;
  /** Per field and word: the rules whose clause on the field held on this event. */
  private readonly held: Int32Array;
  /** Per word: the rules that can be candidates at all (not the ones that never match). */
  private readonly possible: Int32Array;

  /**
   * `chosen[r]`: the clauses rule `r` is gated on, each of whole values of one field, at most
   * one per field (all must hold); empty: always a candidate; `undefined`: never a candidate.
   */
  constructor(chosen: readonly (readonly LiteralClause[] | undefined)[]) {
    const n = chosen.length;
    const words = (n + 31) >>> 5;
    this.words = words;
    const fields: string[] = [];
    const fieldOf = (c: LiteralClause): number => {
      const f = wholeValueField(c);
      if (f === undefined) throw new Error("whole-value gate: a clause is not whole values of one field");
      let i = fields.indexOf(f);
      if (i < 0) i = fields.push(f) - 1;
      return i;
    };
    // Per field: folded text -> rules listing it; and the rules with a clause on the field.
    const texts: Map<string, number[]>[] = [];
    const restricted: Set<number>[] = [];
    this.possible = new Int32Array(words);
    chosen.forEach((clauses, r) => {
      if (clauses === undefined) return;
      this.possible[r >>> 5]! |= 1 << (r & 31);
      for (const c of clauses) {
        const f = fieldOf(c);
        texts[f] ??= new Map();
        restricted[f] ??= new Set();
        if (restricted[f]!.has(r)) throw new Error("whole-value gate: two clauses of one rule on one field");
        restricted[f]!.add(r);
        for (const l of c) {
          const list = texts[f]!.get(l.text);
          if (list === undefined) texts[f]!.set(l.text, [r]);
          else if (list[list.length - 1] !== r) list.push(r);
        }
      }
    });
    const bitsOf = (rules: Iterable<number>): Int32Array => {
      const set = new Int32Array(words);
      for (const r of rules) set[r >>> 5]! |= 1 << (r & 31);
      return set;
    };
    this.fieldCount = fields.length;
    this.free = new Int32Array(fields.length * words);
    this.held = new Int32Array(fields.length * words);
    this.keys = fields.map((_, f) => {
      for (let r = 0; r < n; r++) if (!restricted[f]!.has(r)) this.free[f * words + (r >>> 5)]! |= 1 << (r & 31);
      const sets = new Map<string, Int32Array>();
      for (const [text, rules] of texts[f]!) sets.set(text, bitsOf(rules));
      return new FoldedKeys(sets);
    });
    this.literalCount = this.keys.reduce((sum, k) => sum + k.size, 0);
    this.walk = fields.length > 0 ? new FieldWalk(fields) : undefined;
  }

  route(event: unknown, _raw: string | undefined, candidates: Int32Array): number {
    const { words, held, free, possible, fieldCount } = this;
    // A loop, not `fill`: the set is a word or three, and a builtin call costs more.
    for (let i = 0; i < held.length; i++) held[i] = 0;
    if (this.walk !== undefined) this.walk.walk(event, this);
    let count = 0;
    for (let w = 0; w < words; w++) {
      let m = possible[w]!;
      for (let f = 0; f < fieldCount; f++) m &= free[f * words + w]! | held[f * words + w]!;
      // Lowest bit first: ascending rule order.
      while (m !== 0) {
        const low = m & -m;
        candidates[count++] = (w << 5) + 31 - Math.clz32(low);
        m ^= low;
      }
    }
    return count;
  }

  /** @internal A value of gating field `field` (from the event walk). */
  value(field: number, value: string | number | boolean): void {
    const set = this.keys[field]!.get(value);
    if (set === undefined) return;
    const base = field * this.words;
    for (let w = 0; w < set.length; w++) this.held[base + w]! |= set[w]!;
  }
}
