import type { Expr } from "../ast/expr.js";
import type { Rule } from "../ast/rule.js";
import { isWildcard } from "../ast/pattern.js";
import { rcField, type RcResolver, type RcScalar } from "../backends/matcher/runtime.js";

/** Most key fields one event is looked up on (one bit each in a rule's mask). */
const MAX_KEY_FIELDS = 30;
/** Key fields a rule is gated on (the most shared ones: their lookups serve many rules). */
const FIELDS_PER_RULE = 2;

const NON_ASCII = /[^\x00-\x7f]/;

/** A field some rules require to hold one of a few literal values: folded value -> rules. */
interface KeyField {
  readonly resolve: RcResolver;
  readonly bit: number;
  readonly buckets: Map<string, number[]>;
  /** Every rule gated on this field (all are candidates when a value is not ASCII). */
  readonly rules: number[];
}

/**
 * The literal values a rule's filter requires of a field: from an exact Match that the
 * filter's top-level And requires (or an Or of exact Matches on one field), as ASCII-lowercased
 * keys. A key is only a necessary condition: the rule's own test still decides.
 */
function requiredKeys(filter: Expr): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const literal = (e: Expr): { field: string; key: string } | undefined => {
    if (e.kind !== "Match" || e.pattern.parts.length !== 1 || isWildcard(e.pattern.parts[0]!)) return undefined;
    const text = e.pattern.parts[0] as string;
    // Case-insensitive is Unicode simple case folding: only an ASCII literal has an ASCII-lowercase key
    // that every matching ASCII value shares (non-ASCII values are never ruled out, see `candidates`).
    if (!e.caseSensitive && NON_ASCII.test(text)) return undefined;
    return { field: e.field.path, key: text.toLowerCase() };
  };
  const add = (e: Expr): void => {
    if (e.kind === "And") {
      for (const c of e.children) add(c);
      return;
    }
    const alternatives = e.kind === "Or" ? e.children : [e];
    if (alternatives.length === 0) return;
    const keys = alternatives.map(literal);
    const field = keys[0]?.field;
    if (field === undefined || keys.some((k) => k === undefined || k.field !== field)) return;
    // Two requirements on one field: keep the first (either is a valid gate).
    if (!out.has(field)) out.set(field, new Set(keys.map((k) => k!.key)));
  };
  add(filter);
  return out;
}

/**
 * Rule dispatch for a run: rules whose filter requires a field to equal one of a few
 * literals are indexed by those (folded) values, so per event only the rules whose key
 * values occur are tested. Exact: a rule is ruled out only when no value of a key field
 * can match (every value ASCII and none of its keys); otherwise its test runs as before.
 */
export class RuleDispatch {
  private readonly fields: KeyField[] = [];
  /** Per rule: the bits of the key fields it needs a hit on (0: always tested). */
  readonly need: Int32Array;
  /** Per rule, for the current event: the key fields that hit. */
  readonly got: Int32Array;
  private current: KeyField | undefined;
  private readonly visit: (v: RcScalar) => boolean;

  /** `rules[i]` is gated when `gate[i]` is true (correlations are not: their filter is not their test). */
  constructor(rules: readonly Rule[], gate: readonly boolean[]) {
    this.need = new Int32Array(rules.length);
    this.got = new Int32Array(rules.length);
    const required = rules.map((r, i) => (gate[i] ? requiredKeys(r.filter) : new Map<string, Set<string>>()));
    const shared = new Map<string, number>();
    for (const req of required) for (const f of req.keys()) shared.set(f, (shared.get(f) ?? 0) + 1);
    const byPath = new Map<string, KeyField>();
    required.forEach((req, i) => {
      const chosen = [...req.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || (a < b ? -1 : 1)).slice(0, FIELDS_PER_RULE);
      for (const path of chosen) {
        let kf = byPath.get(path);
        if (!kf) {
          if (byPath.size >= MAX_KEY_FIELDS) continue;
          kf = { resolve: rcField(path), bit: 1 << byPath.size, buckets: new Map(), rules: [] };
          byPath.set(path, kf);
          this.fields.push(kf);
        }
        this.need[i]! |= kf.bit;
        kf.rules.push(i);
        for (const key of req.get(path)!) {
          const bucket = kf.buckets.get(key);
          if (bucket) bucket.push(i);
          else kf.buckets.set(key, [i]);
        }
      }
    });
    const got = this.got;
    // One visitor for every field and event (no per-event closures): marks the rules a value may satisfy.
    this.visit = (v) => {
      const kf = this.current!;
      const s = typeof v === "string" ? v : String(v);
      // One pass over the (short) value: is it ASCII, and does it need lowercasing?
      let upper = false;
      for (let c = 0; c < s.length; c++) {
        const code = s.charCodeAt(c);
        if (code > 0x7f) {
          // Unicode case folding can map non-ASCII to ASCII (`ſ` ~ `s`): let every rule of the field decide.
          for (let r = 0; r < kf.rules.length; r++) got[kf.rules[r]!]! |= kf.bit;
          return true;
        }
        if (code >= 65 && code <= 90) upper = true;
      }
      const bucket = kf.buckets.get(upper ? s.toLowerCase() : s);
      if (bucket !== undefined) for (let b = 0; b < bucket.length; b++) got[bucket[b]!]! |= kf.bit;
      return false;
    };
  }

  /** True when no rule is gated (dispatch would only cost time). */
  get empty(): boolean {
    return this.fields.length === 0;
  }

  /** Looks the event up: afterwards rule `i` may match only if `(got[i] & need[i]) === need[i]`. */
  lookup(event: unknown): void {
    this.got.fill(0);
    for (let f = 0; f < this.fields.length; f++) {
      const kf = this.fields[f]!;
      this.current = kf;
      kf.resolve(event, this.visit);
    }
  }
}
