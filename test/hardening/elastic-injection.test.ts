import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { field, match } from "../../src/ast/builders.js";
import { ANY, literalPattern, pattern } from "../../src/ast/pattern.js";
import type { Expr } from "../../src/ast/expr.js";
import { dslOfExpr } from "../../src/backends/dsl/index.js";
import { luceneOfExpr } from "../../src/backends/lucene/index.js";
import { flattenEvent, harnessUnavailable, runHarness, type HarnessQuery, type HarnessResult } from "../elastic/lucene-harness.js";

/**
 * Hostile values must stay one term in Lucene query strings and Query DSL: run against real
 * Lucene (the Elastic engineer's harness), an exact match on a value full of query syntax,
 * line terminators and control characters selects exactly the document holding that value,
 * never a near-miss and never everything (a broken-out query would).
 */
const PIECES = ["\"", "\\", "*", "?", ":", "(", ")", "[", "]", "{", "}", "^", "~", "!", "&&", "||", "+", "-", "/", " OR ", " AND ", " NOT ", "=", "<", ">", "\n", "\r", "\t", "\u2028", "\u2029", "\u0001", "a", "Z", "é", " ", "*:*", "_exists_:"];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(""));

describe.skipIf(harnessUnavailable !== undefined)(`Lucene and DSL keep hostile values as data${harnessUnavailable ? ` (skipped: ${harnessUnavailable})` : ""}`, () => {
  const values = [...new Set(fc.sample(hostile, { numRuns: 150, seed: 20261123 }))];
  const docs = values.flatMap((v) => [{ f: v }, { f: v + "x" }, { f: "x" + v }]);
  let results: Map<string, HarnessResult>;
  const exprs: { id: string; expr: Expr; expected: number[] }[] = [];

  beforeAll(() => {
    values.forEach((v, i) => {
      exprs.push({ id: `exact-${i}`, expr: match(field("f"), literalPattern(v), true), expected: [3 * i] });
      // `*value*` selects the value and both near-misses that contain it, nothing else that lacks it.
      const contains = docs.flatMap((d, k) => (d.f.includes(v) ? [k] : []));
      exprs.push({ id: `contains-${i}`, expr: match(field("f"), pattern([ANY, v, ANY]), true), expected: contains });
    });
    const queries: HarnessQuery[] = exprs.flatMap((e) => [
      { id: `${e.id}-lucene`, lucene: luceneOfExpr(e.expr) },
      { id: `${e.id}-dsl`, dsl: dslOfExpr(e.expr) },
    ]);
    results = runHarness(docs.map((d) => flattenEvent(d)), queries);
  });

  it("each exact or contains query selects exactly the documents holding the value", () => {
    const wrong: string[] = [];
    for (const e of exprs) {
      for (const kind of ["lucene", "dsl"]) {
        const r = results.get(`${e.id}-${kind}`);
        if (!r || "error" in r) wrong.push(`${e.id}-${kind}: ${r ? r.error : "no result"}`);
        else if (JSON.stringify([...r.hits].sort((a, b) => a - b)) !== JSON.stringify(e.expected)) {
          wrong.push(`${e.id}-${kind} ${JSON.stringify((e.expr as { pattern: unknown }).pattern)}: hits ${JSON.stringify(r.hits)} expected ${JSON.stringify(e.expected)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
