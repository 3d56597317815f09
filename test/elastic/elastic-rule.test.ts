import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadRules } from "../../src/api/load-files.js";
import { parseRuleText } from "../../src/api/load.js";
import { elasticRuleId, toElasticRule } from "../../src/backends/elastic-rule/index.js";
import { applyPipeline, builtinPipelines } from "../../src/pipelines/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { PROJECT_ROOT } from "./helpers.js";

const SIGMA = `title: Suspicious thing
id: 0f06a3a5-6a09-413f-8743-e6cf35561297
status: test
description: Finds it.
references: [https://example.org/a]
author: Alice, Bob
tags: [attack.execution, attack.t1059.001, attack.t1204, attack.stealth]
logsource: { product: kubernetes, service: audit }
detection: { sel: { verb: create }, condition: sel }
falsepositives: [Admins]
level: high
`;

describe("toElasticRule", () => {
  it("writes an importable query rule with severity, risk, threat and index from the pipeline", () => {
    const rule = applyPipeline(parseRuleText(SIGMA, { format: "sigma" }).rules[0]!, builtinPipelines()["kubernetes-elastic"]!);
    const ds: Diagnostic[] = [];
    const r = toElasticRule(rule, { diagnostics: ds });
    expect(r).toMatchObject({
      rule_id: "0f06a3a5-6a09-413f-8743-e6cf35561297", type: "query", language: "lucene", index: ["logs-kubernetes.audit_logs-*"],
      severity: "high", risk_score: 73, references: ["https://example.org/a"], false_positives: ["Admins"], author: ["Alice", "Bob"],
      from: "now-6m", interval: "5m", enabled: false,
    });
    expect(r.query).toBe("kubernetes.audit.verb:/[Cc][Rr][Ee][Aa][Tt][Ee]/");
    expect(r.threat).toEqual([{
      framework: "MITRE ATT&CK",
      tactic: { id: "TA0002", name: "Execution", reference: "https://attack.mitre.org/tactics/TA0002/" },
      technique: [
        { id: "T1059", name: "T1059", reference: "https://attack.mitre.org/techniques/T1059/", subtechnique: [{ id: "T1059.001", name: "T1059.001", reference: "https://attack.mitre.org/techniques/T1059/001/" }] },
        { id: "T1204", name: "T1204", reference: "https://attack.mitre.org/techniques/T1204/" },
      ],
    }]);
    expect(ds.map((d) => d.code)).toEqual(["convert/dropped"]); // attack.stealth: no tactic id known
  });

  it("makes SPL detections ES|QL rules with the Splunk risk score; ids are deterministic", async () => {
    const loaded = await loadRules([join(PROJECT_ROOT, "rules/splunk/kubernetes_unauthorized_access.yml")], { macros: join(PROJECT_ROOT, "rules/splunk/macros") });
    const r = toElasticRule(loaded.rules[0]!);
    expect(r.type).toBe("esql");
    expect(r.query).toMatch(/^FROM logs-\*\n\| WHERE /);
    expect(r.query).toContain("| STATS count = COUNT(*) BY ");
    expect(r.risk_score).toBe(loaded.rules[0]!.meta.splunk?.riskScore ?? 47);
    const noId = { ...loaded.rules[0]!, meta: { ...loaded.rules[0]!.meta, id: undefined } };
    expect(elasticRuleId(noId)).toBe(elasticRuleId(noId));
    expect(elasticRuleId(noId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
