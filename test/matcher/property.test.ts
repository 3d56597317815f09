/**
 * compileMatcher against a small, obviously-correct reference evaluator written here,
 * independently of the matcher runtime, on generated rules and events.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { and, compare, exists, field, keyword, match, not, or } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { ANY, ONE, pattern, type Pattern } from "../../src/ast/pattern.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { ruleOf } from "./helpers.js";

// ---- reference evaluator --------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every scalar reached by every way of splitting the path into keys. */
function refValues(node: Json, segs: string[]): (string | number | boolean)[] {
  if (node === null) return [];
  if (Array.isArray(node)) return node.flatMap((el) => refValues(el, segs));
  if (segs.length === 0) return typeof node === "object" ? [] : [node];
  if (typeof node !== "object") return [];
  const out: (string | number | boolean)[] = [];
  for (let take = 1; take <= segs.length; take++) {
    const key = segs.slice(0, take).join(".");
    if (Object.prototype.hasOwnProperty.call(node, key)) out.push(...refValues(node[key]!, segs.slice(take)));
  }
  return out;
}

function refAllScalars(node: Json): (string | number | boolean)[] {
  if (node === null) return [];
  if (Array.isArray(node)) return node.flatMap(refAllScalars);
  if (typeof node === "object") return Object.values(node).flatMap(refAllScalars);
  return [node];
}

function refExists(node: Json, segs: string[]): boolean {
  if (node === null) return false;
  if (Array.isArray(node)) return node.some((el) => refExists(el, segs));
  if (segs.length === 0) return refAllScalars(node).length > 0;
  if (typeof node !== "object") return false;
  for (let take = 1; take <= segs.length; take++) {
    const key = segs.slice(0, take).join(".");
    if (Object.prototype.hasOwnProperty.call(node, key) && refExists(node[key]!, segs.slice(take))) return true;
  }
  return false;
}

const text = (v: string | number | boolean) => (typeof v === "string" ? v : JSON.stringify(v));

/** Wildcard match by plain recursion over code points (no RegExp). */
function refWildcard(p: Pattern, s: string, cs: boolean): boolean {
  const fold = (x: string) => (cs ? x : x.toLowerCase()); // the generated alphabet is ASCII
  const tokens: (string | "*" | "?")[] = [];
  for (const part of p.parts) {
    if (typeof part === "string") for (const ch of fold(part)) tokens.push(ch);
    else tokens.push(part.wildcard);
  }
  const chars = [...fold(s)];
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (memo.has(key)) return memo.get(key)!;
    let r: boolean;
    if (i === tokens.length) r = j === chars.length;
    else if (tokens[i] === "*") r = go(i + 1, j) || (j < chars.length && go(i, j + 1));
    else if (tokens[i] === "?") r = j < chars.length && go(i + 1, j + 1);
    else r = j < chars.length && chars[j] === tokens[i] && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

function refNumber(v: string | number | boolean): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v !== "string" || v === "" || !/^[-+]?[0-9.]+$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isNaN(n) ? undefined : n;
}

function refEval(e: Expr, ev: Json): boolean {
  switch (e.kind) {
    case "And": return e.children.every((c) => refEval(c, ev));
    case "Or": return e.children.some((c) => refEval(c, ev));
    case "Not": return !refEval(e.child, ev);
    case "Const": return e.value;
    case "Match": return refValues(ev, e.field.path.split(".")).some((v) => refWildcard(e.pattern, text(v), e.caseSensitive));
    case "Exists": return refExists(ev, e.field.path.split("."));
    case "Keyword": return refAllScalars(ev).some((v) => refWildcard(e.pattern, text(v), e.caseSensitive));
    case "Compare": {
      return refValues(ev, e.field.path.split(".")).some((v) => {
        const a = e.numeric ? refNumber(v) : text(v);
        const b = e.numeric ? refNumber(e.value) : text(e.value);
        if (a === undefined || b === undefined) return false;
        switch (e.op) {
          case "eq": return a === b;
          case "lt": return a < b;
          case "lte": return a <= b;
          case "gt": return a > b;
          case "gte": return a >= b;
        }
      });
    }
    default: throw new Error(`reference does not cover ${e.kind}`);
  }
}

// ---- generators ----------------------------------------------------------------

const KEYS = ["a", "b", "c", "a.b", "b.c"];
const PATHS = ["a", "b", "c", "a.b", "b.c", "a.b.c", "c.a"];
const str = fc.string({ unit: fc.constantFrom("a", "b", "A", "B", "1", "2", ".", "-"), maxLength: 4 });
const scalar: fc.Arbitrary<Json> = fc.oneof(str, fc.integer({ min: -3, max: 12 }), fc.constantFrom(1.5, -0.5, true, false, null));
const json: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 3 }),
  ),
})).node;
const event = fc.dictionary(fc.constantFrom(...KEYS), json, { maxKeys: 4 });
const pat = fc.array(fc.oneof(str, fc.constant(ANY), fc.constant(ONE)), { maxLength: 4 }).map((parts) => pattern(parts));
const fieldRef = fc.constantFrom(...PATHS).map((p) => field(p));
const predicate: fc.Arbitrary<Expr> = fc.oneof(
  fc.tuple(fieldRef, pat, fc.boolean()).map(([f, p, cs]) => match(f, p, cs)),
  fieldRef.map((f) => exists(f)),
  fc.tuple(pat, fc.boolean()).map(([p, cs]) => keyword(p, { caseSensitive: cs, scope: "values" })),
  fc.tuple(fieldRef, fc.constantFrom("eq", "lt", "lte", "gt", "gte" as const), fc.oneof(fc.integer({ min: -2, max: 10 }), str), fc.boolean())
    .map(([f, op, v, numeric]) => compare(f, op, v, { numeric: numeric && typeof v === "number" })),
);
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small" },
    predicate,
    fc.array(tie("e"), { minLength: 1, maxLength: 3 }).map((c) => and(c)),
    fc.array(tie("e"), { minLength: 1, maxLength: 3 }).map((c) => or(c)),
    tie("e").map((c) => not(c)),
  ),
})).e;

describe("compileMatcher agrees with the reference evaluator", () => {
  it("on generated rules and events", () => {
    fc.assert(
      fc.property(expr, fc.array(event, { minLength: 1, maxLength: 8 }), (e, events) => {
        const m = compileMatcher(ruleOf(e));
        for (const ev of events) expect(m.match(ev)).toBe(refEval(e, ev));
      }),
      { numRuns: 1000 },
    );
  });

  it("reference sanity: dotted keys, arrays, case folding", () => {
    const ev: Json = { "a.b": [{ c: "X" }], a: { b: { c: 2 } } };
    expect(refValues(ev, ["a", "b", "c"]).sort()).toEqual([2, "X"]);
    expect(refWildcard(pattern(["x"]), "X", false)).toBe(true);
    expect(refWildcard(pattern([ANY, "b"]), "aab", true)).toBe(true);
  });
});
