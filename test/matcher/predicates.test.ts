import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { and, cidr, compare, evalCondition, exists, field, fieldEquals, keyword, match, not, or, regex } from "../../src/ast/builders.js";
import { parseSigmaWildcards } from "../../src/ast/pattern.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { ruleOf } from "./helpers.js";

const m = (e: Parameters<typeof ruleOf>[0]) => compileMatcher(ruleOf(e));
const f = field;

describe("field resolution", () => {
  it("finds keys that contain dots", () => {
    const x = m(match(f("requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration"), parseSigmaWildcards("*hostNetwork*"), false));
    expect(x.match({ requestObject: { metadata: { annotations: { "kubectl.kubernetes.io/last-applied-configuration": '{"hostNetwork":true}' } } } })).toBe(true);
    expect(x.match({ "requestObject.metadata": { "annotations.kubectl.kubernetes.io/last-applied-configuration": "hostNetwork" } })).toBe(true);
    expect(x.match({ requestObject: { metadata: {} } })).toBe(false);
  });
  it("walks arrays at any depth; any value matches", () => {
    const x = m(match(f("spec.containers.image"), "nginx", false));
    expect(x.match({ spec: { containers: [{ image: "redis" }, { image: "NGINX" }] } })).toBe(true);
    expect(x.match({ spec: { containers: [[{ image: "nginx" }]] } })).toBe(true);
    expect(x.match({ spec: { containers: [{ image: "redis" }] } })).toBe(false);
  });
  it("null and empty arrays are no value; Not is true on a missing field", () => {
    const x = m(match(f("a"), parseSigmaWildcards("*"), false));
    expect(x.match({ a: null })).toBe(false);
    expect(x.match({ a: [] })).toBe(false);
    expect(x.match({ a: "" })).toBe(true);
    expect(m(not(match(f("a"), "x", false))).match({})).toBe(true);
    expect(m(exists(f("a"))).match({ a: null })).toBe(false);
    expect(m(exists(f("a"))).match({ a: { b: 1 } })).toBe(true);
    expect(m(exists(f("a"))).match({ a: { b: null } })).toBe(false);
    expect(m(exists(f("a"))).match({ a: 0 })).toBe(true);
  });
  it("objects are not values; field names are case-sensitive", () => {
    expect(m(match(f("a"), parseSigmaWildcards("*"), false)).match({ a: { b: 1 } })).toBe(false);
    expect(m(match(f("Verb"), "get", false)).match({ verb: "get" })).toBe(false);
  });
});

describe("Match", () => {
  it("compares text forms of numbers and booleans", () => {
    expect(m(match(f("code"), "403", false)).match({ code: 403 })).toBe(true);
    expect(m(match(f("x"), "1.5", false)).match({ x: 1.5 })).toBe(true);
    expect(m(match(f("b"), "true", false)).match({ b: true })).toBe(true);
    expect(m(match(f("b"), "TRUE", true)).match({ b: true })).toBe(false);
  });
  it("folds case with Unicode simple case folding", () => {
    expect(m(match(f("u"), "straße", false)).match({ u: "STRAẞE" })).toBe(true);
    expect(m(match(f("u"), "kelvin", false)).match({ u: "\u212Aelvin" })).toBe(true);
    expect(m(match(f("u"), "İ", false)).match({ u: "i" })).toBe(false);
    expect(m(match(f("u"), "ΣΑΣ", false)).match({ u: "σας" })).toBe(true);
  });
  it("wildcards: * any run, ? one code point, literal metacharacters", () => {
    const w = (p: string, v: string, cs = false) => m(match(f("v"), parseSigmaWildcards(p), cs)).match({ v });
    expect(w("a*c", "abbbc")).toBe(true);
    expect(w("a?c", "a😀c")).toBe(true);
    expect(w("a?c", "ac")).toBe(false);
    expect(w("a.c", "abc")).toBe(false);
    expect(w("a\\*c", "a*c")).toBe(true);
    expect(w("a\\*c", "abc")).toBe(false);
    expect(w("(x|y)+", "(x|y)+")).toBe(true);
    expect(w("*\"hostNetwork\":true*", '{"hostNetwork":true}')).toBe(true);
    expect(w("*Net*", "hostnetwork", true)).toBe(false);
    expect(w("line*", "line1\nline2")).toBe(true);
  });
});

describe("Compare", () => {
  it("numeric compares numbers and numeric strings only", () => {
    const gt = m(compare(f("n"), "gt", 10));
    expect(gt.match({ n: 11 })).toBe(true);
    expect(gt.match({ n: "11" })).toBe(true);
    expect(gt.match({ n: "abc" })).toBe(false);
    expect(gt.match({ n: [1, 20] })).toBe(true);
  });
  it("lexicographic by UTF-16 code units", () => {
    expect(m(compare(f("s"), "lt", "b", { numeric: false })).match({ s: "B" })).toBe(true);
    expect(m(compare(f("s"), "lt", "10", { numeric: false })).match({ s: "9" })).toBe(false);
  });
  it("time parts in UTC", () => {
    const hour = m(compare(f("t"), "eq", 10, { timePart: "hour" }));
    expect(hour.match({ t: "2026-11-20T10:15:00.123456Z" })).toBe(true);
    expect(hour.match({ t: "2026-11-20T10:15:00+02:00" })).toBe(false);
    expect(m(compare(f("t"), "eq", 1, { timePart: "week" })).match({ t: "2026-01-01T00:00:00Z" })).toBe(true);
  });
});

describe("Regex", () => {
  it("searches (unanchored) with PCRE semantics", () => {
    expect(m(regex(f("v"), "b+")).match({ v: "abbc" })).toBe(true);
    expect(m(regex(f("v"), "(?i)ABC")).match({ v: "xabcx" })).toBe(true);
    expect(m(regex(f("v"), "^abc$")).match({ v: "abc\n" })).toBe(true);
    expect(m(regex(f("v"), "a.c")).match({ v: "a\rc" })).toBe(true);
    expect(m(regex(f("v"), "a.c")).match({ v: "a\nc" })).toBe(false);
    expect(m(regex(f("v"), "a.c", { s: true })).match({ v: "a\nc" })).toBe(true);
    expect(m(regex(f("v"), "\\s")).match({ v: "\u00a0" })).toBe(false);
    expect(m(regex(f("v"), "a{2")).match({ v: "a{2" })).toBe(true);
  });
  it("refuses what JavaScript cannot express", () => {
    for (const p of ["a*+", "(?>a)", "a(?i)b", "\\Gx", "(?R)"]) {
      expect(() => m(regex(f("v"), p))).toThrowError(RuleError);
      try {
        m(regex(f("v"), p));
      } catch (e) {
        expect((e as RuleError).code).toBe("backend/regex-untranslatable");
      }
    }
  });
});

describe("Cidr, FieldEquals, Keyword, EvalCondition", () => {
  it("cidr v4 and v6", () => {
    expect(m(cidr(f("ip"), "10.0.0.0/8")).match({ ip: ["1.2.3.4", "10.9.8.7"] })).toBe(true);
    expect(m(cidr(f("ip"), "10.0.0.0/8")).match({ ip: "11.0.0.1" })).toBe(false);
    expect(m(cidr(f("ip"), "fe80::/10")).match({ ip: "FE80::1" })).toBe(true);
    expect(m(cidr(f("ip"), "2001:db8::/32")).match({ ip: "2001:db9::1" })).toBe(false);
    expect(m(cidr(f("ip"), "0.0.0.0/0")).match({ ip: "255.255.255.255" })).toBe(true);
  });
  it("field equals field", () => {
    expect(m(fieldEquals(f("a"), f("b"), false)).match({ a: "X", b: ["y", "x"] })).toBe(true);
    expect(m(fieldEquals(f("a"), f("b"), true)).match({ a: "X", b: "x" })).toBe(false);
    expect(m(fieldEquals(f("a"), f("b"), false)).match({ a: "x" })).toBe(false);
  });
  it("field equals field, case-insensitive, is RegExp `iu` equality (ASCII and Unicode values)", () => {
    const chars = ["s", "S", "\u017F", "k", "K", "\u212A", "i", "I", "\u0130", "\u0131", "\u00E9", "\u00C9", "\u03C3", "\u03C2", "\u03A3", "\u{1F600}", "."];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 4 }).map((cs) => cs.join(""));
    const eq = m(fieldEquals(f("a"), f("b"), false));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const want = new RegExp("^" + b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$", "iu").test(a);
        expect(eq.match({ a, b })).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });
  it("keywords over values or the raw line", () => {
    const values = m(keyword(parseSigmaWildcards("*evil*"), { caseSensitive: false, scope: "values" }));
    expect(values.match({ a: { b: ["x", "EVIL.exe"] } })).toBe(true);
    expect(values.match({ evil: "no" })).toBe(false);
    const raw = m(keyword(parseSigmaWildcards("*evil*"), { caseSensitive: false, scope: "raw" }));
    expect(raw.match({ evil: "no" }, { raw: '{"evil":"no"}' })).toBe(true);
  });
  it("eval conditions: case-sensitive, null is not true", () => {
    const cond = m(evalCondition({ kind: "Binary", op: "==", left: { kind: "FieldValue", field: f("a") }, right: { kind: "Literal", value: "X" } }));
    expect(cond.match({ a: "X" })).toBe(true);
    expect(cond.match({ a: "x" })).toBe(false);
    expect(cond.match({})).toBe(false);
    const num = m(evalCondition({ kind: "Binary", op: ">", left: { kind: "FieldValue", field: f("n") }, right: { kind: "Literal", value: 9 } }));
    expect(num.match({ n: "10" })).toBe(true);
    const unknown = () => m(evalCondition({ kind: "Call", name: "nosuchfn", args: [] }));
    expect(unknown).toThrowError(/nosuchfn/);
  });
  it("boolean structure", () => {
    const e = and([match(f("a"), "1", false), or([match(f("b"), "2", false), not(exists(f("c")))])]);
    expect(m(e).match({ a: 1, b: 2, c: 3 })).toBe(true);
    expect(m(e).match({ a: 1, b: 3 })).toBe(true);
    expect(m(e).match({ a: 1, b: 3, c: 1 })).toBe(false);
  });
});
