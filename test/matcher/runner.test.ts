import { describe, expect, it } from "vitest";
import { and, exists, field, match } from "../../src/ast/builders.js";
import { parseLogSourceOption, planRun, ruleAppliesTo, runMatchers, linesOfText, type RunResult } from "../../src/run/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { ruleOf } from "./helpers.js";

async function collect(it: AsyncIterable<RunResult>): Promise<RunResult[]> {
  const out: RunResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe("runner", () => {
  const filterRule = ruleOf(match(field("verb"), "create", false), [], {
    meta: { id: "f1", title: "Creates", tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} },
    logsource: { product: "kubernetes", service: "audit" },
  });
  const statsRule = ruleOf(exists(field("verb")), [
    { kind: "Stats", command: "stats", by: [field("verb")], aggregations: [{ fn: "count", as: "count" }] },
  ], { meta: { id: "s1", title: "Verbs", tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} } });

  it("reports selected lines, pipeline rows, and skips bad lines with a diagnostic", async () => {
    const text = ['{"verb":"create"}', "", "not json", "[1]", '{"verb":"get"}', '{"verb":"CREATE"}\r'].join("\n");
    const plan = planRun([filterRule, statsRule]);
    expect(plan.unrouted).toBe(true);
    const ds: Diagnostic[] = [];
    const out = await collect(runMatchers(plan.matchers, linesOfText(text), { file: "x.jsonl", onDiagnostic: (d) => ds.push(d) }));
    expect(out).toEqual([
      { rule: "f1", title: "Creates", line: 1 },
      { rule: "f1", title: "Creates", line: 6 },
      { rule: "s1", title: "Verbs", row: { verb: "CREATE", count: 1 } },
      { rule: "s1", title: "Verbs", row: { verb: "create", count: 1 } },
      { rule: "s1", title: "Verbs", row: { verb: "get", count: 1 } },
    ]);
    expect(ds.map((d) => [d.code, d.line])).toEqual([["run/invalid-event", 3], ["run/invalid-event", 4]]);
  });

  it("--matches stops every rule after its filter", async () => {
    const plan = planRun([statsRule]);
    const out = await collect(runMatchers(plan.matchers, linesOfText('{"verb":"a"}\n{"x":1}\n{"verb":"b"}'), { matchesOnly: true }));
    expect(out).toEqual([{ rule: "s1", title: "Verbs", line: 1 }, { rule: "s1", title: "Verbs", line: 3 }]);
  });

  it("a state limit stops the rule with run/state-limit; others go on", async () => {
    const plan = planRun([statsRule, filterRule], { stateLimit: 2 });
    const ds: Diagnostic[] = [];
    const out = await collect(runMatchers(plan.matchers, linesOfText('{"verb":"create"}\n{"verb":"create"}\n{"verb":"create"}'), { onDiagnostic: (d) => ds.push(d) }));
    expect(ds.map((d) => d.code)).toEqual(["run/state-limit"]);
    expect(out.filter((r) => r.rule === "f1")).toHaveLength(3);
    expect(out.filter((r) => r.rule === "s1")).toHaveLength(0);
  });

  it("routes rules by log source", () => {
    const ls = parseLogSourceOption("product=kubernetes,service=audit");
    expect(ruleAppliesTo(filterRule, ls)).toBe(true);
    expect(ruleAppliesTo(filterRule, { product: "windows" })).toBe(false);
    expect(ruleAppliesTo(filterRule, { source: "kubernetes" })).toBe(true);
    const splunk = ruleOf(and([]), [], { logsource: { splunk: { source: ["kubernetes"] } } });
    expect(ruleAppliesTo(splunk, { source: "Kubernetes" })).toBe(true);
    expect(ruleAppliesTo(splunk, { source: "WinEventLog" })).toBe(false);
    expect(ruleAppliesTo(splunk, { product: "kubernetes" })).toBe(true);
    // A known Splunk log source stands for a Sigma one, both ways.
    expect(ruleAppliesTo(splunk, { product: "windows" })).toBe(false);
    const kube = ruleOf(and([]), [], { logsource: { splunk: { macros: ["kube_audit"], source: ["kubernetes"] } } });
    expect(ruleAppliesTo(kube, { product: "kubernetes", service: "audit" })).toBe(true);
    expect(ruleAppliesTo(kube, { product: "aws" })).toBe(false);
    expect(ruleAppliesTo(filterRule, { source: "kubernetes" })).toBe(true);
    expect(ruleAppliesTo(ruleOf(and([]), [], { logsource: { product: "windows" } }), { source: "kubernetes" })).toBe(false);
    expect(() => parseLogSourceOption("color=blue")).toThrow(/--logsource/);
    const plan = planRun([filterRule, splunk], { logsource: { product: "windows", source: "WinEventLog" } });
    expect(plan.skipped).toHaveLength(2);
    expect(planRun([filterRule, splunk], { logsource: { source: "kubernetes" } }).skipped).toHaveLength(0);
    expect(plan.matchers).toHaveLength(0);
  });
});
