/**
 * Exactness of rule dispatch on real rules and events: the runner with dispatch reports
 * exactly what testing every rule on every event reports, for
 * - the project's rules (Sigma and Splunk, with pipelines) over the Kubernetes audit fixtures (always);
 * - every SigmaHQ rule (with the `sigmahq-regression` pipeline) over every SigmaHQ regression
 *   event (skipped without the shared corpus at ../shared).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import type { Rule } from "../../src/ast/rule.js";
import { linesOfText, planRun, runMatchers, type RunResult } from "../../src/run/index.js";
import { RuleDispatch } from "../../src/run/dispatch.js";
import { PROJECT_ROOT, regressionCases, sigmahqAvailable, sigmahqRuleFiles, withRegressionPipeline } from "../elastic/sigmahq-corpus.js";

async function run(rules: readonly Rule[], text: string, route: boolean | "selective" | "few-fields", matchesOnly = false): Promise<RunResult[]> {
  const plan = planRun(rules);
  const out: RunResult[] = [];
  for await (const r of runMatchers(plan.matchers, linesOfText(text), { route, matchesOnly })) out.push(r);
  return out;
}

describe("rule dispatch on the project's rules and the Kubernetes audit fixtures", () => {
  it("reports what testing every rule on every event reports (filters and pipelines)", async () => {
    const loaded = await loadRules(join(PROJECT_ROOT, "rules"));
    expect(loaded.rules.length).toBeGreaterThan(20);
    const dir = join(PROJECT_ROOT, "test/fixtures/k8s-audit");
    const text = readdirSync(dir).filter((f) => f.endsWith(".jsonl") && !f.includes(".labels") && !f.includes(".meta")).sort()
      .map((f) => readFileSync(join(dir, f), "utf8")).join("");
    for (const matchesOnly of [true, false]) {
      const routed = await run(loaded.rules, text, true, matchesOnly);
      expect(routed.length).toBeGreaterThan(10);
      expect(routed).toEqual(await run(loaded.rules, text, false, matchesOnly));
      expect(await run(loaded.rules, text, "selective", matchesOnly)).toEqual(routed);
    }
  });
});

describe.skipIf(!sigmahqAvailable)(`rule dispatch on the SigmaHQ corpus${sigmahqAvailable ? "" : " (skipped: ../shared/corpus/sigmahq is absent)"}`, () => {
  it("every rule over every regression event: the same hits, with a small fraction of rules tested", async () => {
    const loaded = await loadRules(sigmahqRuleFiles());
    const rules = withRegressionPipeline(loaded.rules);
    expect(rules.length).toBeGreaterThan(3500);
    const events = regressionCases().flatMap((c) => c.events);
    const text = events.map((e) => JSON.stringify(e)).join("\n");
    const routed = await run(rules, text, true, true);
    expect(routed.length).toBeGreaterThan(500);
    expect(routed).toEqual(await run(rules, text, false, true));
    // And the dispatch really routes: well under a tenth of the rules are tested per event.
    const plan = planRun(rules);
    const d = new RuleDispatch(plan.matchers.map((m) => m.rule), plan.matchers.map(() => true));
    const tested = events.reduce<number>((n, e) => n + d.route(e), 0);
    expect(tested / events.length).toBeLessThan(plan.matchers.length / 10);
  }, 300_000);
});
