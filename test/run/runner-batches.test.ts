import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { linesOfText, planRun, runMatcherBatches, runMatchers, type RunResult } from "../../src/run/index.js";
import { PROJECT_ROOT } from "../elastic/sigmahq-corpus.js";

describe("runner result batches", () => {
  it("yield what runMatchers yields, in order, each batch from a bounded run of lines", async () => {
    const loaded = await loadRules(join(PROJECT_ROOT, "rules"));
    const text = readFileSync(join(PROJECT_ROOT, "test/fixtures/k8s-audit/falco-trace-files.jsonl"), "utf8").repeat(12);
    const plan = planRun(loaded.rules);
    for (const matchesOnly of [true, false]) {
      const one: RunResult[] = [];
      for await (const r of runMatchers(plan.matchers, linesOfText(text), { matchesOnly })) one.push(r);
      const batches: RunResult[][] = [];
      for await (const b of runMatcherBatches(plan.matchers, linesOfText(text), { matchesOnly })) batches.push(b);
      expect(batches.flat()).toEqual(one);
      expect(one.length).toBeGreaterThan(10);
      expect(batches.length).toBeGreaterThan(1);
      for (const b of batches) {
        expect(b.length).toBeGreaterThan(0);
        const lines = b.flatMap((r) => ("line" in r ? [r.line] : []));
        if (lines.length > 0) expect(Math.max(...lines) - Math.min(...lines)).toBeLessThan(256);
      }
    }
  });
});
