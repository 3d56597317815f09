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
 * - Regex: the literal runs every match must contain ({@link regexLiterals}), else as below.
 * - Cidr, Compare, FieldEquals, and a Match or Regex without ASCII text: the field has a value
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
    case "Regex": {
      const runs = regexLiterals(filter.pattern);
      const field = { field: filter.field.path };
      return runs.length > 0 ? runs.map((text) => [{ source: field, text, atStart: false, atEnd: false }]) : [[present(filter.field.path)]];
    }
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

/** Escapes that stand for one character class or assertion (they end a literal run, nothing more). */
const CLASS_ESCAPES = new Set("dDwWsSbBAzZGhHvVRXKnrtfe".split(""));
/** PCRE quantifier braces: `{n}`, `{n,}`, `{n,m}`, `{,m}`. */
const BRACES = /^\{\d*,?\d*\}/;

/**
 * Literal runs (lower-case ASCII) that every match of a PCRE search pattern contains: the
 * plain characters of a top-level sequence with no alternation, split wherever anything else
 * stands (groups, classes, escapes for classes, anchors, `.`), a character under a quantifier
 * dropped. Anything this reading is not sure of gives no runs: a top-level `|`, `\Q`,
 * numeric and named escapes (`\x41`, `\1`, `\p{L}`), and inline flags that could turn on
 * extended mode (`(?x)`, where spaces are not literal).
 */
export function regexLiterals(source: string): string[] {
  if (/\(\?[\w^-]*x/.test(source)) return [];
  const runs: string[] = [];
  let run = "";
  const end = (): void => {
    if (run.length > 0) runs.push(run.toLowerCase());
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "|") return [];
    if (c === "\\") {
      const e = source[i + 1];
      if (e === undefined) return [];
      if (/[A-Za-z0-9]/.test(e)) {
        if (!CLASS_ESCAPES.has(e)) return [];
        end();
      } else if (e.charCodeAt(0) < 0x80) run += e;
      else end();
      i++;
      continue;
    }
    if (c === "[") {
      // Skip the class (a `]` first in it is literal; escapes inside are skipped whole).
      end();
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      if (j >= source.length) return [];
      i = j;
      continue;
    }
    if (c === "(") {
      // Skip the group, nested groups and classes included; an alternation inside it is its own.
      end();
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        const g = source[j]!;
        if (g === "\\") j++;
        else if (g === "[") {
          j++;
          if (source[j] === "^") j++;
          if (source[j] === "]") j++;
          while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
        } else if (g === "(") depth++;
        else if (g === ")" && --depth === 0) break;
      }
      if (j >= source.length) return [];
      i = j;
      continue;
    }
    if (c === "*" || c === "+" || c === "?" || c === "{") {
      // The quantified character may be absent (or repeated): drop it from the run.
      if (c === "{") {
        const q = BRACES.exec(source.slice(i));
        if (q) i += q[0].length - 1;
        else {
          end();
          continue;
        }
      }
      run = run.slice(0, -1);
      end();
      // A lazy or possessive suffix belongs to the quantifier.
      if (source[i + 1] === "?" || source[i + 1] === "+") i++;
      continue;
    }
    if (c === "." || c === "^" || c === "$" || c === ")" || c === "]" || c === "}" || c.charCodeAt(0) >= 0x80) {
      end();
      continue;
    }
    run += c;
  }
  end();
  return runs;
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
