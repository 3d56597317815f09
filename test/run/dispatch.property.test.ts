/**
 * Exactness of rule dispatch, as a property: on generated rules and events, the runner with
 * dispatch (only the rules whose required literals occur are tested) reports exactly what
 * testing every rule on every event reports. The generators lean on what dispatch must get
 * right: Unicode case folding into ASCII (`ſ`, `K`), non-ASCII literals, anchors, numbers
 * vs strings, dotted keys, arrays, missing fields, Not, Or, raw-text and value keywords.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { and, cidr, compare, constant, exists, field, fieldEquals, keyword, match, not, or, regex } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { ANY, ONE, pattern, type PatternPart } from "../../src/ast/pattern.js";
import { linesOfText, planRun, runMatchers, type RunResult } from "../../src/run/index.js";
import { regexLiterals } from "../../src/run/required-literals.js";
import { LiteralAutomaton } from "../../src/run/literal-automaton.js";
import { ruleOf } from "../matcher/helpers.js";

const PATHS = ["a", "b.c", "b", "x"];
const KEYS = ["a", "b", "c", "x", "b.c"];
// Few characters, so literals and values often meet; values also hold what folds into them (`ſ`, `K`) or does not (`İ`, `ẞ`).
const PATTERN_CHARS = ["s", "S", "k", "i", "1", "\u00E9", ".", "\u{1F600}"];
const VALUE_CHARS = [...PATTERN_CHARS, "\u017F", "\u212A", "\u00C9", "\u0130", "\u1E9E"];

const text = fc.array(fc.constantFrom(...VALUE_CHARS), { maxLength: 4 }).map((cs) => cs.join(""));
const literal = fc.array(fc.constantFrom(...PATTERN_CHARS), { minLength: 1, maxLength: 2 }).map((cs) => cs.join(""));
const scalar = fc.oneof(text, text, text, text, fc.constantFrom(0, 1, 10, 1.5, -1, 1e21, 100), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, scalar, scalar, scalar, fc.array(tie("value"), { maxLength: 3 }), tie("object")),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 4 }),
})).value;
const event = fc.dictionary(fc.constantFrom(...KEYS), value, { minKeys: 2, maxKeys: 5 });

const part: fc.Arbitrary<PatternPart> = fc.oneof(literal, literal, fc.constant(ANY), fc.constant(ANY), fc.constant(ONE));
const pat = fc.array(part, { maxLength: 4 }).map(pattern);
const path = fc.constantFrom(...PATHS).map((p) => field(p));

const expr: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(path, pat, fc.boolean()).map(([f, p, cs]) => match(f, p, cs)),
    fc.tuple(path, pat, fc.boolean()).map(([f, p, cs]) => match(f, p, cs)),
    fc.tuple(pat, fc.boolean(), fc.constantFrom("values" as const, "raw" as const)).map(([p, cs, scope]) => keyword(p, { caseSensitive: cs, scope })),
    fc.tuple(path, fc.constantFrom("s", "^s", "k$", "\\d", "sk", "s\\.1", "s+i", "(s|k)i", "si?k", "[sk]1", "s{2}"), fc.boolean()).map(([f, re, i]) => regex(f, re, { i })),
    path.map((f) => cidr(f, "10.0.0.0/8")),
    fc.tuple(path, fc.constantFrom("eq" as const, "gt" as const), fc.constantFrom(1, 10)).map(([f, op, v]) => compare(f, op, v, { numeric: true })),
    path.map((f) => exists(f)),
    fc.tuple(path, path, fc.boolean()).map(([f, g, cs]) => fieldEquals(f, g, cs)),
    fc.boolean().map((v) => constant(v)),
    tie("expr").map((e) => not(e)),
    fc.array(tie("expr"), { maxLength: 3 }).map((cs) => and(cs)),
    fc.array(tie("expr"), { maxLength: 3 }).map((cs) => or(cs)),
  ),
})).expr;

const meta = (id: string) => ({ id, title: id, tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} });

async function run(text: string, rules: ReturnType<typeof ruleOf>[], route: boolean | "selective" | "few-fields"): Promise<RunResult[]> {
  const plan = planRun(rules);
  const out: RunResult[] = [];
  for await (const r of runMatchers(plan.matchers, linesOfText(text), { matchesOnly: true, route })) out.push(r);
  return out;
}

describe("rule dispatch is exact (property)", () => {
  it("routed runs report what testing every rule on every event reports", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(expr, { minLength: 1, maxLength: 6 }), fc.array(event, { minLength: 1, maxLength: 12 }), async (filters, events) => {
        const rules = filters.map((f, i) => ruleOf(f, [], { meta: meta(`r${i}`) }));
        const text = events.map((e) => JSON.stringify(e)).join("\n");
        const all = await run(text, rules, false);
        // Both strategies (a small set picks "few-fields" by itself; "selective" is forced).
        expect(await run(text, rules, "few-fields")).toEqual(all);
        expect(await run(text, rules, "selective")).toEqual(all);
      }),
      { numRuns: 600 },
    );
  });

  it("the literal automaton finds every occurrence a naive search of the folded value finds", () => {
    const lit = fc.array(fc.constantFrom("a", "b", "s", "k", "."), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(""));
    const value = fc.array(fc.constantFrom("a", "B", "s", "S", "\u017F", "k", "\u212A", ".", "\u00E9", "\u{1F600}"), { maxLength: 12 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(lit, { minLength: 1, maxLength: 8 }), value, (texts, v) => {
        const found: string[] = [];
        new LiteralAutomaton(texts).scan(v, { found: (t, start, end, length) => found.push(`${t}@${start}-${end}/${length}`) });
        const folded = v.toLowerCase().replace(/\u017F/g, "s");
        const want: string[] = [];
        // Folding keeps every UTF-16 position here (no character of the alphabet changes length).
        for (let end = 1; end <= v.length; end++) texts.forEach((t, i) => { if (end >= t.length && folded.slice(end - t.length, end) === t) want.push(`${i}@${end - t.length}-${end}/${v.length}`); });
        expect(found.sort()).toEqual(want.sort());
      }),
      { numRuns: 1000 },
    );
  });

  it("regex literals: every text a regex finds contains each run (case-folded)", () => {
    const atom = fc.oneof(fc.constantFrom("a", "b", "S", ".", "\\.", "\\d", "[ab]", "(a|b)", "^", "$", "\\\\"), fc.constantFrom("a", "b", "s"));
    const quant = fc.constantFrom("", "", "", "?", "*", "+", "{2}", "{0,2}", "*?");
    const source = fc.array(fc.tuple(atom, quant).map(([a, q]) => a + q), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(""));
    const subject = fc.array(fc.constantFrom("a", "b", "A", "s", "S", "\u017F", ".", "1", "\\"), { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(source, subject, (src, text) => {
        let re: RegExp;
        try {
          re = new RegExp(src, "iu");
        } catch {
          return; // not a valid pattern (e.g. a quantified anchor)
        }
        if (!re.test(text)) return;
        const folded = text.toLowerCase().replace(/\u017F/g, "s");
        for (const run of regexLiterals(src)) expect(folded).toContain(run);
      }),
      { numRuns: 2000 },
    );
    expect(regexLiterals("\\\\Windows\\\\.+\\.exe")).toEqual(["\\windows\\", ".exe"]);
    expect(regexLiterals("ab?c{2}d")).toEqual(["a", "d"]);
    // Not sure of the reading: nothing.
    for (const unsure of ["a|b", "(?x) a b", "\\x41bc", "\\Qab\\E", "\\1abc", "\\p{L}abc"]) expect(regexLiterals(unsure)).toEqual([]);
  });

  it("finds literals folded into ASCII, in numbers, under dotted keys and in arrays", async () => {
    const rules = [
      match(field("b.c"), pattern([ANY, "ss", ANY]), false),
      match(field("a"), "kelvin", false),
      match(field("x"), pattern(["1", ANY]), false),
      and([match(field("d.e.f"), pattern([ANY, "end"]), false), not(match(field("a"), "z", false))]),
      keyword(pattern([ANY, "needle", ANY]), { caseSensitive: false, scope: "values" }),
      keyword(pattern([ANY, "\\u0041", ANY]), { caseSensitive: true, scope: "raw" }),
      match(field("c"), "sk", false),
    ].map((f, i) => ruleOf(f, [], { meta: meta(`r${i}`) }));
    const lines = [
      '{"b":{"c":"x\u017FSx"}}',
      '{"a":"\u212Aelvin"}',
      '{"x":[2,[15]]}',
      '{"d.e":{"f":"THE END"}}',
      '{"q":[{"r":"a NEEDLE"}]}',
      '{"a":"\\u0041"}',
      '{"a":"A"}',
      '{"c":"\u017F\u212A"}',
    ].join("\n");
    const routed = await run(lines, rules, "selective");
    expect(routed).toEqual(await run(lines, rules, false));
    expect(await run(lines, rules, "few-fields")).toEqual(routed);
    expect(routed.map((r) => `${r.rule}@${(r as { line: number }).line}`)).toEqual(["r0@1", "r1@2", "r2@3", "r3@4", "r4@5", "r5@6", "r6@8"]);
  });
});
