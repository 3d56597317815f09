import { describe, expect, it } from "vitest";
import { translatePcre } from "../../src/backends/matcher/index.js";

const F = { i: false, m: false, s: false };
function re(p: string, flags = F): RegExp {
  const t = translatePcre(p, flags);
  if (!t.ok) throw new Error(t.reason);
  return new RegExp(t.source, t.flags);
}

describe("PCRE -> JavaScript translation", () => {
  it("character classes: ranges, negation, escaped hyphen, leading ], POSIX classes", () => {
    expect(re("^[a-c]$").test("b")).toBe(true);
    expect(re("^[a-c]$").test("-")).toBe(false);
    expect(re("^[a\\-c]$").test("-")).toBe(true);
    expect(re("^[a\\-c]$").test("b")).toBe(false);
    expect(re("^[^0-9]+$").test("abc")).toBe(true);
    expect(re("^[]a]+$").test("]a]")).toBe(true);
    expect(re("^[a-]$").test("-")).toBe(true);
    expect(re("^[[:digit:][:upper:]]+$").test("A1B2")).toBe(true);
    expect(re("^[x^]+$").test("^x")).toBe(true);
    expect(re("^[\\d.]+$").test("1.2")).toBe(true);
  });
  it("PCRE line rules and escapes", () => {
    expect(re("abc$").test("abc\n")).toBe(true);
    expect(re("abc$").test("abc\n\n")).toBe(false);
    expect(re("^b", { ...F, m: true }).test("a\nb")).toBe(true);
    expect(re("^b", { ...F, m: true }).test("a\rb")).toBe(false);
    expect(re("\\Aab\\z").test("ab")).toBe(true);
    expect(re("\\Aab\\z").test("ab\n")).toBe(false);
    expect(re("\\Qa.b*\\E").test("xa.b*")).toBe(true);
    expect(re("\\Qa.b*\\E").test("axb")).toBe(false);
    expect(re("\\x{41}\\x42").test("AB")).toBe(true);
    expect(re("(?P<n>a)(?P=n)").test("aa")).toBe(true);
    expect(re("(?i)(?s)A.B").test("a\nb")).toBe(true);
    expect(re("\\h").test("\t")).toBe(true);
    expect(re("\\-\\#\\ ").test("-# ")).toBe(true);
    expect(re("a{,2}").test("a{,2}")).toBe(true);
  });
  it("refuses what JavaScript cannot express, with a reason", () => {
    for (const p of ["a++", "(?>x)", "(?|a)", "(?(1)a|b)", "a(?i)b", "(?x) a", "\\K", "[[:^alpha:]]", "(?1)"]) {
      const t = translatePcre(p, F);
      expect({ p, ok: t.ok }).toEqual({ p, ok: false });
    }
  });
});
