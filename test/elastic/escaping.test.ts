import { describe, expect, it } from "vitest";
import { cidr, compare, exists, field, keyword, match, not, or, regex } from "../../src/ast/builders.js";
import { parseSigmaWildcards } from "../../src/ast/pattern.js";
import type { Expr } from "../../src/ast/expr.js";
import { dslOfExpr } from "../../src/backends/dsl/index.js";
import { luceneOfExpr } from "../../src/backends/lucene/index.js";
import { pcreToLuceneRegexp } from "../../src/backends/regex/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { flattenEvent, harnessUnavailable, runHarness } from "./lucene-harness.js";

const NO = { i: false, m: false, s: false };
const codeOf = (f: () => unknown) => {
  try {
    f();
    return "ok";
  } catch (e) {
    return e instanceof RuleError ? e.code : String(e);
  }
};

describe("Lucene query string output", () => {
  it("escapes reserved characters in field names and values", () => {
    const e = match(field("requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration"), parseSigmaWildcards('*"hostNetwork":true*'), true);
    expect(luceneOfExpr(e)).toBe('requestObject.metadata.annotations.kubectl.kubernetes.io\\/last\\-applied\\-configuration:*\\"hostNetwork\\"\\:true*');
    expect(luceneOfExpr(match(field("x y"), "a b", true))).toBe('x\\ y:"a b"');
    expect(luceneOfExpr(match(field("p"), parseSigmaWildcards("C:\\Windows\\\\\\*"), true))).toBe('p:"C:\\\\Windows\\\\*"');
  });

  it("folds case into exact character classes by default (KELVIN SIGN included)", () => {
    expect(luceneOfExpr(match(field("v"), "kube", false))).toBe("v:/[Kk\u212A][Uu][Bb][Ee]/");
    expect(luceneOfExpr(match(field("v"), "kube", false), { caseInsensitive: "lowercase-field" })).toBe('v.lower:"kube"');
    expect(luceneOfExpr(match(field("v"), "123", false))).toBe('v:"123"');
  });

  it("never writes a pure negative clause inside OR", () => {
    expect(luceneOfExpr(or([match(field("a"), "1", true), not(exists(field("b")))]))).toBe('(a:"1" OR (*:* AND NOT _exists_:b))');
    expect(luceneOfExpr(not(match(field("a"), "1", true)))).toBe('*:* AND NOT a:"1"');
  });

  it("writes ranges, CIDR and keywords", () => {
    expect(luceneOfExpr(compare(field("n"), "gt", 5))).toBe("n:{5 TO *]");
    expect(luceneOfExpr(cidr(field("ip"), "10.0.0.0/8"))).toMatch(/^ip:\/10\\\./);
    expect(luceneOfExpr(cidr(field("ip"), "10.0.0.0/8"), { cidr: "ip-field" })).toBe('ip:"10.0.0.0/8"');
    expect(luceneOfExpr(cidr(field("ip"), "fe80::/10"))).toMatch(/^ip:\/\(\(\[fF\]\[eE\]8\[0-9a-fA-F\]\|/); // every spelling (cidr.test.ts)
    expect(codeOf(() => luceneOfExpr(cidr(field("ip"), "fe80::/200")))).toBe("backend/unsupported");
    expect(luceneOfExpr(keyword(parseSigmaWildcards("*mimikatz*"), { caseSensitive: true, scope: "values" }))).toBe("*mimikatz*");
  });
});

describe("PCRE -> Lucene regexp", () => {
  const t = (p: string, flags = {}) => pcreToLuceneRegexp(p, { ...NO, ...flags });
  it("anchors an unanchored search and maps ^/$ exactly", () => {
    expect(t("abc")).toEqual({ ok: true, regexp: ".*abc.*" });
    expect(t("^abc$")).toEqual({ ok: true, regexp: "abc\\\n?" });
    expect(t("^a", { m: true })).toEqual({ ok: true, regexp: "(.*\\\n)?a.*" });
    expect(t("a\\z")).toEqual({ ok: true, regexp: ".*a" });
  });
  it("spells out shorthand classes and never writes a backslash before a letter", () => {
    const r = t("\\d+\\w\\s");
    expect(r.ok && r.regexp).toBe(".*[0-9]+[0-9A-Z\\_a-z][\\\t-\\\r\\ ].*");
    expect(r.ok && /\\[A-Za-z]/.test(r.regexp)).toBe(false);
  });
  it("escapes Lucene-only operators (# @ & < > ~ \")", () => {
    expect(t('#@&<>~"')).toEqual({ ok: true, regexp: '.*\\#\\@\\&\\<\\>\\~\\".*' });
  });
  it("refuses what has no exact equivalent", () => {
    for (const p of ["a\\bb", "(a)\\1", "a(?=b)", "(?<!a)b", "a++", "(?>a)", "\\p{L}", "a^b"]) expect(t(p).ok, p).toBe(false);
    expect(codeOf(() => luceneOfExpr(regex(field("f"), "(?=x)")))).toBe("backend/regex-untranslatable");
  });
});

describe("Query DSL output", () => {
  it("uses native clauses and case_insensitive for ASCII", () => {
    expect(dslOfExpr(match(field("v"), parseSigmaWildcards("kube*"), false))).toEqual({ prefix: { v: { value: "kube", case_insensitive: true } } });
    expect(dslOfExpr(match(field("v"), parseSigmaWildcards("*a\\?b?*"), true))).toEqual({ wildcard: { v: { value: "*a\\?b?*" } } });
    expect(dslOfExpr(match(field("v"), "Ärger", false))).toEqual({ regexp: { v: { value: "[Ää][Rr][Gg][Ee][Rr]", flags: "ALL" } } });
    expect(dslOfExpr(or([exists(field("a")), not(exists(field("b")))]))).toEqual({
      bool: { should: [{ exists: { field: "a" } }, { bool: { must_not: [{ exists: { field: "b" } }] } }], minimum_should_match: 1 },
    });
  });
});

describe.skipIf(harnessUnavailable !== undefined)(`three-way case folds on real Lucene${harnessUnavailable ? ` (skipped: ${harnessUnavailable})` : ""}`, () => {
  it("char-classes matches KELVIN SIGN and LONG S like the matcher; ES's ASCII flag does not", () => {
    const e: Expr = match(field("v"), "kubes", false);
    const docs = [{ v: "KUBES" }, { v: "\u212Aube\u017F" }, { v: "cubes" }].map((d) => flattenEvent(d));
    const r = runHarness(docs, [{ id: "cc", lucene: luceneOfExpr(e) }, { id: "flag", dsl: dslOfExpr(e) }]);
    expect(r.get("cc")).toEqual({ hits: [0, 1] });
    expect(r.get("flag")).toEqual({ hits: [0] }); // documented limit of case_insensitive (docs/elastic.md)
  });
});
