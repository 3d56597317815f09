import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { stripPositions } from "../../src/ast/equal.js";
import { loadSplunkDetectionText } from "../../src/spl/index.js";
import { loadMacroFiles } from "../../src/spl/macros/load-files.js";

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

describe("detection metadata", () => {
  it("maps security_content keys onto meta and meta.splunk, with key positions", async () => {
    const { macros } = await loadMacroFiles([`${dir}/macros`]);
    const file = `${dir}/kubernetes_node_port_creation.yml`;
    const { rules } = loadSplunkDetectionText(readFileSync(file, "utf8"), { file, macros });
    const meta = rules[0]!.meta;
    expect(meta).toMatchObject({
      id: "d7fc865e-b8a1-4029-a960-cf4403b821b6", title: "Kubernetes Node Port Creation", author: "Patrick Bareiss, Splunk",
      date: "2024-09-30", status: "production", tags: ["attack.t1204"], falsepositives: ["unknown"],
      references: ["https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/"],
    });
    expect(meta.splunk).toMatchObject({
      type: "Anomaly", version: 3, dataSource: ["Kubernetes Audit"], mitreAttackIds: ["T1204"], analyticStories: ["Kubernetes Security"],
      securityDomain: "network", riskScore: 49, confidence: 70, impact: 70,
    });
    expect(meta.splunk!.search.startsWith("`kube_audit` \"objectRef.resource\"=services")).toBe(true);
    expect(meta.fields).toContain("requestObject.spec.type");
    expect(meta.custom).toHaveProperty("drilldown_searches");
    expect(meta.positions!.search).toMatchObject({ line: 11, column: 1 });
    // The first test is security_content's; rulecast's local k8s-audit tests follow it.
    expect(meta.tests[0]).toEqual({
      name: "True Positive Test", expect: "fire", source: "kubernetes", sourcetype: "_json",
      dataset: "https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kube_audit_create_node_port_service/kube_audit_create_node_port_service.json",
    });
    expect(meta.tests.slice(1).every((t) => t.dataset.startsWith("../../test/fixtures/k8s-audit/"))).toBe(true);
  });

  it("reports YAML problems as yaml/* diagnostics, never throwing", () => {
    expect(loadSplunkDetectionText("name: x\nname: y\nsearch: a\n").diagnostics.map((d) => d.code)).toEqual(["yaml/duplicate-key"]);
    expect(loadSplunkDetectionText("- a\n- b\n").diagnostics.map((d) => d.code)).toEqual(["yaml/not-a-mapping"]);
    expect(loadSplunkDetectionText("search: 'a=1\n").diagnostics[0]!.code).toBe("yaml/syntax");
    expect(loadSplunkDetectionText("search: [1]\n").diagnostics.map((d) => [d.code, d.line])).toEqual([["spl/syntax", 1]]);
  });
});
