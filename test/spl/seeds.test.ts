import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { stripPositions } from "../../src/ast/equal.js";
import { loadMacroFiles, loadSplunkDetectionText } from "../../src/spl/index.js";

const dir = "rules/splunk";

describe("the four seed detections", () => {
  it("load with full translation (macros from rules/splunk/macros)", async () => {
    const result = await loadRules(dir, { macros: `${dir}/macros` });
    expect(result.rules).toHaveLength(4);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const verdicts = result.diagnostics.filter((d) => d.code === "spl/translation").map((d) => d.message);
    expect(verdicts).toEqual(Array(4).fill("translates fully: filter yes, pipeline yes"));
    for (const rule of result.rules) {
      expect(rule.format).toBe("splunk");
      expect(rule.logsource.splunk).toEqual({ source: ["kubernetes"], macros: ["kube_audit"] });
      expect(rule.pipeline.map((s) => s.kind)).toEqual(["Fillnull", "Stats", "Rename", "Filter"]);
      expect(rule.meta.tests[0]).toMatchObject({ expect: "fire", source: "kubernetes", sourcetype: "_json" });
    }
  });

  it("finds a macros/ folder inside the rule tree without --macros", async () => {
    const result = await loadRules(dir);
    expect(result.rules).toHaveLength(4);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reads the escaped quotes of the host-network pattern as literal quotes", async () => {
    const { macros } = await loadMacroFiles([`${dir}/macros`]);
    const file = `${dir}/kubernetes_pod_with_host_network_attachment.yml`;
    const { rules } = loadSplunkDetectionText(readFileSync(file, "utf8"), { file, macros });
    const filter = stripPositions(rules[0]!.filter) as unknown;
    expect(filter).toEqual({
      kind: "And",
      children: [
        { kind: "Match", field: { kind: "Field", path: "objectRef.resource" }, pattern: { parts: ["pods"] }, caseSensitive: false },
        {
          kind: "Or",
          children: [
            { kind: "Match", field: { kind: "Field", path: "verb" }, pattern: { parts: ["create"] }, caseSensitive: false },
            { kind: "Match", field: { kind: "Field", path: "verb" }, pattern: { parts: ["update"] }, caseSensitive: false },
          ],
        },
        {
          kind: "Match",
          field: { kind: "Field", path: "requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration" },
          pattern: { parts: [{ wildcard: "*" }, '"hostNetwork":true', { wildcard: "*" }] },
          caseSensitive: false,
        },
      ],
    });
    const stats = rules[0]!.pipeline[1]!;
    expect(stats.kind === "Stats" && stats.aggregations.map((a) => [a.fn, a.field?.path, a.as])).toEqual([
      ["count", undefined, "count"],
      ["values", "user.groups", "user_groups"],
    ]);
  });
});
