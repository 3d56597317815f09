import type { Expr } from "../ast/expr.js";
import type { Pattern } from "../ast/pattern.js";

/** Where a required literal is looked for: a field path, every value of the event (Sigma keywords), or the raw line (SPL bare terms). */
export type LiteralSource = { readonly field: string } | { readonly values: true } | { readonly raw: true };

/**
 * "Some value of `source` contains `text`" (ASCII, lower-case), optionally at the start
 * and/or the end of the value (both: the value is exactly `text`, up to case).
 * Values are compared through their text form, as the AST says (numbers in shortest JSON form).
 * An empty `text` on a field means "the field has a value" (a field predicate is false on a missing field).
 */
export interface RequiredLiteral {
  readonly source: LiteralSource;
  readonly text: string;
  readonly atStart: boolean;
  readonly atEnd: boolean;
}

/** A disjunction: at least one of these literals occurs (an empty clause never holds). */
export type LiteralClause = readonly RequiredLiteral[];

/**
 * Necessary conditions of a filter, as a conjunction of clauses: whenever the filter selects
 * an event, every returned clause holds on it. An empty list says nothing (the rule must
 * always be tested). Derivation, exact by construction:
 * - Match / Keyword: every maximal ASCII run of the pattern's literal text must occur in a
 *   value (one clause per run). Case-insensitive matching is Unicode simple case folding, under
 *   which an ASCII character matches only itself in either case, `ſ` (for `s`) or `K` (KELVIN
 *   SIGN, for `k`): scanners fold those two (see `literal-automaton.ts`). A non-ASCII pattern
 *   character splits a run (it may match a value character of another UTF-16 length) and ends
 *   its anchors there.
 * - And: the union of its children's clauses. Or: one clause, the union of one clause per
 *   child (the best of each); nothing if a child has none. `Const(false)`: the empty clause.
 * - Regex, Cidr, Compare, FieldEquals, and a Match without ASCII text: the field has a value
 *   (every field predicate is false on a missing field). Not `Exists`: it also counts objects.
 * - Not, Exists, EvalCondition: nothing.
 */
export function requiredLiterals(filter: Expr): LiteralClause[] {
  switch (filter.kind) {
    case "And":
      return filter.children.flatMap(requiredLiterals);
    case "Or": {
      // An empty Or is never derived from: leave it to the rule's own test.
      if (filter.children.length === 0) return [];
      const union: RequiredLiteral[] = [];
      for (const child of filter.children) {
        const best = bestClause(requiredLiterals(child));
        if (best === undefined) return [];
        union.push(...best);
      }
      return [dedupe(union)];
    }
    case "Const":
      return filter.value ? [] : [[]];
    case "Match": {
      const clauses = patternClauses({ field: filter.field.path }, filter.pattern);
      return clauses.length > 0 ? clauses : [[present(filter.field.path)]];
    }
    case "Regex":
    case "Cidr":
    case "Compare":
      return [[present(filter.field.path)]];
    case "FieldEquals":
      return [[present(filter.field.path)], [present(filter.other.path)]];
    case "Keyword":
      return patternClauses(filter.scope === "raw" ? { raw: true } : { values: true }, filter.pattern);
    default:
      return [];
  }
}

/** "The field has a value". */
function present(field: string): RequiredLiteral {
  return { source: { field }, text: "", atStart: false, atEnd: false };
}

/** One clause per maximal ASCII literal run of a whole-value pattern. */
function patternClauses(source: LiteralSource, p: Pattern): LiteralClause[] {
  const out: LiteralClause[] = [];
  const parts = p.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (typeof part !== "string") continue;
    // Runs of ASCII between non-ASCII characters; anchors hold only at the pattern's ends.
    let start = 0;
    for (let c = 0; c <= part.length; c++) {
      if (c < part.length && part.charCodeAt(c) < 0x80) continue;
      if (c > start) {
        out.push([{
          source,
          text: part.slice(start, c).toLowerCase(),
          atStart: i === 0 && start === 0,
          atEnd: i === parts.length - 1 && c === part.length,
        }]);
      }
      start = c + 1;
    }
  }
  return out;
}

/**
 * How likely a literal occurs in an event (a rough prior, lower is better): long literals are
 * rarer, anchored ones more so; literals many rules share (`Channel`, `EventID`) are common in
 * the events those rules were written for. `shared` is the fraction of rules using the literal.
 */
export function literalOdds(l: RequiredLiteral, shared = 0): number {
  const len = l.text.length;
  // A field's presence: most fields are absent from most events, but it says nothing about the value.
  if (len === 0) return Math.min(1, 0.35 + shared);
  const base = l.atStart && l.atEnd ? 0.25 * 2 ** -len : (l.atStart || l.atEnd ? 0.5 : 1) * 2 ** (-1.5 * len);
  return Math.min(1, base + shared + ("values" in l.source || "raw" in l.source ? 0.05 : 0));
}

/** How likely a clause holds: the sum of its literals' odds (at most 1). */
export function clauseOdds(clause: LiteralClause, shared?: (l: RequiredLiteral) => number): number {
  let p = 0;
  for (const l of clause) p += literalOdds(l, shared?.(l) ?? 0);
  return Math.min(1, p);
}

/** The clause least likely to hold (undefined when there is none). */
export function bestClause(clauses: readonly LiteralClause[], shared?: (l: RequiredLiteral) => number): LiteralClause | undefined {
  let best: LiteralClause | undefined;
  let bestOdds = Infinity;
  for (const c of clauses) {
    const odds = clauseOdds(c, shared);
    // Ties: the shorter clause (fewer postings to walk per hit).
    if (odds < bestOdds || (odds === bestOdds && best !== undefined && c.length < best.length)) {
      best = c;
      bestOdds = odds;
    }
  }
  return best;
}

/** A stable key for a literal (same source, text and anchors). */
export function literalKey(l: RequiredLiteral): string {
  const src = "field" in l.source ? `f:${l.source.field}` : "values" in l.source ? "v" : "r";
  return `${src}\u0000${l.atStart ? 1 : 0}${l.atEnd ? 1 : 0}\u0000${l.text}`;
}

function dedupe(clause: RequiredLiteral[]): RequiredLiteral[] {
  const seen = new Set<string>();
  return clause.filter((l) => {
    const k = literalKey(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
