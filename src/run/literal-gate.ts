import { FieldWalk, type FieldValueSink } from "./field-walk.js";
import { LiteralAutomaton, type LiteralSink } from "./literal-automaton.js";
import { literalKey, type LiteralClause, type RequiredLiteral } from "./required-literals.js";
import { FoldedKeys, type Gate } from "./gate.js";

/** Where a rule's literals are searched: one automaton per field, plus every value and the raw line. */
interface LiteralScanner {
  readonly automaton: LiteralAutomaton | undefined;
  /** When every literal is a whole value: folded value -> literals (a lookup instead of a scan). */
  readonly exact: FoldedKeys<readonly number[]> | undefined;
  /** Literals that hold on any value ("the field has a value"). */
  readonly present: readonly number[];
  /** Per automaton text: the literals (text with anchors) it stands for. */
  readonly literals: readonly (readonly number[])[];
}

/**
 * The `"selective"` gate: per event, finds every required literal of the rules in one pass per
 * field (an Aho-Corasick automaton per field over case-folded values, or a lookup when all of
 * a field's literals are whole values) while walking the event once for all fields. A rule's
 * first clause lists it (its literals' postings); its further clauses are checked only for
 * the rules found.
 */
export class LiteralGate implements Gate, FieldValueSink, LiteralSink {
  /** Rules that are always candidates (not gated). */
  private readonly always: Int32Array;
  /** Per rule: whether its first clause held on this event (`touched` lists those rules). */
  private readonly got: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /** Per literal: its anchors, and the rules whose first clause it satisfies. */
  private readonly atStart: Uint8Array;
  private readonly atEnd: Uint8Array;
  private readonly postingRules: Int32Array[];
  /** Per rule: its further clauses (literal ids, any one holds), checked once its first clause holds. */
  private readonly checks: (Int32Array[] | undefined)[];
  private readonly literalEpoch: Int32Array;
  private epoch = 0;
  private readonly walk: FieldWalk | undefined;
  private readonly fieldScanners: LiteralScanner[];
  private readonly valuesScanner: LiteralScanner | undefined;
  private readonly rawScanner: LiteralScanner | undefined;
  private current: LiteralScanner | undefined;
  readonly literalCount: number;

  /**
   * `chosen[r]`: the clauses rule `r` is gated on (all must hold); empty: always a candidate;
   * `undefined`: never a candidate.
   */
  constructor(chosen: readonly (readonly LiteralClause[] | undefined)[]) {
    const n = chosen.length;
    this.got = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.checks = new Array<Int32Array[] | undefined>(n);
    const ids = new Map<string, number>();
    const literals: RequiredLiteral[] = [];
    const postings: number[][] = [];
    const always: number[] = [];
    const idOf = (l: RequiredLiteral): number => {
      const key = literalKey(l);
      let id = ids.get(key);
      if (id === undefined) {
        id = literals.length;
        ids.set(key, id);
        literals.push(l);
        postings.push([]);
      }
      return id;
    };
    chosen.forEach((clauses, r) => {
      if (clauses === undefined) return;
      if (clauses.length === 0) {
        always.push(r);
        return;
      }
      for (const l of clauses[0]!) {
        const p = postings[idOf(l)]!;
        // A literal twice in one clause needs one posting.
        if (p[p.length - 1] !== r) p.push(r);
      }
      if (clauses.length > 1) this.checks[r] = clauses.slice(1).map((c) => Int32Array.from(c, idOf));
    });
    this.always = Int32Array.from(always);
    this.literalCount = literals.length;
    this.atStart = Uint8Array.from(literals, (l) => (l.atStart ? 1 : 0));
    this.atEnd = Uint8Array.from(literals, (l) => (l.atEnd ? 1 : 0));
    this.postingRules = postings.map((p) => Int32Array.from(p));
    this.literalEpoch = new Int32Array(literals.length);
    // One automaton per source over its distinct texts.
    const bySource = new Map<string, number[]>();
    literals.forEach((l, id) => {
      const src = "field" in l.source ? `f:${l.source.field}` : "values" in l.source ? "v" : "r";
      const list = bySource.get(src);
      if (list) list.push(id);
      else bySource.set(src, [id]);
    });
    const scanner = (ids: readonly number[]): LiteralScanner => {
      const texts = new Map<string, number[]>();
      const present: number[] = [];
      for (const id of ids) {
        const t = literals[id]!.text;
        if (t === "") {
          present.push(id);
          continue;
        }
        const list = texts.get(t);
        if (list) list.push(id);
        else texts.set(t, [id]);
      }
      const wholeValues = ids.every((id) => literals[id]!.text === "" || (literals[id]!.atStart && literals[id]!.atEnd));
      if (wholeValues) return { automaton: undefined, exact: texts.size > 0 ? new FoldedKeys(texts) : undefined, present, literals: [] };
      return { automaton: texts.size > 0 ? new LiteralAutomaton([...texts.keys()]) : undefined, exact: undefined, present, literals: [...texts.values()] };
    };
    const paths: string[] = [];
    this.fieldScanners = [];
    for (const [src, list] of bySource) {
      if (!src.startsWith("f:")) continue;
      paths.push(src.slice(2));
      this.fieldScanners.push(scanner(list));
    }
    this.walk = paths.length > 0 ? new FieldWalk(paths) : undefined;
    this.valuesScanner = bySource.has("v") ? scanner(bySource.get("v")!) : undefined;
    this.rawScanner = bySource.has("r") ? scanner(bySource.get("r")!) : undefined;
  }

  route(event: unknown, raw: string | undefined, candidates: Int32Array): number {
    if (++this.epoch === 0x7fffffff) {
      this.epoch = 1;
      this.literalEpoch.fill(0);
    }
    this.touchedCount = 0;
    if (this.walk) this.walk.walk(event, this);
    if (this.valuesScanner) this.everyValue(this.valuesScanner, event);
    if (this.rawScanner) this.scanText(this.rawScanner, raw ?? JSON.stringify(event));
    const { always, got, touched } = this;
    let count = always.length;
    // A plain loop: the list is short, and `set` costs a builtin call per event.
    for (let i = 0; i < count; i++) candidates[i] = always[i]!;
    const epoch = this.epoch;
    const seen = this.literalEpoch;
    rules: for (let t = 0; t < this.touchedCount; t++) {
      const r = touched[t]!;
      got[r] = 0;
      const checks = this.checks[r];
      if (checks !== undefined) {
        for (let c = 0; c < checks.length; c++) {
          const clause = checks[c]!;
          let holds = false;
          for (let k = 0; k < clause.length && !holds; k++) holds = seen[clause[k]!] === epoch;
          if (!holds) continue rules;
        }
      }
      candidates[count++] = r;
    }
    // Ascending rule order (results come out in rule order); candidate lists are short: insertion sort.
    for (let i = 1; i < count; i++) {
      const r = candidates[i]!;
      let j = i - 1;
      while (j >= 0 && candidates[j]! > r) {
        candidates[j + 1] = candidates[j]!;
        j--;
      }
      candidates[j + 1] = r;
    }
    return count;
  }

  /** @internal A value of field `field` (from the event walk). */
  value(field: number, value: string | number | boolean): void {
    this.scanText(this.fieldScanners[field]!, typeof value === "string" ? value : String(value));
  }

  /** Marks the literals of `scanner` that hold on one value (its text form). */
  private scanText(scanner: LiteralScanner, text: string): void {
    const present = scanner.present;
    for (let k = 0; k < present.length; k++) this.hit(present[k]!);
    if (scanner.exact !== undefined) {
      const ids = scanner.exact.get(text);
      if (ids !== undefined) for (let k = 0; k < ids.length; k++) this.hit(ids[k]!);
      return;
    }
    if (scanner.automaton === undefined) return;
    this.current = scanner;
    scanner.automaton.scan(text, this);
  }

  /** @internal An occurrence of automaton text `text` in the current value. */
  found(text: number, start: number, end: number, length: number): void {
    const ids = this.current!.literals[text]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.literalEpoch[id] === this.epoch) continue;
      if ((this.atStart[id] === 1 && start !== 0) || (this.atEnd[id] === 1 && end !== length)) continue;
      this.hit(id);
    }
  }

  /** Literal `id` holds on this event: its rules' clause bits are set. */
  private hit(id: number): void {
    if (this.literalEpoch[id] === this.epoch) return;
    this.literalEpoch[id] = this.epoch;
    const rules = this.postingRules[id]!;
    const got = this.got;
    for (let p = 0; p < rules.length; p++) {
      const r = rules[p]!;
      if (got[r] === 0) {
        got[r] = 1;
        this.touched[this.touchedCount++] = r;
      }
    }
  }

  /** Every scalar anywhere in the event (the matcher's `rcEveryValue`), scanned for keyword literals. */
  private everyValue(scanner: LiteralScanner, node: unknown): void {
    if (node === null || node === undefined) return;
    const t = typeof node;
    if (t === "string") this.scanText(scanner, node as string);
    else if (t === "number" || t === "boolean") this.scanText(scanner, String(node));
    else if (Array.isArray(node)) for (let a = 0; a < node.length; a++) this.everyValue(scanner, node[a]);
    else if (t === "object") for (const k in node as object) if (Object.prototype.hasOwnProperty.call(node, k)) this.everyValue(scanner, (node as Record<string, unknown>)[k]);
  }
}
