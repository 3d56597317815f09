import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadRules } from "../../src/api/load-files.js";
import { parseRuleText } from "../../src/api/load.js";
import { elasticRuleId, toElasticRule } from "../../src/backends/elastic-rule/index.js";
import { applyPipeline, builtinPipelines } from "../../src/pipelines/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { PROJECT_ROOT } from "./helpers.js";
import { sigmahqAvailable, sigmahqRuleFiles } from "./sigmahq-corpus.js";
import { readFileSync } from "node:fs";
import { threatOf } from "../../src/backends/elastic-rule/index.js";

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
    const technique = [
      { id: "T1059", name: "T1059", reference: "https://attack.mitre.org/techniques/T1059/", subtechnique: [{ id: "T1059.001", name: "T1059.001", reference: "https://attack.mitre.org/techniques/T1059/001/" }] },
      { id: "T1204", name: "T1204", reference: "https://attack.mitre.org/techniques/T1204/" },
    ];
    expect(r.threat).toEqual([
      { framework: "MITRE ATT&CK", tactic: { id: "TA0002", name: "Execution", reference: "https://attack.mitre.org/tactics/TA0002/" }, technique },
      { framework: "MITRE ATT&CK", tactic: { id: "TA0005", name: "Stealth", reference: "https://attack.mitre.org/tactics/TA0005/" }, technique },
    ]);
    expect(ds).toEqual([]);
  });

  it("maps ATT&CK v19's stealth (TA0005) and defense-impairment (TA0112) on real SigmaHQ rules", async () => {
    const loaded = await loadRules([join(PROJECT_ROOT, "test/fixtures/elastic-attack")]);
    expect(loaded.rules).toHaveLength(2);
    const tactics = Object.fromEntries(loaded.rules.map((rule) => {
      const ds: Diagnostic[] = [];
      const r = toElasticRule(rule, { diagnostics: ds });
      expect(ds.filter((d) => d.code === "convert/unknown-tactic")).toEqual([]);
      return [rule.meta.title, r.threat.map((t) => `${t.tactic.id} ${t.tactic.name}`)];
    }));
    expect(tactics).toEqual({
      "NotPetya Ransomware Activity": ["TA0005 Stealth", "TA0112 Defense Impairment", "TA0006 Credential Access"],
      "Okta MFA Reset or Deactivated": ["TA0003 Persistence", "TA0006 Credential Access", "TA0112 Defense Impairment"],
    });
  });

  it("leaves out an unknown tactic tag with a convert/unknown-tactic warning naming it (no invented id)", () => {
    const rule = parseRuleText(SIGMA.replace("attack.stealth", "attack.made-up-tactic"), { format: "sigma" }).rules[0]!;
    const ds: Diagnostic[] = [];
    const r = toElasticRule(rule, { diagnostics: ds });
    expect(r.threat.map((t) => t.tactic.id)).toEqual(["TA0002"]);
    expect(ds.map((d) => [d.code, d.severity])).toEqual([["convert/unknown-tactic", "warning"]]);
    expect(ds[0]!.message).toContain("attack.made-up-tactic");
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

describe.skipIf(!sigmahqAvailable)(`ATT&CK tactics over the SigmaHQ corpus${sigmahqAvailable ? "" : " (skipped: ../shared/corpus/sigmahq not found)"}`, () => {
  it("gives every attack.<tactic> tag of every rule an id (stealth and defense-impairment included)", () => {
    const unknown = new Map<string, number>();
    const seen = new Map<string, number>();
    for (const file of sigmahqRuleFiles()) {
      const text = readFileSync(file, "utf8");
      if (!/attack\.(stealth|defense)/.test(text)) continue;
      for (const rule of parseRuleText(text, { format: "sigma", file }).rules) {
        const { threat, unknownTactics } = threatOf(rule);
        for (const t of unknownTactics) unknown.set(t, (unknown.get(t) ?? 0) + 1);
        for (const t of threat) seen.set(t.tactic.id, (seen.get(t.tactic.id) ?? 0) + 1);
      }
    }
    expect([...unknown]).toEqual([]);
    // 1,099 `attack.stealth` and 415 `attack.defense-impairment` tags at the pinned commit.
    expect(seen.get("TA0005")).toBeGreaterThan(1000);
    expect(seen.get("TA0112")).toBeGreaterThan(400);
  });
});
