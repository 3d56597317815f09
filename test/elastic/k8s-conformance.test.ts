import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Expr } from "../../src/ast/expr.js";
import type { Rule } from "../../src/ast/rule.js";
import { loadRules } from "../../src/api/load-files.js";
import { filterOnlyExpr, luceneOfExpr } from "../../src/backends/lucene/index.js";
import { dslOfExpr } from "../../src/backends/dsl/index.js";
import { flatDocs, k8sEvents, labels, matcherHits, PROJECT_ROOT, type IndexedEvent } from "./helpers.js";
import { harnessUnavailable, runHarness, type HarnessQuery, type HarnessResult } from "./lucene-harness.js";

/*
 * The property rulecast exists for: the same rule selects the same events on every backend.
 * Each seed detection (Splunk base search and the Sigma rule) and every SigmaHQ Kubernetes
 * audit rule is converted to Lucene and Query DSL (each case strategy that needs no extra
 * mapping), run on real Lucene over every k8s-audit fixture event, and compared with the matcher.
 */
describe.skipIf(harnessUnavailable !== undefined)(`k8s-audit: Lucene and Query DSL hits equal the matcher's${harnessUnavailable ? ` (skipped: ${harnessUnavailable})` : ""}`, () => {
  let events: IndexedEvent[];
  let rules: { rule: Rule; filter: Expr }[];
  let results: Map<string, HarnessResult>;
  const variants = {
    "lucene/char-classes": (e: Expr) => ({ lucene: luceneOfExpr(e) }),
    "lucene/lowercase-field": (e: Expr) => ({ lucene: luceneOfExpr(e, { caseInsensitive: "lowercase-field" }) }),
    "dsl/lowercase-field": (e: Expr) => ({ dsl: dslOfExpr(e, { caseInsensitive: "lowercase-field" }) }),
    "dsl/flag": (e: Expr) => ({ dsl: dslOfExpr(e) }),
    "dsl/char-classes": (e: Expr) => ({ dsl: dslOfExpr(e, { caseInsensitive: "char-classes" }) }),
  } as const;

  beforeAll(async () => {
    events = k8sEvents();
    const loaded = await loadRules([join(PROJECT_ROOT, "rules/splunk"), join(PROJECT_ROOT, "rules/sigma")], { macros: join(PROJECT_ROOT, "rules/splunk/macros") });
    // Every filter rule of rules/ (correlations have no single-event filter).
    rules = loaded.rules.filter((r) => !r.correlation).map((rule) => ({ rule, filter: filterOnlyExpr(rule, "test", { stages: "filter-only" }) }));
    const queries: HarnessQuery[] = [];
    for (const { rule, filter } of rules) {
      for (const [name, make] of Object.entries(variants)) queries.push({ id: `${rule.meta.id}|${name}`, ...make(filter) } as HarnessQuery);
    }
    // Negative control: case-sensitive Lucene must be caught differing (edge-cases has upper-case values).
    for (const { rule, filter } of rules) queries.push({ id: `${rule.meta.id}|control`, lucene: luceneOfExpr(filter, { caseInsensitive: "exact" }) });
    results = runHarness(flatDocs(events), queries);
  });

  it("loads the 4 seed Splunk detections and the 16 SigmaHQ Kubernetes rules", () => {
    expect(rules.filter((r) => r.rule.format === "splunk")).toHaveLength(4);
    expect(rules.filter((r) => r.rule.format === "sigma" && /kubernetes_audit_[^/]*\.yml$/.test(r.rule.file ?? ""))).toHaveLength(16);
    expect(events.length).toBeGreaterThan(1000);
  });

  it("every rule selects exactly the matcher's events on every variant", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { rule, filter } of rules) {
      const expected = matcherHits(rule, filter, events);
      for (const name of Object.keys(variants)) {
        const r = results.get(`${rule.meta.id}|${name}`)!;
        if ("error" in r) {
          mismatches.push(`${rule.meta.title} [${name}]: ${r.error}`);
          continue;
        }
        compared++;
        const extra = r.hits.filter((h) => !expected.includes(h));
        const missing = expected.filter((h) => !r.hits.includes(h));
        if (extra.length || missing.length) mismatches.push(`${rule.meta.title} [${name}]: extra ${labels(events, extra)} missing ${labels(events, missing)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(rules.length * Object.keys(variants).length);
  });

  it("the comparison catches a wrong backend (case-sensitive Lucene differs on some rule)", () => {
    const differing = rules.filter(({ rule, filter }) => {
      const r = results.get(`${rule.meta.id}|control`)!;
      return "hits" in r && r.hits.join() !== matcherHits(rule, filter, events).join();
    });
    expect(differing.length).toBeGreaterThan(0);
  });

  it("the seed Sigma rule selects the README's lines (falco 32; panther 60, 66, ...)", () => {
    const seed = rules.find((r) => r.rule.meta.id === "a80d927d-ac6e-443f-a867-e8d6e3897318")!;
    const hits = (results.get(`${seed.rule.meta.id}|lucene/char-classes`) as { hits: number[] }).hits;
    const got = labels(events, hits);
    expect(got.filter((l) => l.startsWith("falco-trace-files"))).toEqual(["falco-trace-files.jsonl:32"]);
    expect(got.filter((l) => l.startsWith("panther-analysis-tests"))).toHaveLength(10);
  });
});
