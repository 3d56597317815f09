import type { Rule } from "../ast/rule.js";
import type { Gate } from "./gate.js";
import { LiteralGate } from "./literal-gate.js";
import { bestClause, clauseOdds, literalKey, requiredLiterals, type LiteralClause, type RequiredLiteral } from "./required-literals.js";
import { WholeValueGate, wholeValueField } from "./whole-value-gate.js";

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

/** `need` of a rule that can never match (its filter implies an empty clause, e.g. `Const(false)`). */
const NEVER = -1;

/**
 * Rule dispatch for a run: per event, which rules can possibly match. From each rule's
 * filter it derives necessary conditions ({@link requiredLiterals}: "some value of field F
 * contains literal L", optionally anchored at the start or end, or equal to it), chooses the
 * ones to gate the rule on (per strategy), and per event finds the rules whose chosen
 * conditions all hold: `"selective"` searches every literal in one pass per field
 * ({@link LiteralGate}), `"few-fields"` looks up whole values of a few fields
 * ({@link WholeValueGate}).
 *
 * Exact: a rule is left out only when a condition its filter implies does not hold, so
 * results equal testing every rule on every event (property- and corpus-tested).
 */
export class RuleDispatch {
  /** The candidate rule indices of the last {@link route}, ascending, in `candidates[0..count)`. */
  readonly candidates: Int32Array;
  /** Per rule: 1 when gated, 0 when always a candidate, -1 when never. */
  readonly need: Int32Array;
  /** Distinct literals looked for per event (for reports). */
  readonly literalCount: number;
  private readonly gate: Gate;

  /** `rules[i]` is gated when `gate[i]` is true (correlations are not: their filter is not their test). */
  constructor(rules: readonly Rule[], gate: readonly boolean[], options: DispatchOptions = {}) {
    const perRule = Math.max(1, options.clausesPerRule ?? 3);
    const n = rules.length;
    this.need = new Int32Array(n);
    this.candidates = new Int32Array(n);
    const derived = rules.map((r, i) => (gate[i] ? requiredLiterals(r.filter) : []));
    const fewFields = options.strategy === "few-fields" ? chooseFewFields(derived) : undefined;
    const shared = fewFields ? () => 0 : sharedness(derived);
    const chosen = derived.map((clauses, r): LiteralClause[] | undefined => {
      if (clauses.some((c) => c.length === 0)) {
        this.need[r] = NEVER;
        return undefined;
      }
      const picked = fewFields ? fewFields[r]! : chooseClauses(clauses, perRule, shared);
      this.need[r] = picked.length > 0 ? 1 : 0;
      return picked;
    });
    this.gate = fewFields ? new WholeValueGate(chosen) : new LiteralGate(chosen);
    this.literalCount = this.gate.literalCount;
  }

  /** True when no rule is gated (dispatch would only cost time). */
  get empty(): boolean {
    return this.need.every((x) => x === 0);
  }

  /**
   * Finds the rules that may match `event` (`raw`: its NDJSON line, for raw-text search) into
   * `candidates`, ascending; returns how many.
   */
  route(event: unknown, raw?: string): number {
    return this.gate.route(event, raw, this.candidates);
  }
}

/**
 * The share of rules that use each literal: literals many rules share are common in events.
 * Each literal's key is computed once (the clause choice asks for it many times).
 */
function sharedness(derived: readonly (readonly LiteralClause[])[]): (l: RequiredLiteral) => number {
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
  const n = Math.max(1, derived.length);
  return (l) => (users.get(keyOf.get(l)!) ?? 0) / n;
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

/**
 * Per rule, whole-value clauses on at most {@link FEW_FIELDS_LIMIT} fields in all: greedily the
 * field that gates the most rules not gated yet. A rule gets one clause per picked field it
 * has one on; rules with none are always tested.
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
