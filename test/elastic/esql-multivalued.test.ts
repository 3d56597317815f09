import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { join } from "node:path";
import { and, cidr, compare, exists, existsAndNot, field, fieldEquals, match, not, or } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { parseSigmaWildcards } from "../../src/ast/pattern.js";
import type { Rule } from "../../src/ast/rule.js";
import { loadRules } from "../../src/api/load-files.js";
import { parseRuleText } from "../../src/api/load.js";
import { toEsql } from "../../src/backends/esql/index.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { docOf, runEsql } from "./esql-mini.js";
import { k8sEvents, PROJECT_ROOT } from "./helpers.js";

/*
 * ES|QL and multivalued fields. A comparison, LIKE/RLIKE or function on a multivalued value is
 * null in ES|QL (https://www.elastic.co/docs/reference/query-languages/esql/esql-multivalued-fields),
 * while the AST says a predicate holds when ANY value does. toEsql evaluates such predicates on
 * MV_EXPANDed copies and folds back per document. These tests run the emitted text on
 * `esql-mini.ts` (ES|QL's documented multivalue semantics) and compare with the matcher.
 */

const BASE = parseRuleText("title: t\nlogsource: { product: p }\ndetection: { sel: { x: 1 }, condition: sel }\n", { format: "sigma" }).rules[0]!;
const ruleWith = (filter: Expr): Rule => ({ ...BASE, filter, pipeline: [] });

function matcherIds(rule: Rule, events: readonly Record<string, unknown>[]): number[] {
  const m = compileMatcher(rule);
  return events.flatMap((e, i) => (m.match(e) ? [i] : []));
}

/** ES|QL ids without METADATA: tag each event with its ordinal in a plain field. */
function withOrd(events: readonly Record<string, unknown>[]) {
  return events.map((e, i) => ({ ...e, _ord: String(i) }));
}

function esqlHits(query: string, events: readonly Record<string, unknown>[]): number[] {
  const rows = runEsql(query, withOrd(events).map(docOf));
  // With METADATA the fold gives `_id`; without it rows are the documents themselves.
  return [...new Set(rows.map((r) => Number(r._id ?? r._ord)))].sort((a, b) => a - b);
}

const A = field("a{}"); // SPL's array marker: multivalued
const B = field("b");
const N = field("n"); // declared multivalued through the option
const VALUES = ["x", "y", "xy", "Xy", "10", "9", "10.1.2.3", "192.168.0.1"];

const value = fc.constantFrom(...VALUES);
const events = fc.array(
  fc.record({ a: fc.array(value, { maxLength: 3 }), b: fc.option(value, { nil: undefined }), n: fc.option(fc.array(fc.constantFrom("1", "5", "12", "x"), { maxLength: 3 }), { nil: undefined }) }, { requiredKeys: [] }),
  { minLength: 1, maxLength: 8 },
);

const predicate: fc.Arbitrary<Expr> = fc.oneof(
  fc.tuple(fc.constantFrom(A, B), value, fc.boolean()).map(([f, v, cs]) => match(f, v, cs)),
  fc.tuple(fc.constantFrom(A, B), fc.constantFrom("x*", "*y", "*1*", "?")).map(([f, p]) => match(f, parseSigmaWildcards(p), true)),
  fc.constantFrom(A, B, N).map((f) => exists(f)),
  fc.tuple(fc.constantFrom(N, A), fc.constantFrom("gt", "lte", "eq") as fc.Arbitrary<"gt" | "lte" | "eq">, fc.constantFrom(5, 10)).map(([f, op, v]) => compare(f, op, v)),
  fc.constantFrom(A, B).map((f) => cidr(f, "10.0.0.0/8")),
  fc.constant(fieldEquals(A, B, true)),
  fc.tuple(fc.constantFrom(A, B), value).map(([f, v]) => existsAndNot(f, match(f, v, true))), // SPL f!=v
);

const filter: fc.Arbitrary<Expr> = fc.letrec((tie) => ({
  e: fc.oneof({ depthSize: "small", withCrossShrink: true }, predicate, tie("not"), tie("and"), tie("or")),
  not: tie("e").map((c) => not(c as Expr)),
  and: fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((cs) => and(cs as Expr[])),
  or: fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((cs) => or(cs as Expr[])),
})).e as fc.Arbitrary<Expr>;

describe("ES|QL multivalued fields: per-value evaluation", () => {
  it("gives the matcher's hits for random filters over array fields (MV_EXPAND + fold per document)", () => {
    fc.assert(
      fc.property(filter, events, (f, evs) => {
        const rule = ruleWith(f);
        const q = toEsql(rule, { multivaluedFields: ["n"] });
        expect(esqlHits(q, evs)).toEqual(matcherIds(rule, evs));
      }),
      { numRuns: 300, seed: 20261123 },
    );
  });

  it("negative control: without the per-value form (fields taken as single-valued) ES|QL misses hits", () => {
    // `a` written without `{}` and not declared: the plain WHERE is null on multivalued rows.
    const plain = ruleWith(match(field("a"), "x", true));
    const evs = [{ a: ["x", "y"] }, { a: "x" }];
    expect(esqlHits(toEsql(plain), evs)).toEqual([1]);
    expect(matcherIds(plain, evs)).toEqual([0, 1]);
    expect(esqlHits(toEsql(plain, { multivaluedFields: ["a"] }), evs)).toEqual([0, 1]);
  });

  it("writes the documented per-value form (exact text)", () => {
    // AST: Not(Match) holds when NO value matches; SPL `a{}!=x` needs a value and none equal to x.
    const q = toEsql(ruleWith(and([existsAndNot(A, match(A, "x", true)), match(B, "y", true)])));
    expect(q).toBe([
      "FROM logs-* METADATA _index, _id",
      "EVAL _mv0 = a", // a copy, so the document keeps all of `a`'s values
      "MV_EXPAND _mv0", // one row per value; a missing `a` stays one row with a null copy
      "EVAL _mvhit0 = CASE(_mv0 == \"x\", 1)", // 1 on rows where this value satisfies the predicate
      "STATS _mvhit0 = MAX(_mvhit0), a = VALUES(a), b = VALUES(b) BY _index, _id", // back to one row per document
      "WHERE (a IS NOT NULL AND NOT COALESCE(_mvhit0 IS NOT NULL, FALSE) AND b == \"y\")",
      "DROP _mvhit0",
    ].join("\n| "));
  });

  it("leaves filters on single-valued fields as one WHERE (no METADATA, no expansion)", () => {
    expect(toEsql(ruleWith(match(B, "y", true)))).toBe('FROM logs-*\n| WHERE b == "y"');
    // IS NOT NULL sees a multivalued column as non-null: no expansion needed.
    expect(toEsql(ruleWith(exists(A)))).toBe("FROM logs-*\n| WHERE a IS NOT NULL");
  });

  it("refuses per-value predicates where rows are no longer documents, and in eval conditions", () => {
    const after = parseRuleText("verb=create | stats values(user.groups{}) as g by user.username | search g=admin*", { format: "spl" }).rules[0]!;
    expect(() => toEsql(after)).toThrow(RuleError);
    try {
      toEsql(after);
    } catch (e) {
      expect((e as RuleError).diagnostics.map((d) => d.code)).toEqual(["backend/multivalued-field"]);
    }
    const evalCond = parseRuleText('verb=create | where len(sourceIPs{}) > 3', { format: "spl" }).rules[0]!;
    const codes = (() => {
      try {
        toEsql(evalCond);
        return [];
      } catch (e) {
        return (e as RuleError).diagnostics.map((d) => d.code);
      }
    })();
    expect(codes).toContain("backend/multivalued-field");
  });
});

describe("ES|QL multivalued fields: STATS BY", () => {
  it("the seed detections keep one WHERE: their filters read only single-valued fields", async () => {
    const loaded = await loadRules([join(PROJECT_ROOT, "rules/splunk")], { macros: join(PROJECT_ROOT, "rules/splunk/macros") });
    expect(loaded.rules).toHaveLength(4);
    for (const rule of loaded.rules) {
      const q = toEsql(rule);
      expect(q).toMatch(/^FROM logs-\*\n\| WHERE /);
      expect(q).not.toMatch(/METADATA|MV_EXPAND/);
      // ...and group by sourceIPs{} natively: a row with several values is in each value's group.
      expect(q).toMatch(/\| STATS count = COUNT\(\*\)(, user_groups = VALUES\(user\.groups\))? BY .*sourceIPs/);
    }
  });

  it("groups a multivalued by-field one group per value, like the reference executor (k8s events + multi-IP events)", () => {
    const evs: Record<string, unknown>[] = [
      ...k8sEvents().map((e) => e.event as Record<string, unknown>),
      { verb: "create", sourceIPs: ["10.0.0.1", "10.0.0.2"], user: { groups: ["a", "b"], username: "u1" } },
      { verb: "create", sourceIPs: ["10.0.0.2"], user: { groups: ["b"], username: "u2" } },
      { verb: "create", user: { groups: ["c"], username: "u3" } }, // no sourceIPs: dropped by stats
    ];
    const searches = [
      "verb=create | stats count by sourceIPs{} | rename sourceIPs{} as ip",
      "verb=create | stats count values(user.groups{}) as g by sourceIPs{} user.groups{} | rename sourceIPs{} as ip, user.groups{} as grp",
      "verb=create sourceIPs{}=10.* | stats count by user.username | rename user.username as who",
    ];
    for (const text of searches) {
      const rule = parseRuleText(text, { format: "spl" }).rules[0]!;
      const rows = runEsql(toEsql(rule), evs.map(docOf)).map(normalizeRow);
      const ref = ([...compileMatcher(rule).run(evs)] as Record<string, unknown>[]).map(normalizeRow);
      expect(rows.sort(), text).toEqual(ref.sort());
      expect(rows.length, text).toBeGreaterThan(1);
    }
  });
});

/** A result row as sorted `name=value` text (values of multivalued cells sorted), for comparison. */
function normalizeRow(r: Record<string, unknown>): string {
  return Object.keys(r).filter((k) => !k.startsWith("_")).sort().map((k) => {
    const v = r[k];
    return `${k}=${Array.isArray(v) ? JSON.stringify([...v].map(String).sort()) : String(v)}`;
  }).join(" ");
}
