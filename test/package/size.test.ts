import { describe, expect, it } from "vitest";
import { CORE_BUDGET_GZIP, measureAll, updateBenchmarksDoc } from "../../bench/size.js";

describe("core bundle size budget", () => {
  it("the whole browser core stays under budget (minified + gzip); smaller imports cost less", async () => {
    const [whole, diagnostics, matcher] = await measureAll();
    expect(whole!.gzip).toBeLessThan(CORE_BUDGET_GZIP);
    expect(diagnostics!.gzip).toBeLessThan(whole!.gzip / 10);
    expect(matcher!.gzip).toBeLessThan(whole!.gzip);
  });

  it("rewrites only its own section of docs/benchmarks.md", () => {
    const other = "# Benchmarks\n\n## Matcher throughput\n\n| a | b |\n";
    const once = updateBenchmarksDoc(other, "<!-- size:start -->\nA\n<!-- size:end -->");
    expect(once).toContain("## Matcher throughput");
    const twice = updateBenchmarksDoc(once + "\n## Later section\n", "<!-- size:start -->\nB\n<!-- size:end -->");
    expect(twice).toContain("## Matcher throughput");
    expect(twice).toContain("## Later section");
    expect(twice).toContain("\nB\n");
    expect(twice).not.toContain("\nA\n");
  });
});
