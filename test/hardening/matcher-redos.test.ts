import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { field, match, regex } from "../../src/ast/builders.js";
import { ANY, ONE, pattern } from "../../src/ast/pattern.js";
import { compileMatcher, generateMatcherModule } from "../../src/backends/matcher/index.js";
import { ruleOf } from "../matcher/helpers.js";
import { loadRule } from "../../src/api/load.js";

/** The matcher must never hang on a rule's regex or wildcard pattern, whatever the event value. */
describe("matcher: no regex denial of service", () => {
  const timed = (f: () => void): number => {
    const started = performance.now();
    f();
    return performance.now() - started;
  };

  it.each([
    ["(a+)+$", "a".repeat(100_000) + "!"],
    ["(a|a)*b", "a".repeat(100_000)],
    ["(\\w+\\s?)+$", "ab ".repeat(33_000) + "!"],
    ["(.*a){12}x", "a".repeat(100_000)],
    ["(?i)powershell.*-enc", "PowerShell -noprofile ".repeat(4_600)],
    // SigmaHQ proc_creation_win_hktl_invoke_obfuscation_var.yml (and two PowerShell twins): RegExp time doubles per `)`.
    [String.raw`cmd.{0,5}(?:/c|/r)(?:\s|)"set\s[a-zA-Z]{3,6}.*(?:\{\d\}){1,}\\"\s+?-f(?:.*\)){1,}.*"`, 'cmd /c "set abc{1}\\" -f' + ")".repeat(100_000)],
  ])("Regex %s on a 100 KB adversarial value finishes in well under a second", (re, value) => {
    const m = compileMatcher(ruleOf(regex(field("CommandLine"), re)));
    let hit = true;
    // Generous bound: the point is "no exponential/polynomial blow-up", not speed.
    expect(timed(() => (hit = m.match({ CommandLine: value })))).toBeLessThan(1000);
    expect(hit).toBe(false);
  });

  it("super-linear patterns are generated as the linear-time NFA, linear ones as RegExp", () => {
    const unsafe = generateMatcherModule([ruleOf(regex(field("a"), "(a+)+$"))]);
    expect(unsafe).toContain("rcLinearRegex(");
    const safe = generateMatcherModule([ruleOf(regex(field("a"), "^foo\\d+$"))]);
    expect(safe).not.toContain("rcLinearRegex([");
  });

  it("the linear-time path gives the same answers as RegExp on random values", () => {
    const patterns = ["(a+)+$", "(a|ab)*c", "a.*b$", "(?m)^b.*c$", "\\bab*\\b", "(?i)A(b|c)*D"];
    const matchers = patterns.map((p) => ({ p, m: compileMatcher(ruleOf(regex(field("f"), p))) }));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "c", "d", "A", "D", "\n", " "), maxLength: 14 }), (value) => {
        for (const { p, m } of matchers) {
          // These patterns mean the same in JavaScript except `$` before a final newline.
          const js = new RegExp(p.replace("(?m)", "").replace("(?i)", ""), (p.includes("(?m)") ? "m" : "") + (p.includes("(?i)") ? "i" : ""));
          const expected = js.test(value) || (p.endsWith("$") && !p.includes("(?m)") && value.endsWith("\n") && js.test(value.slice(0, -1)));
          expect(m.match({ f: value }), `${p} on ${JSON.stringify(value)}`).toBe(expected);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  // Found by hardening: multi-`*` wildcards used to compile to `^[^]*a[^]*a...$`, which backtracks
  // in O(n^k); rcGlobTest matches them segment by segment.
  it("wildcard patterns with many `*` stay fast on adversarial values", () => {
    const parts = [ANY, "a", ANY, "a", ANY, "a", ANY, "a", ANY, "a", ANY, "b", ANY];
    for (const caseSensitive of [true, false]) {
      const m = compileMatcher(ruleOf(match(field("f"), pattern(parts), caseSensitive)));
      let hit = true;
      expect(timed(() => (hit = m.match({ f: "a".repeat(100_000) })))).toBeLessThan(1000);
      expect(hit).toBe(false);
      expect(m.match({ f: "a".repeat(50_000) + "b" })).toBe(true);
    }
  });

  it("SPL where match() with a super-linear regex runs on the linear-time engine and keeps its meaning", () => {
    const m = compileMatcher(loadRule('index=x | where match(f, "^(a+)+$")', { format: "spl" }));
    let rows: unknown[] = [1];
    expect(timed(() => (rows = [...m.run([{ f: "a".repeat(100_000) + "!" }])]))).toBeLessThan(1000);
    expect(rows).toEqual([]);
    expect([...m.run([{ f: "aaa" }, { f: "aa!" }, { f: "b" }])]).toEqual([{ f: "aaa" }]);
  });

  it("SPL like() with many `%` stays fast on adversarial values", () => {
    const m = compileMatcher(loadRule('index=x | where like(f, "%a%a%a%a%a%b")', { format: "spl" }));
    let rows: unknown[] = [1];
    expect(timed(() => (rows = [...m.run([{ f: "a".repeat(100_000) }])]))).toBeLessThan(1000);
    expect(rows).toEqual([]);
    expect([...m.run([{ f: "xaaaaayb" }, { f: "aab" }])]).toHaveLength(1);
  });

  it("segment-by-segment wildcard matching agrees with the anchored RegExp", () => {
    const part = fc.oneof(fc.constant(ANY), fc.constant(ONE), fc.string({ unit: fc.constantFrom("a", "b", "A", "\u{1F600}", "\u017F", "s"), minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 7 }), fc.string({ unit: fc.constantFrom("a", "b", "A", "B", "\u{1F600}", "\u017F", "s", "S"), maxLength: 12 }), fc.boolean(), (parts, value, cs) => {
        const p = pattern(parts);
        const src = "^" + p.parts.map((x) => (typeof x === "string" ? x.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&") : x.wildcard === "*" ? "[^]*" : "[^]")).join("") + "$";
        const expected = new RegExp(src, cs ? "u" : "iu").test(value);
        expect(compileMatcher(ruleOf(match(field("f"), p, cs))).match({ f: value })).toBe(expected);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });
});
