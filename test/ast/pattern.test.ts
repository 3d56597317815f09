import { describe, expect, it } from "vitest";
import { ANY, ONE, parseSigmaWildcards, pattern, patternShape, isLiteralPattern, patternLiteral } from "../../src/ast/index.js";

describe("pattern", () => {
  it("merges literals, drops empty ones and collapses **", () => {
    expect(pattern(["a", "", "b", ANY, ANY, "c"]).parts).toEqual(["ab", ANY, "c"]);
    expect(pattern([ONE, ONE]).parts).toEqual([ONE, ONE]);
  });

  it("names each shape", () => {
    expect(patternShape(pattern(["abc"]))).toEqual({ shape: "exact", value: "abc" });
    expect(patternShape(pattern([]))).toEqual({ shape: "exact", value: "" });
    expect(patternShape(pattern(["abc", ANY]))).toEqual({ shape: "prefix", value: "abc" });
    expect(patternShape(pattern([ANY, "abc"]))).toEqual({ shape: "suffix", value: "abc" });
    expect(patternShape(pattern([ANY, "abc", ANY]))).toEqual({ shape: "contains", value: "abc" });
    expect(patternShape(pattern([ANY]))).toEqual({ shape: "any" });
    expect(patternShape(pattern(["a", ONE]))).toEqual({ shape: "wildcard" });
    expect(patternShape(pattern(["a", ANY, "b"]))).toEqual({ shape: "wildcard" });
  });

  it("keeps literal text literal", () => {
    const p = pattern(["a*b?"]);
    expect(isLiteralPattern(p)).toBe(true);
    expect(patternLiteral(p)).toBe("a*b?");
    expect(() => patternLiteral(pattern([ANY]))).toThrow();
  });
});

describe("parseSigmaWildcards", () => {
  it("treats * and ? as wildcards", () => {
    expect(parseSigmaWildcards("*\\cmd.exe").parts).toEqual([ANY, "\\cmd.exe"]);
    expect(parseSigmaWildcards("a?c").parts).toEqual(["a", ONE, "c"]);
  });
  it("unescapes \\* \\? and \\\\ and keeps other backslashes", () => {
    expect(parseSigmaWildcards("a\\*b").parts).toEqual(["a*b"]);
    expect(parseSigmaWildcards("a\\?b").parts).toEqual(["a?b"]);
    expect(parseSigmaWildcards("C:\\Windows\\System32").parts).toEqual(["C:\\Windows\\System32"]);
    expect(parseSigmaWildcards("C:\\Windows\\*").parts).toEqual(["C:\\Windows*"]);
    expect(parseSigmaWildcards("a\\\\*").parts).toEqual(["a\\", ANY]);
    expect(parseSigmaWildcards("trailing\\").parts).toEqual(["trailing\\"]);
  });
});
