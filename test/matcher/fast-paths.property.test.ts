/**
 * The matcher runtime's fast paths against the plain RegExp semantics they replace, on random
 * inputs: folded tries and the Aho-Corasick search of `rcAnyPattern`, the in-place `lit*` /
 * `*lit` tests of `rcTextPattern`, the regex prefilter (`regexPrefilter` + `rcRegex`), and
 * keyword alternatives merged into one walk. Texts mix ASCII with the characters case folding
 * treats specially (U+017F, U+212A, U+0130, U+0131), other non-ASCII letters, surrogate pairs,
 * lone surrogates and empty values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { field, fieldEquals, keyword, match, or, regex } from "../../src/ast/builders.js";
import { ANY, ONE, pattern, type Pattern, type PatternPart } from "../../src/ast/pattern.js";
import { compileMatcher, translatePcre } from "../../src/backends/matcher/index.js";
import { analyseRegex, regexPrefilter } from "../../src/regex/index.js";
import { rcAnyPattern, rcFoldSame, rcLinearRegex, rcRegex, rcTextPattern, type RcPatternPart } from "../../src/backends/matcher/runtime.js";
import { linearRegexProgram } from "../../src/regex/index.js";
import { ruleOf } from "./helpers.js";

const RUNS = { numRuns: 400 };

/** Characters of texts: ASCII cases, the characters `iu` folds specially, non-ASCII, astral and lone surrogates. */
const TEXT_CHARS = ["a", "A", "b", "s", "S", "k", "K", "i", "I", "-", " ", "\\", "\n", "1", "\u017f", "\u212a", "\u0130", "\u0131", "\u00e9", "\u00c9", "\u{1F600}", "\ud83d", "\ude00"];
/** Characters of pattern literals: mostly ASCII (the fast paths), some non-ASCII (the RegExp path). */
const LITERAL_CHARS = ["a", "A", "b", "s", "S", "k", "K", "i", "-", " ", "\\", "\u00e9", "\u017f", "\u212a", "\u0130"];

const text = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 10 });
const literal = fc.string({ unit: fc.constantFrom(...LITERAL_CHARS), maxLength: 4 });
const asciiLiteral = fc.string({ unit: fc.constantFrom("a", "A", "b", "s", "S", "k", "K", "i", "-", " ", "\\"), minLength: 1, maxLength: 5 });

/** Sigma-like shapes (`lit`, `lit*`, `*lit`, `*lit*`) and arbitrary wildcard sequences. */
const patternArb: fc.Arbitrary<Pattern> = fc.oneof(
  literal.map((l) => pattern([l])),
  literal.map((l) => pattern([l, ANY])),
  literal.map((l) => pattern([ANY, l])),
  literal.map((l) => pattern([ANY, l, ANY])),
  fc.array(fc.oneof(literal, fc.constant(ANY), fc.constant(ONE)), { maxLength: 5 }).map((ps) => pattern(ps as PatternPart[])),
);

function runtimeParts(p: Pattern): RcPatternPart[] {
  return p.parts.map((x) => (typeof x === "string" ? x : x.wildcard === "*" ? 0 : 1));
}

/** The reference: the whole-value RegExp of a pattern (`*` any text, `?` one code point). */
function referenceRegExp(p: Pattern, caseSensitive: boolean): RegExp {
  const source = p.parts.map((x) => (typeof x === "string" ? x.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&") : x.wildcard === "*" ? "[^]*" : "[^]")).join("");
  return new RegExp(`^${source}$`, caseSensitive ? "u" : "iu");
}

describe("rcTextPattern fast paths agree with the RegExp", () => {
  it("on random patterns and texts", () => {
    fc.assert(
      fc.property(patternArb, fc.boolean(), fc.array(text, { minLength: 1, maxLength: 6 }), (p, cs, texts) => {
        const fast = rcTextPattern(runtimeParts(p), cs);
        const ref = referenceRegExp(p, cs);
        for (const s of texts) expect(fast(s), `${JSON.stringify(p.parts)} on ${JSON.stringify(s)}`).toBe(ref.test(s));
      }),
      RUNS,
    );
  });
});

describe("rcAnyPattern (folded tries, Aho-Corasick) agrees with any of the RegExps", () => {
  it("on random lists of patterns", () => {
    fc.assert(
      fc.property(fc.array(patternArb, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.array(text, { minLength: 1, maxLength: 6 }), (ps, cs, texts) => {
        const fast = rcAnyPattern(ps.map(runtimeParts), cs);
        const refs = ps.map((p) => referenceRegExp(p, cs));
        for (const s of texts) expect(fast(s), `${JSON.stringify(ps.map((p) => p.parts))} on ${JSON.stringify(s)}`).toBe(refs.some((r) => r.test(s)));
      }),
      RUNS,
    );
  });

  /** A text built from literal pieces (cases changed, `s`/`k` swapped for U+017F/U+212A) and noise, so hits are frequent. */
  const pieces = (lits: string[]) =>
    fc.array(
      fc.oneof(
        fc.constantFrom(...lits).chain((l) => fc.constantFrom(l, l.toUpperCase(), l.replace(/s/gi, "\u017f"), l.replace(/k/gi, "\u212a"), l.slice(1), l.slice(0, -1))),
        text,
      ),
      { maxLength: 4 },
    ).map((xs) => xs.join(""));

  it("many `*lit*` (the Aho-Corasick DFA), mixed with the other shapes", () => {
    fc.assert(
      fc.property(
        fc.array(asciiLiteral, { minLength: 5, maxLength: 40 }),
        fc.array(patternArb, { maxLength: 4 }),
        fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
        (lits, others, seeds) => {
          const ps = [...lits.map((l) => pattern([ANY, l, ANY])), ...others];
          const fast = rcAnyPattern(ps.map(runtimeParts), false);
          const refs = ps.map((p) => referenceRegExp(p, false));
          const texts = fc.sample(pieces(lits), { numRuns: 12, seed: seeds.join("").length });
          for (const s of [...texts, ...seeds]) expect(fast(s), `${JSON.stringify(lits)} on ${JSON.stringify(s)}`).toBe(refs.some((r) => r.test(s)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("many `lit*` and `*lit` (anchored tries from either end)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(asciiLiteral, fc.boolean()), { minLength: 2, maxLength: 30 }), fc.array(fc.constantFrom(0, 1, 2, 3), { minLength: 6, maxLength: 6 }), (lits, picks) => {
        const ps = lits.map(([l, start]) => pattern(start ? [l, ANY] : [ANY, l]));
        const fast = rcAnyPattern(ps.map(runtimeParts), false);
        const refs = ps.map((p) => referenceRegExp(p, false));
        const texts = fc.sample(pieces(lits.map(([l]) => l)), { numRuns: 10, seed: picks.reduce((a: number, b) => a * 4 + b, 0) });
        for (const s of texts) expect(fast(s), `${JSON.stringify(lits)} on ${JSON.stringify(s)}`).toBe(refs.some((r) => r.test(s)));
      }),
      { numRuns: 150 },
    );
  });

  it("lists too large for the DFA tables (the searches follow failure links / trie edges)", () => {
    // 4,000 literals of 12 characters over 40 characters: about 40,000 trie states, well past the tables' limit.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const letters = "abcdefghijklmnopqrstuvwxyz-@/.0123456789";
    const lits = Array.from({ length: 4000 }, () => Array.from({ length: 12 }, () => letters[next() % letters.length]).join(""));
    const escaped = lits.map((l) => l.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"));
    const shapes = [
      { parts: (l: string) => [ANY, l, ANY], full: new RegExp(escaped.join("|"), "iu") },
      { parts: (l: string) => [l, ANY], full: new RegExp(`^(?:${escaped.join("|")})`, "iu") },
      { parts: (l: string) => [ANY, l], full: new RegExp(`(?:${escaped.join("|")})$`, "iu") },
    ].map((x) => ({ ...x, fast: rcAnyPattern(lits.map((l) => runtimeParts(pattern(x.parts(l)))), false) }));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...lits).map((l) => l.slice(next() % 3).toUpperCase().replace(/K/g, "\u212a").replace(/S/g, "\u017f")), text), { maxLength: 5 }), (xs) => {
        const s = xs.join("");
        for (const shape of shapes) expect(shape.fast(s), `${shape.full.source.slice(0, 20)} on ${JSON.stringify(s)}`).toBe(shape.full.test(s));
      }),
      { numRuns: 100 },
    );
  });
});

describe("the regex prefilter holds for every match", () => {
  // A random regex in the PCRE subset both translatePcre and src/regex read.
  const atom = fc.constantFrom("a", "b", "s", "k", "K", "-", "\\\\", " ", "\u00e9", "\u017f", "\u212a", "\u0130", "\u{1F600}", ".", "\\d", "\\w", "\\s", "\\S", "[a-c]", "[^a]", "[sk\u00e9]", "\\n");
  const anchor = fc.constantFrom("^", "$", "\\b", "\\B");
  const quant = fc.constantFrom("", "", "", "*", "+", "?", "{2}", "{1,3}", "{2,}", "{0}", "*?");
  const tree = fc.letrec<{ alt: string; seq: string; item: string }>((tie) => ({
    alt: fc.array(tie("seq"), { minLength: 1, maxLength: 3 }).map((xs) => xs.join("|")),
    seq: fc.array(tie("item"), { minLength: 1, maxLength: 5 }).map((xs) => xs.join("")),
    item: fc.oneof(
      { weight: 6, arbitrary: fc.tuple(atom, quant).map(([a, q]) => a + q) },
      { weight: 1, arbitrary: anchor },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom("(", "(?:"), tie("alt"), quant).map(([g, a, q]) => `${g}${a})${q}`) },
    ),
  }));
  const flags = fc.record({ i: fc.boolean(), m: fc.boolean(), s: fc.boolean() });
  const regexText = fc.string({ unit: fc.constantFrom("a", "b", "s", "k", "K", "S", "-", "\\", " ", "\u00e9", "\u00c9", "\u017f", "\u212a", "\u0130", "\u0131", "\u{1F600}", "\ud83d", "\n", "1", "_"), maxLength: 12 });

  it("a match is at least minLength units long and contains the required text (RegExp and linear engine)", () => {
    let useful = 0;
    fc.assert(
      fc.property(tree.alt, flags, fc.array(regexText, { minLength: 1, maxLength: 8 }), (source, f, texts) => {
        const tr = translatePcre(source, f);
        fc.pre(tr.ok);
        if (!tr.ok) return;
        // A random pattern can backtrack catastrophically in RegExp (the matcher runs those on
        // the linear engine, as here): RegExp only for the patterns the analysis proves linear.
        const native = analyseRegex(source, f).complexity === "linear";
        const re = new RegExp(tr.source, tr.flags);
        const pre = regexPrefilter(source, f);
        const linear = linearRegexProgram(source, f);
        const engine = rcLinearRegex(linear.program, linear.start);
        const filtered = rcRegex(native ? re : engine, pre.minLength, pre.literal);
        for (const s of texts) {
          const m = native ? re.exec(s) : null;
          if (m) {
            expect(m[0].length, `${source} on ${JSON.stringify(s)}`).toBeGreaterThanOrEqual(pre.minLength);
            expect(m[0].includes(pre.literal), `${source} on ${JSON.stringify(s)}`).toBe(true);
            if (pre.minLength > 0 || pre.literal !== "") useful++;
          }
          // The linear engine gives the RegExp's answer (test/regex/engines-agree.property.test.ts); the prefilter must hold for its hits too.
          if (engine.test(s)) expect(s.length >= pre.minLength && s.includes(pre.literal), `linear ${source} on ${JSON.stringify(s)}`).toBe(true);
          expect(filtered(s), `filtered ${source} on ${JSON.stringify(s)}`).toBe(native ? m !== null : engine.test(s));
        }
      }),
      { numRuns: 600 },
    );
    // Not vacuous: many matches had a non-trivial prefilter.
    expect(useful).toBeGreaterThan(50);
  });

  it("computes the bounds of known patterns", () => {
    expect(regexPrefilter(".{1000,}", { i: false, m: false, s: false })).toEqual({ minLength: 1000, literal: "" });
    expect(regexPrefilter("\\w+`(?:\\w+|-|.)`[\\w+|\\s]", { i: false, m: false, s: false })).toEqual({ minLength: 5, literal: "`" });
    expect(regexPrefilter("(?i)&&set.*x", { i: false, m: false, s: false })).toEqual({ minLength: 6, literal: "&&" });
    expect(regexPrefilter("ab|ab", { i: true, m: false, s: false })).toEqual({ minLength: 2, literal: "" });
    expect(regexPrefilter("\u{1F600}{3}", { i: false, m: false, s: false })).toEqual({ minLength: 3, literal: "" });
    // Outside src/regex's subset (lookaround, backreference): no prefilter.
    expect(regexPrefilter("(?=abc)abc", { i: false, m: false, s: false })).toEqual({ minLength: 0, literal: "" });
    expect(regexPrefilter("(a)\\1", { i: false, m: false, s: false })).toEqual({ minLength: 0, literal: "" });
  });

  it("`.{1000,}` in a compiled rule: exact at the length boundary, with and without newlines", () => {
    const m = compileMatcher(ruleOf(regex(field("CommandLine"), ".{1000,}")));
    expect(m.match({ CommandLine: "x".repeat(999) })).toBe(false);
    expect(m.match({ CommandLine: "x".repeat(1000) })).toBe(true);
    expect(m.match({ CommandLine: "x".repeat(600) + "\n" + "x".repeat(600) })).toBe(false);
    expect(m.match({ CommandLine: "x".repeat(600) + "\n" + "x".repeat(1000) })).toBe(true);
    expect(m.match({ CommandLine: "\u{1F600}".repeat(999) })).toBe(false); // 1998 units, 999 code points
    expect(m.match({ CommandLine: "\u{1F600}".repeat(1000) })).toBe(true);
  });
});

describe("keyword alternatives merged into one walk", () => {
  type Event = Record<string, string | number | (string | number)[] | Record<string, string>>;
  const scalar = fc.oneof(text, fc.integer({ min: -5, max: 20 }));
  const event: fc.Arbitrary<Event> = fc.dictionary(
    fc.constantFrom("a", "b", "c"),
    fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("x", "y"), text)),
    { maxKeys: 3 },
  );
  const values = (e: Event): string[] =>
    Object.values(e).flatMap((v) => (Array.isArray(v) ? v.map(String) : typeof v === "object" ? Object.values(v) : [String(v)]));

  it("an Or of keywords (and a field match) selects what the patterns select on some value", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(patternArb, fc.boolean()), { minLength: 1, maxLength: 8 }), literal, fc.array(event, { minLength: 1, maxLength: 6 }), (kws, lit, events) => {
        const m = compileMatcher(ruleOf(or([...kws.map(([p, cs]) => keyword(p, { caseSensitive: cs, scope: "values" })), match(field("a"), pattern([lit]), false)])));
        const fieldRef = referenceRegExp(pattern([lit]), false);
        for (const e of events) {
          const vs = values(e);
          const a = e.a;
          const aValues = a === undefined || (typeof a === "object" && !Array.isArray(a)) ? [] : (Array.isArray(a) ? a : [a]).map(String);
          const want = kws.some(([p, cs]) => vs.some((v) => referenceRegExp(p, cs).test(v))) || aValues.some((v) => fieldRef.test(v));
          expect(m.match(e), JSON.stringify({ kws: kws.map(([p, cs]) => [p.parts, cs]), e })).toBe(want);
        }
      }),
      { numRuns: 250 },
    );
  });
});

describe("field-to-field equality folds in place", () => {
  const same = (a: string, b: string) => new RegExp(`^${b.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}$`, "iu").test(a);
  /** Pairs that are often equal under folding: the same text with some characters swapped for a case variant. */
  const variant = (s: string) =>
    fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((flips) =>
      [...s].map((ch, i) => (flips[i] ? ({ s: "\u017f", k: "\u212a", K: "k", S: "s", "\u00e9": "\u00c9", "\u0130": "i", i: "I" } as Record<string, string>)[ch] ?? ch.toUpperCase() : ch)).join(""),
    );
  it("rcFoldSame agrees with RegExp iu equality", () => {
    fc.assert(
      fc.property(text.chain((a) => fc.tuple(fc.constant(a), fc.oneof(variant(a), text))), ([a, b]) => {
        expect(rcFoldSame(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(same(a, b));
        expect(rcFoldSame(b, a), `${JSON.stringify(b)} vs ${JSON.stringify(a)}`).toBe(same(b, a));
      }),
      { numRuns: 2000 },
    );
  });
  it("a compiled FieldEquals selects what RegExp iu / === select over multivalue fields", () => {
    const values = fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(values, values, fc.boolean(), (a, b, cs) => {
        const m = compileMatcher(ruleOf(fieldEquals(field("x.a"), field("b"), cs)));
        const list = (v: string | number | string[]) => (Array.isArray(v) ? v : [String(v)]);
        const want = list(a).some((x) => list(b).some((y) => (cs ? x === y : same(x, y))));
        expect(m.match({ x: { a }, b }), JSON.stringify({ a, b, cs })).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});
