/**
 * The matcher's two regex engines give the same answer: the RegExp translation
 * (`translatePcre`) and the linear-time engine (`linearRegexProgram` run by the runtime's
 * `rcLinearRegex`, also `compileSafeRegex` / `compileRegexTester`). The generator picks which
 * one a rule gets, so any difference is a rule whose hits depend on the pattern's shape.
 * Under `i` both follow PCRE2 without UCP: `\w \W \b \B` stay ASCII, letters fold as RegExp
 * `iu` folds them (so `s` and `[a-z]` also match U+017F, `k` also U+212A).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { field, regex } from "../../src/ast/builders.js";
import { compileMatcher, translatePcre } from "../../src/backends/matcher/index.js";
import { rcLinearRegex } from "../../src/backends/matcher/runtime.js";
import { analyseRegex, compileRegexTester, compileSafeRegex, linearRegexProgram } from "../../src/regex/index.js";
import { ruleOf } from "../matcher/helpers.js";

type Flags = { i: boolean; m: boolean; s: boolean };
const NONE: Flags = { i: false, m: false, s: false };
const I: Flags = { ...NONE, i: true };

/** The answers of every engine for `pattern` on `text`, labelled so a failure names the one that differs. */
function answers(pattern: string, flags: Flags, text: string): Record<string, boolean> {
  const tr = translatePcre(pattern, flags);
  if (!tr.ok) throw new Error(tr.reason);
  const linear = linearRegexProgram(pattern, flags);
  return {
    regexp: new RegExp(tr.source, tr.flags).test(text),
    rcLinearRegex: rcLinearRegex(linear.program, linear.start).test(text),
    compileSafeRegex: compileSafeRegex(pattern, flags).test(text),
    compileRegexTester: compileRegexTester(pattern, flags).test(text),
  };
}

function expectAgreement(pattern: string, flags: Flags, text: string, expected?: boolean): void {
  const got = answers(pattern, flags, text);
  const want = expected ?? got.regexp;
  const label = `/${pattern}/${flags.i ? "i" : ""}${flags.m ? "m" : ""}${flags.s ? "s" : ""} on ${JSON.stringify(text)}`;
  expect(got, label).toEqual({ regexp: want, rcLinearRegex: want, compileSafeRegex: want, compileRegexTester: want });
}

describe("RegExp translation and linear engine agree on \\w, \\b and classes under i", () => {
  it("\\b and \\B: U+017F and U+212A are not word characters, also under i (the reported case)", () => {
    expectAgreement("\\b|a^", I, "\u017f", false);
    expectAgreement("\\b|a^", I, "\u212a", false);
    expectAgreement("\\b|a^", I, "s", true);
    expectAgreement("\\B", I, "\u017f", true);
    expectAgreement("^\\B$", I, "", true);
    expectAgreement("\\bs\\b", I, "\u017f", false);
    expectAgreement("\\bs\\b", I, "-S-", true);
    expectAgreement("x\\b", I, "x\u212a", true);
    expectAgreement("x\\B", I, "xk", true);
  });

  it("\\w and \\W (alone and in classes) are ASCII under i; letters and ranges fold onto U+017F / U+212A", () => {
    expectAgreement("\\w", I, "\u017f", false);
    expectAgreement("\\w", I, "\u212a", false);
    expectAgreement("\\W", I, "\u017f", true);
    expectAgreement("\\W", I, "S", false);
    expectAgreement("[^\\W]", I, "\u017f", false);
    expectAgreement("[^\\W]", I, "s", true);
    expectAgreement("[\\w-]", I, "\u212a", false);
    expectAgreement("[\\ws]", I, "\u017f", true); // the literal `s` folds, `\w` does not
    expectAgreement("[a-z]", I, "\u017f", true);
    expectAgreement("[a-z]", I, "\u212a", true);
    expectAgreement("[^a-z]", I, "\u212a", false);
    expectAgreement("s", I, "\u017f", true);
    expectAgreement("\\x{17f}", I, "S", true);
    expectAgreement("\\d", I, "\u212a", false);
  });

  it("a range wider than 4,096 code points still folds (it holds `k`, so it matches U+212A under i)", () => {
    expectAgreement("[\\x00-\\x{2000}]", I, "\u212a", true);
    expectAgreement("[^\\x00-\\x{2000}]", I, "\u212a", false);
    expectAgreement("[\\x{100}-\\x{10ffff}]", I, "k", true);
  });

  it("\\h and \\v are PCRE2's horizontal and vertical white space in both engines", () => {
    expectAgreement("\\h", NONE, "\u2003", true);
    expectAgreement("\\h", NONE, "\u3000", true);
    expectAgreement("\\v", NONE, "\n", true);
    expectAgreement("\\v", NONE, "\u2028", true);
    expectAgreement("[\\v]", NONE, "\r", true);
    expectAgreement("\\v", NONE, "\u000b", true);
    expectAgreement("\\h", NONE, "\n", false);
  });

  it("a `-` after a character type in a class is a literal, not a range (`[\\s-a]` holds space, `-`, `a`)", () => {
    expectAgreement("[\\s-a]", NONE, "K", false);
    expectAgreement("[\\s-a]", NONE, "-", true);
    expectAgreement("[\\d-a]", NONE, "-", true);
    expectAgreement("[\\d-a]", NONE, "b", false);
  });

  it("a quantifier after \\Q...\\E repeats only its last character", () => {
    expectAgreement("\\Qsk\\E*?([a-z])", NONE, "a", false);
    expectAgreement("^\\Qsk\\E{2}$", NONE, "skk", true);
    expectAgreement("^\\Qsk\\E{2}$", NONE, "sksk", false);
  });

  it("zero-width items never match inside a surrogate pair (V8 tries that position in `u` mode)", () => {
    expectAgreement("\\B", NONE, "a\u{1F600}a", false);
    expectAgreement("\\Z\\A", NONE, "\u{1F600}", false);
    expectAgreement("\\A\\B", NONE, "x\u{1F600}y", false);
    expectAgreement("^$", { ...NONE, m: true }, "\u{1F600}", false);
  });

  it("POSIX classes stay ASCII under i, and [:lower:] / [:upper:] mean [:alpha:] (RegExp path only: the linear engine refuses them)", () => {
    const test = (p: string, text: string) => {
      const tr = translatePcre(p, I);
      if (!tr.ok) throw new Error(tr.reason);
      return new RegExp(tr.source, tr.flags).test(text);
    };
    expect(test("[[:alpha:]]", "\u017f")).toBe(false);
    expect(test("[[:alpha:]]", "S")).toBe(true);
    expect(test("[[:lower:]]", "Q")).toBe(true);
    expect(test("[[:upper:]]", "q")).toBe(true);
    expect(test("[[:word:]s]", "\u017f")).toBe(true);
  });

  it("backreferences and \\p{..} under i keep the `iu` translation (the linear engine refuses them)", () => {
    expect(translatePcre("(\\w)\\1", I)).toEqual({ ok: true, source: "(\\w)\\1", flags: "iu" });
    expect(translatePcre("\\w\\p{L}", I)).toEqual({ ok: true, source: "\\w\\p{L}", flags: "iu" });
    expect(translatePcre("(a)\\1", I)).toEqual({ ok: true, source: "(a)\\1", flags: "iu" });
    // Without \w / \b / POSIX classes the `i` flag does the folding, as before.
    expect(translatePcre("[a-z]s", I)).toEqual({ ok: true, source: "[a-z]s", flags: "iu" });
  });

  it("a compiled rule gives the same hits whether the generator picks RegExp or the linear engine", () => {
    // Same meaning; the second pattern is super-linear for a backtracking engine, so it runs on the linear one.
    const safe = "^\\W*s\\w*$";
    const unsafe = "^\\W*s(?:\\w|\\w)*$";
    expect(analyseRegex(safe, I).complexity).toBe("linear");
    expect(analyseRegex(unsafe, I).complexity).not.toBe("linear");
    const matchers = [safe, unsafe].map((p) => compileMatcher(ruleOf(regex(field("CommandLine"), p, I))));
    for (const value of ["\u017f", "\u017f\u212a", "x\u017fk", "-S", "s\u212a", "Sk", "\u212a s_1", "\u00e9s"]) {
      const hits = matchers.map((m) => m.match({ CommandLine: value }));
      expect(hits, JSON.stringify(value)).toEqual([hits[0], hits[0]]);
    }
    expect(matchers.map((m) => m.match({ CommandLine: "\u017f" }))).toEqual([true, true]); // the literal s folds
    expect(matchers.map((m) => m.match({ CommandLine: "\u017f\u212a" }))).toEqual([false, false]); // \w does not
    expect(matchers.map((m) => m.match({ CommandLine: "-Sk" }))).toEqual([true, true]);
    expect(matchers.map((m) => m.match({ CommandLine: "s\u212a" }))).toEqual([false, false]);
    expect(matchers.map((m) => m.match({ CommandLine: "\u212as" }))).toEqual([true, true]);
  });
});

describe("random patterns: every engine gives the same answer", () => {
  const ITEMS = ["a", "s", "S", "k", "K", "z", "_", "1", "-", " ", "\u017f", "\u212a", "\u0130", "\u0131", "\u00e9", "\\x{17f}", "\\x4b", "\\n", "\\w", "\\W", "\\d", "\\s", "\\h", "\\v"];
  const RANGES = ["a-z", "A-Z", "0-9", "j-t", "\\x00-\\x{2000}", "\\x{100}-\\x{10ffff}", "\\x{17f}-\\x{212a}", "\u00e0-\u00ff"];
  const charClass = fc
    .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...ITEMS), fc.constantFrom(...RANGES)), { minLength: 1, maxLength: 4 }))
    .map(([negated, items]) => `[${negated ? "^" : ""}${items.join("")}]`);
  const atom = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ITEMS, ".", "\\S", "\\D", "\\Qsk\\E", "\u{1F600}") },
    { weight: 2, arbitrary: charClass },
  );
  const anchor = fc.constantFrom("\\b", "\\B", "\\b", "\\B", "^", "$", "\\A", "\\z", "\\Z");
  const quant = fc.constantFrom("", "", "", "*", "+", "?", "{2}", "{1,3}", "*?");
  const tree = fc.letrec<{ alt: string; seq: string; item: string }>((tie) => ({
    alt: fc.array(tie("seq"), { minLength: 1, maxLength: 3 }).map((xs) => xs.join("|")),
    seq: fc.array(tie("item"), { minLength: 1, maxLength: 5 }).map((xs) => xs.join("")),
    item: fc.oneof(
      { weight: 6, arbitrary: fc.tuple(atom, quant).map(([a, q]) => a + q) },
      { weight: 3, arbitrary: anchor },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("(", "(?:"), tie("alt"), quant).map(([g, a, q]) => `${g}${a})${q}`) },
    ),
  }));
  const pattern = fc.tuple(fc.constantFrom("", "", "", "(?i)"), tree.alt).map(([prefix, body]) => prefix + body);
  const flags = fc.record({ i: fc.boolean(), m: fc.boolean(), s: fc.boolean() });
  const TEXT = ["a", "s", "S", "k", "K", "Z", "_", "1", "-", " ", "\u017f", "\u212a", "\u0130", "\u0131", "\u00e9", "\u00c9", "\u{1F600}", "\n", "\u2003", "\u2028"];
  const text = fc.string({ unit: fc.constantFrom(...TEXT), maxLength: 8 });

  it("on patterns with \\b \\B \\w \\W, classes and ranges, with and without i, over texts with U+017F, U+212A, İ, ı, é, astral, newline", () => {
    let translated = 0;
    fc.assert(
      fc.property(pattern, flags, fc.array(text, { minLength: 1, maxLength: 6 }), (source, f, texts) => {
        const tr = translatePcre(source, f);
        fc.pre(tr.ok); // e.g. a range out of order
        translated++;
        for (const s of texts) expectAgreement(source, f, s);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
    // Not vacuous: most generated patterns translate.
    expect(translated).toBeGreaterThan(1000);
  });
});
