import type { Rule } from "../ast/rule.js";
import { FieldWalk, type FieldValueSink } from "./field-walk.js";
import { LiteralAutomaton, type LiteralSink } from "./literal-automaton.js";
import { bestClause, clauseOdds, literalKey, requiredLiterals, type LiteralClause, type RequiredLiteral } from "./required-literals.js";

/** Tuning of {@link RuleDispatch}. */
export interface DispatchOptions {
  /**
   * Most clauses a rule is gated on (all must hold). The least likely one finds the rule
   * (its literals list the rule); the others are checked only for the rules found. Default 3.
   */
  readonly clausesPerRule?: number;
  /**
   * How clauses are chosen. `"selective"` (default): each rule's least likely clauses, best
   * for thousands of rules. `"few-fields"`: one whole-value clause per rule on as few fields
   * as possible (at most {@link FEW_FIELDS_LIMIT}), for small rule sets where walking many
   * fields per event costs more than testing the rules it would rule out.
   */
  readonly strategy?: "selective" | "few-fields";
}

/** Most fields the `"few-fields"` strategy looks up per event. */
export const FEW_FIELDS_LIMIT = 3;

/** Where a rule's literals are searched: one automaton per field, plus every value and the raw line. */
interface LiteralScanner {
  readonly automaton: LiteralAutomaton | undefined;
  /** When every literal is a whole value: folded value -> literals (a lookup instead of a scan). */
  readonly exact: Map<string, readonly number[]> | undefined;
  /**
   * The lengths of the `exact` texts. A value folds to an ASCII text only if it has the same
   * length: lower-casing keeps every UTF-16 length but U+0130's, whose two-unit result is not
   * ASCII (and `ſ`/`K` fold to one unit). So other values are passed over without folding.
   */
  readonly exactLengths: ReadonlySet<number>;
  /** Literals that hold on any value ("the field has a value"). */
  readonly present: readonly number[];
  /** Per automaton text: the literals (text with anchors) it stands for. */
  readonly literals: readonly (readonly number[])[];
}

/** `need` of a rule that can never match (its filter implies an empty clause, e.g. `Const(false)`). */
const NEVER = -1;

/**
 * Rule dispatch for a run: per event, which rules can possibly match. From each rule's
 * filter it derives necessary conditions ({@link requiredLiterals}: "some value of field F
 * contains literal L", optionally anchored at the start or end, or equal to it), keeps the
 * least likely ones, and per event finds every such literal in one pass per field (an
 * Aho-Corasick automaton per field over case-folded values) while walking the event once
 * for all fields. Only rules whose conditions all hold are candidates.
 *
 * Exact: a rule is left out only when a condition its filter implies does not hold, so
 * results equal testing every rule on every event (property- and corpus-tested).
 */
export class RuleDispatch implements FieldValueSink, LiteralSink {
  /** The candidate rule indices of the last {@link route}, ascending, in `candidates[0..count)`. */
  readonly candidates: Int32Array;
  /** Per rule: 1 when gated, 0 when always a candidate, -1 when never. */
  readonly need: Int32Array;
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
  /** Distinct literals looked for per event (for reports). */
  readonly literalCount: number;

  /** `rules[i]` is gated when `gate[i]` is true (correlations are not: their filter is not their test). */
  constructor(rules: readonly Rule[], gate: readonly boolean[], options: DispatchOptions = {}) {
    const perRule = Math.max(1, options.clausesPerRule ?? 3);
    const n = rules.length;
    this.need = new Int32Array(n);
    this.got = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.candidates = new Int32Array(n);
    this.checks = new Array<Int32Array[] | undefined>(n);
    const derived = rules.map((r, i) => (gate[i] ? requiredLiterals(r.filter) : []));
    // How many rules use each literal: literals many rules share are common in events.
    // Each literal's key is computed once (the choice below asks for it many times).
    const keyOf = new Map<RequiredLiteral, string>();
    const users = new Map<string, number>();
    for (const clauses of derived) {
      const keys = new Set<string>();
      for (const c of clauses) {
        for (const l of c) {
          let k = keyOf.get(l);
          if (k === undefined) keyOf.set(l, (k = literalKey(l)));
          keys.add(k);
        }
      }
      for (const k of keys) users.set(k, (users.get(k) ?? 0) + 1);
    }
    const shared = (l: RequiredLiteral) => (users.get(keyOf.get(l)!) ?? 0) / Math.max(1, n);
    const ids = new Map<string, number>();
    const literals: RequiredLiteral[] = [];
    const postings: number[][] = [];
    const always: number[] = [];
    const fewFields = options.strategy === "few-fields" ? chooseFewFields(derived) : undefined;
    derived.forEach((clauses, r) => {
      if (clauses.some((c) => c.length === 0)) {
        this.need[r] = NEVER;
        return;
      }
      const chosen = fewFields ? fewFields[r]! : chooseClauses(clauses, perRule, shared);
      if (chosen.length === 0) {
        always.push(r);
        return;
      }
      this.need[r] = 1;
      const idOf = (l: RequiredLiteral): number => {
        const key = keyOf.get(l)!;
        let id = ids.get(key);
        if (id === undefined) {
          id = literals.length;
          ids.set(key, id);
          literals.push(l);
          postings.push([]);
        }
        return id;
      };
      for (const l of chosen[0]!) {
        const p = postings[idOf(l)]!;
        // A literal twice in one clause needs one posting.
        if (p[p.length - 1] !== r) p.push(r);
      }
      if (chosen.length > 1) this.checks[r] = chosen.slice(1).map((c) => Int32Array.from(c, idOf));
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
      const exactLengths = new Set([...texts.keys()].map((t) => t.length));
      if (wholeValues) return { automaton: undefined, exact: texts.size > 0 ? texts : undefined, exactLengths, present, literals: [] };
      return { automaton: texts.size > 0 ? new LiteralAutomaton([...texts.keys()]) : undefined, exact: undefined, exactLengths, present, literals: [...texts.values()] };
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

  /** True when no rule is gated (dispatch would only cost time). */
  get empty(): boolean {
    return this.always.length === this.need.length;
  }

  /**
   * Finds the rules that may match `event` (`raw`: its NDJSON line, for raw-text search) into
   * `candidates`, ascending; returns how many.
   */
  route(event: unknown, raw?: string): number {
    if (++this.epoch === 0x7fffffff) {
      this.epoch = 1;
      this.literalEpoch.fill(0);
    }
    this.touchedCount = 0;
    if (this.walk) this.walk.walk(event, this);
    if (this.valuesScanner) this.everyValue(this.valuesScanner, event);
    if (this.rawScanner) this.scanText(this.rawScanner, raw ?? JSON.stringify(event));
    const { candidates, always, got, touched } = this;
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
      if (!scanner.exactLengths.has(text.length)) return;
      const ids = scanner.exact.get(foldValue(text));
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

/**
 * A value folded so that it equals a lower-case ASCII literal whenever it matches it as a
 * whole value, case-insensitively (Unicode simple case folding) or not: lower case, and `ſ`
 * (which folds to `s` but lower-cases to itself) as `s`. (`K`, KELVIN SIGN, lower-cases to `k`.)
 */
function foldValue(v: string): string {
  const low = v.toLowerCase();
  return low.indexOf("\u017F") < 0 ? low : low.replace(/\u017F/g, "s");
}

/** The `limit` clauses least likely to hold together (greedy by odds). */
function chooseClauses(clauses: readonly LiteralClause[], limit: number, shared: (l: RequiredLiteral) => number): LiteralClause[] {
  if (clauses.length <= 1) return clauses.slice();
  const ranked = clauses.map((c) => ({ c, odds: clauseOdds(c, shared) })).sort((a, b) => a.odds - b.odds || a.c.length - b.c.length);
  const out: LiteralClause[] = [];
  for (const { c, odds } of ranked) {
    if (out.length >= limit) break;
    // A second clause pays only when it rules out much more than it costs to look up.
    if (out.length > 0 && odds > 0.5) break;
    out.push(c);
  }
  return out.length > 0 ? out : [bestClause(clauses, shared)!];
}

/** The field of a clause when every literal in it is a whole value of that one field. */
function wholeValueField(c: LiteralClause): string | undefined {
  let field: string | undefined;
  for (const l of c) {
    if (!("field" in l.source) || !l.atStart || !l.atEnd || l.text === "") return undefined;
    if (field !== undefined && field !== l.source.field) return undefined;
    field = l.source.field;
  }
  return field;
}

/**
 * Per rule, whole-value clauses on at most {@link FEW_FIELDS_LIMIT} fields in all: greedily the
 * field that gates the most rules not gated yet. A rule gets one clause per picked field it
 * has one on (the later-picked, usually rarer, field first); rules with none are always tested.
 */
function chooseFewFields(derived: readonly (readonly LiteralClause[])[]): LiteralClause[][] {
  const chosen: LiteralClause[][] = derived.map(() => []);
  const open = new Set(derived.keys());
  const picked: string[] = [];
  // The clause of a rule on a field: the shortest (fewest values: the most selective).
  const clauseOn = (r: number, f: string) => derived[r]!.filter((c) => wholeValueField(c) === f).sort((a, b) => a.length - b.length)[0];
  while (picked.length < FEW_FIELDS_LIMIT) {
    const gates = new Map<string, number>();
    // First the fields that gate rules not gated yet; once all are, the ones most rules can
    // also be checked on (a second key narrows the candidates: `create` and `pods`).
    const pool = open.size > 0 ? [...open] : [...derived.keys()];
    for (const r of pool) {
      const fields = new Set(derived[r]!.map(wholeValueField).filter((f): f is string => f !== undefined && !picked.includes(f)));
      for (const f of fields) gates.set(f, (gates.get(f) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [f, count] of gates) if (best === undefined || count > gates.get(best)! || (count === gates.get(best)! && f < best)) best = f;
    if (best === undefined) break;
    picked.push(best);
    for (const r of [...open]) if (clauseOn(r, best) !== undefined) open.delete(r);
  }
  derived.forEach((_, r) => {
    for (let i = picked.length - 1; i >= 0; i--) {
      const c = clauseOn(r, picked[i]!);
      if (c !== undefined) chosen[r]!.push(c);
    }
  });
  return chosen;
}
