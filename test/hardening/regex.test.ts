import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RuleError } from "../../src/diagnostics/index.js";
import { analyseRegex, checkRegexSafety, compileRegexTester, compileSafeRegex, toJsRegExp } from "../../src/regex/index.js";
import { parseRegex, type RegexNode } from "../../src/regex/syntax.js";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    if (!(e instanceof RuleError)) throw e;
    return e.code;
  }
};

describe("regex safety analysis", () => {
  it.each([
    ["(a+)+$", "exponential"],
    ["(a|a)*b", "exponential"],
    ["(\\w+\\s?)+$", "exponential"],
    ["(a*)*b", "exponential"],
    ["(?:\\d|\\d\\d)+x", "exponential"],
    ["(?:a*|b)*c", "exponential"],
    ["(a?)*b", "polynomial"],
    ["(.*a){5}x", "polynomial"],
    [".*a.*b", "polynomial"],
    ["a*b", "polynomial"],
    ["\\s*\\s*$", "polynomial"],
    ["^a*b", "linear"],
    ["^(a|b)*c", "linear"],
    ["abc", "linear"],
    ["^abc$", "linear"],
    ["\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}", "linear"],
    ["\\\\cmd\\.exe /c .+", "linear"],
    ["(a|a)*", "linear"], // matches the empty string at once: nothing to backtrack over
  ])("%s is %s", (pattern, expected) => {
    expect(analyseRegex(pattern).complexity).toBe(expected);
  });

  it("reports backend/unsafe-regex with the rule position for super-linear patterns only", () => {
    const d = checkRegexSafety("(a+)+$", "", { file: "r.yml", pos: { line: 7, column: 9 } });
    expect(d).toMatchObject({ code: "backend/unsafe-regex", file: "r.yml", line: 7, column: 9 });
    expect(d!.message).toContain("exponential");
    expect(checkRegexSafety("^foo\\d+$")).toBeUndefined();
  });

  it("treats patterns too large to analyse as unsafe", () => {
    expect(analyseRegex(Array.from({ length: 200 }, (_, k) => `w${k}`).join("|")).complexity).toBe("unknown");
  });
});

describe("linear-time engine", () => {
  const adversarial: [string, string][] = [
    ["(a+)+$", "a".repeat(100_000) + "!"],
    ["(a|a)*b", "a".repeat(100_000)],
    ["(\\w+\\s?)+$", "ab ".repeat(33_000) + "!"],
    ["(.*a){20}x", "a".repeat(100_000)],
    ["^(([a-z])+.)+[A-Z]([a-z])+$", "a".repeat(100_000) + "!"],
    ["(?i)powershell.*-enc", "PowerShell -noprofile ".repeat(4_600)],
  ];
  it.each(adversarial)("searches %s in a 100 KB adversarial value in well under a second", (pattern, value) => {
    const re = compileSafeRegex(pattern);
    const started = performance.now();
    re.test(value);
    const elapsed = performance.now() - started;
    // Generous bound: a backtracking engine takes hours to years on these inputs.
    expect(elapsed).toBeLessThan(1000);
  });

  it("compileRegexTester routes super-linear patterns to the linear-time engine", () => {
    expect(compileRegexTester("(a+)+$").engine).toBe("linear-time");
    expect(compileRegexTester("^foo\\d+$").engine).toBe("native");
    const t = compileRegexTester("(a+)+$");
    const started = performance.now();
    expect(t.test("a".repeat(100_000) + "!")).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ["abc$", "", "xabc\n", true], // PCRE: `$` matches before a final newline
    ["abc$", "", "xabc\n\n", false],
    ["abc\\z", "", "xabc\n", false],
    ["^b", "", "a\nb", false],
    ["^b", "m", "a\nb", true],
    ["(?m)^b$", "", "a\nb\nc", true],
    ["a.c", "", "a\nc", false],
    ["a.c", "", "a\rc", true], // PCRE's `.` only excludes \n (JavaScript's also excludes \r)
    ["a.c", "s", "a\nc", true],
    ["POWERSHELL", "i", "xpowershellx", true],
    ["(?i:a)b", "", "AB", false],
    ["(?i:a)b", "", "Ab", true],
    ["\\bfoo\\b", "", "a foo.", true],
    ["\\bfoo\\b", "", "afoo", false],
    ["\\Bfoo", "", "afoo", true],
    ["[^a-c]x", "", "bx", false],
    ["[^a-c]x", "", "dx", true],
    ["\\x41\\x{1F600}", "", "A\u{1F600}", true],
    ["^.$", "", "\u{1F600}", true], // one code point, not two code units
    ["\\Qa.b\\E", "", "axb", false],
    ["\\Qa.b\\E", "", "a.b", true],
    ["a{2,3}b", "", "ab", false],
    ["a{2,3}b", "", "aab", true],
    ["x{,3}", "", "x{,3}", true], // not a quantifier: literal, as in PCRE
    ["\\s", "", "\u00a0", false], // PCRE's \s is ASCII
    ["(?<name>ab)+c", "", "ababc", true],
    ["a(?#comment)b", "", "ab", true],
    ["", "", "", true],
  ])("/%s/%s on %j is %s", (pattern, flags, value, expected) => {
    expect(compileSafeRegex(pattern, flags).test(value)).toBe(expected);
    // The JavaScript translation means the same.
    const js = toJsRegExp(pattern, flags);
    expect(new RegExp(js.source, js.flags).test(value)).toBe(expected);
  });

  it.each([
    ["(a)\\1", "backend/regex-untranslatable"],
    ["\\k<x>", "backend/regex-untranslatable"],
    ["a(?=b)", "backend/regex-untranslatable"],
    ["(?<!a)b", "backend/regex-untranslatable"],
    ["(?>a+)b", "backend/regex-untranslatable"],
    ["a++", "backend/regex-untranslatable"],
    ["\\p{L}", "backend/regex-untranslatable"],
    ["[[:alpha:]]", "backend/regex-untranslatable"],
    ["a{1001}", "backend/regex-untranslatable"],
    ["(?x) a", "backend/regex-untranslatable"],
    ["(".repeat(10_000) + "a" + ")".repeat(10_000), "backend/regex-untranslatable"],
    ["(a", "regex/syntax"],
    ["a)", "regex/syntax"],
    ["*a", "regex/syntax"],
    ["[z-a]", "regex/syntax"],
    ["[abc", "regex/syntax"],
    ["a{3,2}", "regex/syntax"],
    ["\\", "regex/syntax"],
    ["\\y", "regex/syntax"],
  ])("refuses %s with %s", (pattern, code) => {
    expect(codeOf(() => compileSafeRegex(pattern))).toBe(code);
  });

  it("handles 10,000-way alternations and deep nesting within limits", () => {
    const words = Array.from({ length: 10_000 }, (_, k) => `w${k}x`);
    const re = compileRegexTester(words.join("|"));
    expect(re.test("zz w9999x zz")).toBe(true);
    expect(re.test("w10000")).toBe(false);
    const nested = "(".repeat(150) + "a" + ")".repeat(150) + "b";
    expect(compileSafeRegex(nested).test("ab")).toBe(true);
  });
});

/** Small PCRE patterns whose meaning JavaScript's RegExp (with `u`) shares exactly. */
const sharedSyntaxPattern: fc.Arbitrary<string> = fc.letrec<{ node: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom("a", "b", "c", "[ab]", "[^a]", "\\d", "\\w", "[a-c]", "1"),
    tie("node").map((n) => `(?:${n})`),
    tie("node").map((n) => `(${n})`),
  ),
  node: fc.oneof(
    { depthSize: "small" },
    tie("atom"),
    fc.tuple(tie("atom"), fc.constantFrom("*", "+", "?", "{2}", "{1,3}", "{0,}", "*?", "+?")).map(([a, q]) => a + q),
    fc.array(tie("atom"), { minLength: 2, maxLength: 4 }).map((xs) => xs.join("")),
    fc.array(tie("node"), { minLength: 2, maxLength: 3 }).map((xs) => xs.join("|")),
    tie("node").map((n) => `^${n}`),
  ),
})).node;

describe("engine agrees with JavaScript's RegExp", () => {
  it("on random patterns over the shared syntax and random values", () => {
    fc.assert(
      fc.property(sharedSyntaxPattern, fc.string({ unit: fc.constantFrom("a", "b", "c", "1", " ", "\n"), maxLength: 12 }), fc.boolean(), (pattern, value, i) => {
        const native = new RegExp(pattern, i ? "ui" : "u").test(value);
        expect(compileSafeRegex(pattern, i ? "i" : "").test(value)).toBe(native);
        expect(compileRegexTester(pattern, i ? "i" : "").test(value)).toBe(native);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });

  it("folds case exactly like RegExp `iu` (Unicode simple case folding), also outside ASCII", () => {
    const tricky = ["ß", "ẞ", "k", "K", "\u212a", "s", "ſ", "σ", "ς", "Σ", "i", "İ", "ı", "ǅ", "ǆ", "Ǆ", "é", "É", "𐐀", "𐐨", "µ", "Μ"];
    for (const a of tricky) for (const b of tricky) {
      expect(compileSafeRegex(a, "i").test(b), `${a} vs ${b}`).toBe(new RegExp(a, "iu").test(b));
    }
    fc.assert(
      fc.property(fc.integer({ min: 0x41, max: 0x24ff }), fc.integer({ min: 0x41, max: 0x24ff }), (x, y) => {
        const a = String.fromCodePoint(x);
        const b = String.fromCodePoint(y === x ? y : Math.random() < 0.5 ? y : a.toUpperCase().codePointAt(0)!);
        const pattern = a.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
        expect(compileSafeRegex(pattern, "i").test(b)).toBe(new RegExp(pattern, "iu").test(b));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it("never throws anything but RuleError on random pattern text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."()[]{}|*+?.^$\\-,:<>=!#aPpkQEx0129dswb"), maxLength: 30 }), (pattern) => {
        try {
          compileRegexTester(pattern).test("ab(c)d{1}");
        } catch (e) {
          expect(e).toBeInstanceOf(RuleError);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
});

/**
 * Soundness of the analysis, checked against a step-counting backtracking matcher (the way
 * RegExp/PCRE search): patterns judged `linear` must not take super-linear steps on
 * repetitive inputs. Quadrupling the input must not multiply the steps by much more than 4.
 */
describe("analysis soundness against a backtracking matcher", () => {
  function backtrackingSteps(tree: RegexNode, text: string, cap: number): number {
    const cps = [...text].map((c) => c.codePointAt(0)!);
    let steps = 0;
    const inSet = (r: RegexNode & { type: "set" }, cp: number) => r.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
    const m = (node: RegexNode, i: number, k: (j: number) => boolean): boolean => {
      if (++steps > cap) throw new Error("cap");
      switch (node.type) {
        case "empty":
          return k(i);
        case "set":
          return i < cps.length && inSet(node, cps[i]!) && k(i + 1);
        case "assert":
          return k(i); // only shared-syntax patterns (`^`) reach here; anchoring is checked by the search loop below
        case "concat": {
          const go = (idx: number, j: number): boolean => (idx === node.items.length ? k(j) : m(node.items[idx]!, j, (j2) => go(idx + 1, j2)));
          return go(0, i);
        }
        case "alt":
          return node.items.some((item) => m(item, i, k));
        case "repeat": {
          const rep = (count: number, j: number): boolean => {
            if (count < node.max && m(node.item, j, (j2) => (j2 === j && count >= node.min ? false : rep(count + 1, j2)))) return true;
            return count >= node.min && k(j);
          };
          return rep(0, i);
        }
      }
    };
    const anchored = tree.type === "concat" ? tree.items[0]?.type === "assert" : tree.type === "assert";
    for (let start = 0; start <= cps.length; start++) {
      if (m(tree, start, () => true)) break; // the first match ends the search, as in RegExp
      if (anchored) break;
    }
    return steps;
  }

  it("linear verdicts stay linear on repetitive inputs", () => {
    fc.assert(
      fc.property(sharedSyntaxPattern.filter((p) => !p.includes("|^") && !p.includes("(^") && !p.slice(1).includes("^")), fc.array(fc.constantFrom("a", "b", "c", "1"), { minLength: 1, maxLength: 3 }), fc.constantFrom("a", "b", "c", "1", "!"), (pattern, word, end) => {
        if (analyseRegex(pattern).complexity !== "linear") return;
        const tree = parseRegex(pattern, { i: false, m: false, s: false });
        const w = word.join("");
        const small = w.repeat(Math.ceil(40 / w.length)) + end;
        const large = w.repeat(Math.ceil(160 / w.length)) + end;
        const a = backtrackingSteps(tree, small, 5_000_000);
        const b = backtrackingSteps(tree, large, 5_000_000);
        expect(b / Math.max(a, 1), `${pattern} on (${w})^n${end}: ${a} -> ${b} steps`).toBeLessThan(8);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });
});
