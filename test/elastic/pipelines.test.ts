import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRuleText } from "../../src/api/load.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { luceneOfExpr } from "../../src/backends/lucene/index.js";
import { applyPipeline, builtinPipelines, loadPipeline, pipelineState } from "../../src/pipelines/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { PROJECT_ROOT } from "./helpers.js";

const seedSigma = () => parseRuleText(readFileSync(join(PROJECT_ROOT, "rules/sigma/kubernetes_audit_pod_in_system_namespace.yml"), "utf8")).rules[0]!;

const SYSMON_RULE = `
title: t
logsource: { product: windows, category: process_creation }
detection:
  sel: { Image|endswith: '\\\\curl.exe', CommandLine|contains: 'User-Agent' }
  condition: sel
`;

describe("processing pipelines", () => {
  it("kubernetes-elastic prefixes audit fields and sets the index", () => {
    const r = applyPipeline(seedSigma(), builtinPipelines()["kubernetes-elastic"]!);
    expect(luceneOfExpr(r.filter, { caseInsensitive: "lowercase-field" })).toBe('(kubernetes.audit.verb.lower:"create" AND kubernetes.audit.objectRef.resource.lower:"pods" AND kubernetes.audit.objectRef.namespace.lower:"kube-system")');
    expect(pipelineState(r, "index")).toBe("logs-kubernetes.audit_logs-*");
    // The mapped rule matches an event laid out like the integration's, in the matcher too.
    const m = compileMatcher(r);
    expect(m.match({ kubernetes: { audit: { verb: "create", objectRef: { resource: "pods", namespace: "kube-system" } } } })).toBe(true);
    expect(m.match({ verb: "create", objectRef: { resource: "pods", namespace: "kube-system" } })).toBe(false);
  });

  it("sigmahq-regression maps Windows fields and the log source onto Event.System/EventData", () => {
    const rule = parseRuleText(SYSMON_RULE, { format: "sigma" }).rules[0]!;
    const r = applyPipeline(rule, builtinPipelines()["sigmahq-regression"]!);
    const m = compileMatcher(r);
    const event = (id: number) => ({ Event: { System: { EventID: id, Channel: "Microsoft-Windows-Sysmon/Operational" }, EventData: { Image: "C:\\Windows\\System32\\curl.exe", CommandLine: "curl -H User-Agent: x" } } });
    expect(m.match(event(1))).toBe(true);
    expect(m.match(event(3))).toBe(false);
  });

  it("one-to-many mappings become OR; strict mode reports unmapped fields", () => {
    const p = loadPipeline(`
name: strict-test
strict: true
transformations:
  - type: field_name_mapping
    mapping: { verb: [a.verb, b.verb], objectRef.resource: res }
`);
    let err: unknown;
    try {
      applyPipeline(seedSigma(), p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RuleError);
    expect((err as RuleError).diagnostics.map((d) => [d.code, d.message])).toEqual([["backend/unmapped-field", "pipeline strict-test: no mapping for field 'objectRef.namespace'"]]);
    const loose = loadPipeline("transformations:\n  - type: field_name_mapping\n    mapping: { verb: [a.verb, b.verb] }\n");
    expect(luceneOfExpr(applyPipeline(seedSigma(), loose).filter, { caseInsensitive: "exact" })).toMatch(/^\(\(a\.verb:"create" OR b\.verb:"create"\) AND /);
  });

  it("rejects invalid pipelines with positioned pipeline/invalid diagnostics", () => {
    let err: RuleError | undefined;
    try {
      loadPipeline("name: x\ntransformations:\n  - type: drop_everything\n", "p.yml");
    } catch (e) {
      err = e as RuleError;
    }
    expect(err?.diagnostics[0]).toMatchObject({ code: "pipeline/invalid", file: "p.yml", line: 3 });
  });
});
