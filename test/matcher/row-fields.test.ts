import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { loadSplText } from "../../src/spl/index.js";
import { pipelineRowFields } from "../../src/backends/matcher/row-fields.js";
import { compileMatchers } from "../../src/backends/matcher/index.js";
import { rcEventRow, rcRowFields, rcStripBraces } from "../../src/backends/matcher/runtime.js";
import { loadRules } from "../../src/api/load-files.js";

const stagesOf = (spl: string) => {
  const r = loadSplText(spl);
  expect(r.rules).toHaveLength(1);
  return r.rules[0]!.pipeline;
};

describe("pipelineRowFields: the fields a pipeline can read", () => {
  it.each([
    ["verb=create | stats count by user.username sourceIPs{}", ["sourceIPs", "user.username"]],
    ["verb=create | fillnull | stats count min(_time) as first by objectRef.namespace | rename objectRef.namespace as ns", ["_time", "objectRef.namespace"]],
    ["verb=create | eval x=lower(user.username) | where x=\"bob\" | table x verb", ["user.username", "verb", "x"]],
    ["verb=create | table a b{} | sort - a", ["a", "b"]],
    ["verb=create | fields + a | dedup a", ["a"]],
    ["verb=create | eventstats count by a | stats values(b) by c", ["a", "b", "c"]],
  ])("%s", (spl, names) => {
    expect(pipelineRowFields(stagesOf(spl))).toEqual(names);
  });

  it.each([
    "verb=create | eventstats count by a",
    "verb=create | table a* b",
    "verb=create | eval x=1 | search bob | stats count by a",
    "verb=create | rex field=a \"(?<b>x)\" | stats count by b",
    "verb=create | rename a* as b* | stats count by b1",
    "verb=create | fields - a",
  ])("every field when the output keeps the event's fields or a stage reads unnamed ones: %s", (spl) => {
    expect(pipelineRowFields(stagesOf(spl))).toBeNull();
  });
});

// Keys with dots, braces and prototype names: the row names they make are the hard cases of pruning.
const key = fc.constantFrom("a", "b", "a.b", "b.c", "{}", "a{", "}", "x{}", "c", "constructor", "_time");
const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.array(tie("tree"), { maxLength: 3 }), fc.dictionary(key, tie("tree"), { maxKeys: 4 })),
}));
const rowName = fc.constantFrom("a", "a.b", "a.b.c", "b.c", "a{}", "a.{}", "x", "c", "a{.}", "a.}", "constructor", "b{}.c");

describe("rcEventRow with the pipeline's fields", () => {
  it("builds exactly the full row's fields with those bare names (fast-check)", () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 5 }), fc.uniqueArray(rowName, { maxLength: 4 }), (event, names) => {
        const keep = rcRowFields(names);
        const full = rcEventRow(event, []);
        const expected = Object.fromEntries(Object.entries(full).filter(([k]) => keep.names.has(rcStripBraces(k))));
        expect(rcEventRow(event, [], keep)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("pipelines give the same rows with and without projection", () => {
  it("every rule of rules/ over the Kubernetes fixtures", async () => {
    const { rules } = await loadRules([new URL("../../rules", import.meta.url).pathname]);
    const text = ["falco-trace-files", "audit2rbac-demo-2017", "panther-analysis-tests", "edge-cases"]
      .map((f) => readFileSync(new URL(`../fixtures/k8s-audit/${f}.jsonl`, import.meta.url), "utf8"))
      .join("");
    const events = text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown);
    const projected = compileMatchers(rules, { rules }).matchers;
    const full = compileMatchers(rules, { rules, fullRows: true }).matchers;
    let pipelines = 0;
    projected.forEach((m, i) => {
      if (m.kind !== "pipeline") return;
      pipelines++;
      expect(m.source).toContain("rowFields:");
      expect(full[i]!.source).not.toContain("rowFields:");
      expect([...m.run(events)]).toEqual([...full[i]!.run(events)]);
    });
    expect(pipelines).toBeGreaterThanOrEqual(4);
  });
});
