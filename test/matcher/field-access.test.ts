/**
 * The field code the matcher generates (constant-key property walks) against the runtime's
 * general resolver, which it replaces for speed, and the literal tests against RegExp: every
 * event shape must give the same answer. Also: the facts about case folding the ASCII
 * literal tests (`rcFoldEquals`) rely on, and rule text in generated property chains staying data.
 */
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compare, field, match, or } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { literalPattern } from "../../src/ast/pattern.js";
import { compileMatcher, generateMatcherModule } from "../../src/backends/matcher/index.js";
import { rcAnyOf, rcCompare, rcEscapeRegex, rcField, rcFoldEquals, rcPattern, type RcVisit } from "../../src/backends/matcher/runtime.js";
import { ruleOf } from "./helpers.js";

// ---- events as JSON text, so `__proto__` is an own key as JSON.parse makes it ----------

type Tree = { s: string | number | boolean | null } | { a: Tree[] } | { o: [string, Tree][] };
const SEGMENTS = ["a", "b", "c", "constructor", "__proto__", "toString", "hasOwnProperty"];
const KEYS = [...SEGMENTS, "a.b", "b.c", "a.b.c", "constructor.a", "a.__proto__"];
const ALPHABET = ["s", "S", "\u017f", "k", "K", "\u212a", "i", "I", "\u0130", "\u00e9", "\u00c9", "x"];
const text = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 3 });
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(text, fc.integer({ min: -2, max: 3 }), fc.boolean(), fc.constant(null)).map((s) => ({ s })),
    fc.array(tie("t"), { maxLength: 3 }).map((a) => ({ a })),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie("t")), { maxLength: 4 }).map((o) => ({ o })),
  ),
})).t;
const jsonOf = (t: Tree): string =>
  "s" in t ? JSON.stringify(t.s) : "a" in t ? `[${t.a.map(jsonOf).join(",")}]` : `{${t.o.map(([k, v]) => `${JSON.stringify(k)}:${jsonOf(v)}`).join(",")}}`;
const event = fc.array(fc.tuple(fc.constantFrom(...KEYS), tree), { maxLength: 5 }).map((o) => JSON.parse(jsonOf({ o })) as unknown);
const path = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }).map((s) => s.join("."));

/** A predicate with its meaning through the runtime's general resolver and tests. */
interface Case {
  readonly expr: Expr;
  readonly expected: (ev: unknown) => boolean;
}
const viaResolver = (p: string, visit: RcVisit) => {
  const f = rcField(p);
  return (ev: unknown) => f(ev, visit);
};
/** Whole-value equality by RegExp (`iu` when case-insensitive), independent of the runtime's shortcuts. */
const byRegExp = (lits: readonly string[], cs: boolean): RcVisit => {
  const re = new RegExp(`^(?:${lits.map(rcEscapeRegex).join("|")})$`, cs ? "u" : "iu");
  return (v) => re.test(String(v));
};
const literalCase = fc.tuple(path, text, fc.boolean()).map(([p, lit, cs]): Case => ({
  expr: match(field(p), literalPattern(lit), cs),
  expected: viaResolver(p, byRegExp([lit], cs)),
}));
const anyOfCase = fc.tuple(path, fc.array(text, { minLength: 2, maxLength: 4 }), fc.boolean()).map(([p, lits, cs]): Case => ({
  expr: or(lits.map((l) => match(field(p), literalPattern(l), cs))),
  expected: viaResolver(p, byRegExp(lits, cs)),
}));

const compareCase = fc.tuple(path, fc.constantFrom("eq", "lt", "gte" as const), fc.integer({ min: -1, max: 3 })).map(([p, op, v]): Case => ({
  expr: compare(field(p), op, v, { numeric: true }),
  expected: viaResolver(p, rcCompare(op, v, true)),
}));

describe("generated field code agrees with the general resolver", () => {
  it("single literals, literal lists and comparisons over dotted keys, arrays, inherited names and case variants", () => {
    fc.assert(
      fc.property(fc.oneof(literalCase, anyOfCase, compareCase), fc.array(event, { minLength: 1, maxLength: 8 }), (c, events) => {
        const m = compileMatcher(ruleOf(c.expr));
        for (const ev of events) expect(m.match(ev), JSON.stringify(ev)).toBe(c.expected(ev));
      }),
      { numRuns: 600 },
    );
  });

  it("the runtime's own literal tests agree with RegExp on case variants", () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 3 }), fc.boolean(), text, (lit, lits, cs, v) => {
        expect(rcPattern([lit], cs)(v)).toBe(byRegExp([lit], cs)(v));
        expect(rcAnyOf(lits, cs)(v)).toBe(byRegExp(lits, cs)(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("examples: nested and dotted keys, arrays at every step, null and missing, own __proto__", () => {
    const m = compileMatcher(ruleOf(match(field("a.b.c"), literalPattern("Forbidden"), false)));
    expect(m.match({ a: { b: { c: "forbidden" } } })).toBe(true);
    expect(m.match({ "a.b": { c: "FORBIDDEN" } })).toBe(true);
    expect(m.match({ a: { "b.c": "Forbidden" } })).toBe(true);
    expect(m.match({ "a.b.c": ["x", "forbidden"] })).toBe(true);
    expect(m.match([{ a: [{ b: [{ c: "forbidden" }] }] }])).toBe(true);
    expect(m.match({ a: { b: { c: "forbidden-" } }, "a.b": null })).toBe(false);
    expect(m.match({ a: { b: null }, "a.b": { c: "forbidden" } })).toBe(true);
    expect(m.match({ a: { b: { c: { d: "forbidden" } } } })).toBe(false);
    const proto = compileMatcher(ruleOf(match(field("__proto__.x"), literalPattern("1"), true)));
    expect(proto.match(JSON.parse('{"__proto__":{"x":"1"}}'))).toBe(true);
    expect(proto.match({ x: "1" })).toBe(false);
    const ctor = compileMatcher(ruleOf(match(field("constructor.name"), literalPattern("Object"), true)));
    expect(ctor.match({})).toBe(false); // inherited, not a field of the event
    expect(ctor.match({ constructor: { name: "Object" } })).toBe(true);
  });

  it("a long path (more than 8 segments) still resolves, through the general resolver", () => {
    const p = "a.b.c.d.e.f.g.h.i.j";
    const m = compileMatcher(ruleOf(match(field(p), literalPattern("v"), false)));
    const nested = p.split(".").reduceRight<unknown>((inner, key) => ({ [key]: inner }), "V");
    expect(m.match(nested)).toBe(true);
    expect(m.match({ "a.b.c.d.e": { f: { "g.h.i.j": "v" } } })).toBe(true);
    expect(m.match({ a: {} })).toBe(false);
  });
});

describe("case folding facts the ASCII literal tests rely on", () => {
  const nonAscii = function* () {
    for (let c = 0x80; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCodePoint(c);
  };
  it("only U+017F and U+212A fold onto ASCII under RegExp iu", () => {
    const ascii = /^[\x00-\x7f]$/iu;
    expect([...nonAscii()].filter((ch) => ascii.test(ch))).toEqual(["\u017f", "\u212a"]);
  });
  it("only U+0130 and U+212A lowercase to text containing ASCII", () => {
    expect([...nonAscii()].filter((ch) => /[\x00-\x7f]/.test(ch.toLowerCase()))).toEqual(["\u0130", "\u212a"]);
  });
  it("rcFoldEquals agrees with RegExp iu for every ASCII literal character and every character folding onto ASCII", () => {
    const chars = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)), "\u017f", "\u212a", "\u0130", "\u0131", "\u00e9"];
    for (let x = 0; x < 128; x++) {
      const lit = String.fromCharCode(x);
      const re = new RegExp(`^${rcEscapeRegex(lit)}$`, "iu");
      for (const ch of chars) expect(rcFoldEquals(ch, lit.toLowerCase()), `${JSON.stringify(ch)} vs ${JSON.stringify(lit)}`).toBe(re.test(ch));
    }
  });
  it("the long s and the Kelvin sign match ASCII literals like the RegExp does", () => {
    const m = compileMatcher(ruleOf(match(field("v"), literalPattern("ask"), false)));
    expect(m.match({ v: "a\u017fk" })).toBe(true);
    expect(m.match({ v: "as\u212a" })).toBe(true);
    expect(m.match({ v: "\u0130sk" })).toBe(false);
    const list = compileMatcher(ruleOf(or([match(field("v"), literalPattern("sk"), false), match(field("v"), literalPattern("x"), false)])));
    expect(list.match({ v: "\u017f\u212a" })).toBe(true);
    expect(list.match({ v: "\u017fx" })).toBe(false);
  });
});

describe("rule text in generated property chains stays data", () => {
  const hostile = ['"', "'", "\\", "`${x}`", "\u2028", "\u2029", "</script>", "__proto__", "constructor", "*/", "\n", "\u0000", "\ud800"];
  it("hostile path segments compile, type-check, and find their nested and dotted values", () => {
    const rules = hostile.map((seg, k) =>
      ruleOf(match(field(`${seg}.${hostile[(k + 1) % hostile.length]}`), literalPattern(seg), false), [], {
        meta: { id: `r${k}`, title: `rule ${k}`, tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} },
      }),
    );
    for (const [k, rule] of rules.entries()) {
      const [a, b] = [hostile[k]!, hostile[(k + 1) % hostile.length]!];
      const m = compileMatcher(rule);
      expect(m.match(JSON.parse(JSON.stringify({ [a]: { [b]: a } }))), `segments ${JSON.stringify([a, b])}`).toBe(true);
      expect(m.match(JSON.parse(JSON.stringify({ [`${a}.${b}`]: a })))).toBe(true);
      expect(m.match(JSON.parse(JSON.stringify({ [a]: { [b]: `${a}x` } })))).toBe(false);
    }
    const code = generateMatcherModule(rules, { language: "ts" });
    expect(/[\u2028\u2029\u0000]/.test(code)).toBe(false);
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
    const host = ts.createCompilerHost(options);
    const original = host.getSourceFile;
    host.getSourceFile = (name, lang) => (name === "gen.ts" ? ts.createSourceFile(name, code, lang) : original.call(host, name, lang));
    const errors = ts.getPreEmitDiagnostics(ts.createProgram(["gen.ts"], options, host)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
  });
});
