/**
 * The project's rule set (rules/) on the Kubernetes audit fixtures: which events each rule
 * selects (the numbers and lines of test/fixtures/k8s-audit/ORIGIN.md and
 * edge-cases.labels.jsonl), the seed detections' pipeline rows, and `rulecast test rules/`.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import type { Rule } from "../../src/ast/rule.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { linesOfText, planRun, runMatchers, runRuleTests } from "../../src/run/index.js";

const root = resolve(import.meta.dirname, "../..");
const fixture = (name: string) => resolve(root, "test/fixtures/k8s-audit", name);
const FILES = ["falco-trace-files", "audit2rbac-demo-2017", "panther-analysis-tests"] as const;

/** Selected events per rule title and file: [count, lines listed by the README (first ones, or all)]. */
const EXPECTED: Record<string, Record<(typeof FILES)[number], [number, number[]]>> = {
  "Kubernetes Pod Created in Default Namespace": {
    "falco-trace-files": [12, [3, 20, 21, 22, 23, 24, 25, 26]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [41, [38, 46, 47, 57, 58, 59, 60, 61]],
  },
  "Kubernetes Pod With Host Network Attachment": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Kubernetes Unauthorized Access": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Kubernetes Node Port Creation": { "falco-trace-files": [1, [29]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [2, [145, 147]] },
  "Kubernetes Admission Controller Modification": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [1, [17]] },
  "Kubernetes CronJob/Job Modification": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Deployment Deleted From Kubernetes Cluster": { "falco-trace-files": [1, [43]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Kubernetes Events Deleted": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Potential Remote Command Execution In Pod Container": {
    "falco-trace-files": [1, [48]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [15, [46, 56, 57, 58, 59, 60, 61, 157]],
  },
  "Container With A hostPath Mount Created": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Creation Of Pod In System Namespace": {
    "falco-trace-files": [1, [32]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [10, [60, 66, 69, 70, 72, 79, 91, 97]],
  },
  "Kubernetes Potential Enumeration Activity": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Privileged Container Deployed": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "RBAC Permission Enumeration Attempt": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Kubernetes Rolebinding Modification": {
    "falco-trace-files": [3, [2, 9, 41]], "audit2rbac-demo-2017": [182, [5, 6, 12, 15, 16, 24, 27, 28]], "panther-analysis-tests": [4, [29, 30, 31, 32]],
  },
  "Kubernetes Secrets Enumeration": {
    "falco-trace-files": [0, []], "audit2rbac-demo-2017": [1, [757]], "panther-analysis-tests": [9, [130, 132, 135, 138, 139, 140, 142, 143]],
  },
  "Kubernetes Secrets Modified or Deleted": { "falco-trace-files": [4, [19, 33, 35, 45]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [1, [137]] },
  "New Kubernetes Service Account Created": {
    "falco-trace-files": [3, [36, 37, 38]], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [11, [14, 15, 16, 149, 150, 151, 152, 153]],
  },
  "Potential Sidecar Injection Into Running Deployment": { "falco-trace-files": [0, []], "audit2rbac-demo-2017": [0, []], "panther-analysis-tests": [0, []] },
  "Kubernetes Unauthorized or Unauthenticated Access": {
    "falco-trace-files": [0, []], "audit2rbac-demo-2017": [11, [1, 2, 346, 535, 536, 537, 538, 754]], "panther-analysis-tests": [37, [4, 6, 7, 12, 20, 26, 34, 37]],
  },
};

/** edge-cases.labels.jsonl keys -> rule titles. */
const LABEL_RULES: Record<string, string> = {
  pod_default_ns: "Kubernetes Pod Created in Default Namespace",
  host_network: "Kubernetes Pod With Host Network Attachment",
  unauthorized: "Kubernetes Unauthorized Access",
  node_port: "Kubernetes Node Port Creation",
  sigma_pod_kube_system: "Creation Of Pod In System Namespace",
};

let rules: Rule[] = [];

/** The rules the README describes (rules/sigma also holds Splunk seeds converted to Sigma: `converted_*.yml`). */
const isConverted = (r: Rule) => /converted_[^/\\]*$/.test(r.file ?? "");

/** Selected lines per rule title (original rules only) and per converted rule's title (prefixed `converted:`). */
async function selected(text: string, matchesOnly = true): Promise<Map<string, number[]>> {
  const plan = planRun(rules);
  const titleOf = new Map(plan.matchers.map((m) => [m.id, isConverted(m.rule) ? `converted:${m.title}` : m.title]));
  const out = new Map<string, number[]>();
  for await (const r of runMatchers(plan.matchers, linesOfText(text), { matchesOnly })) {
    const title = titleOf.get(r.rule) ?? r.title;
    if ("line" in r) out.set(title, [...(out.get(title) ?? []), r.line]);
  }
  return out;
}

function rowsOf(title: string, text: string): Record<string, unknown>[] {
  const rule = rules.find((r) => r.meta.title === title && !isConverted(r))!;
  const events = [...linesOfText(text)].map((l) => JSON.parse(l.text));
  return [...compileMatcher(rule).run(events)] as Record<string, unknown>[];
}

beforeAll(async () => {
  const loaded = await loadRules(resolve(root, "rules"));
  expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  rules = loaded.rules;
  expect(rules.filter((r) => !isConverted(r))).toHaveLength(20);
});

describe("rules/ on the k8s-audit fixtures select the documented events", () => {
  for (const file of FILES) {
    it(file, async () => {
      const got = await selected(readFileSync(fixture(`${file}.jsonl`), "utf8"));
      for (const [title, per] of Object.entries(EXPECTED)) {
        const [count, lines] = per[file];
        const lineList = got.get(title) ?? [];
        expect({ title, count: lineList.length }).toEqual({ title, count });
        expect({ title, lines: lineList.slice(0, lines.length) }).toEqual({ title, lines });
      }
      expect([...got.keys()].filter((t) => !(t in EXPECTED) && !t.startsWith("converted:"))).toEqual([]);
      // Seeds converted from Splunk to Sigma select what their Splunk search selects.
      for (const t of [...got.keys()].filter((k) => k.startsWith("converted:"))) expect({ t, lines: got.get(t) }).toEqual({ t, lines: got.get(t.slice("converted:".length)) ?? [] });
    });
  }

  it("edge-cases.jsonl: exactly the labelled verdicts of the seed detections", async () => {
    const got = await selected(readFileSync(fixture("edge-cases.jsonl"), "utf8"));
    const labels = readFileSync(fixture("edge-cases.labels.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { line: number; expect: Record<string, boolean> });
    for (const [key, title] of Object.entries(LABEL_RULES)) {
      const want = labels.filter((l) => l.expect[key]).map((l) => l.line);
      expect({ title, lines: got.get(title) ?? [] }).toEqual({ title, lines: want });
    }
  });
});

describe("seed detection pipelines on the edge cases (Splunk's rows)", () => {
  const edge = () => readFileSync(fixture("edge-cases.jsonl"), "utf8");
  const event = (line: number) => JSON.parse(edge().split("\n")[line - 1]!);

  it("Host Network: one row per by-field combination, values() sorted", () => {
    const annotation = event(1).requestObject.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"];
    expect(event(2).requestObject.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"]).toBe(annotation);
    const row = (verb: string) => ({
      kind: "Event", "objectRef.name": "web", "objectRef.namespace": "default", "objectRef.resource": "pods", "requestObject.kind": "Pod",
      "responseStatus.code": "201", src_ip: "172.18.0.1", stage: "ResponseComplete", user: "kubernetes-admin",
      userAgent: "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350", verb,
      "requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration": annotation,
      count: 1, user_groups: ["system:authenticated", "system:masters"],
    });
    expect(rowsOf("Kubernetes Pod With Host Network Attachment", edge())).toEqual([row("create"), row("update")]);
  });

  it("Node Port: one row", () => {
    expect(rowsOf("Kubernetes Node Port Creation", edge())).toEqual([{
      kind: "Event", "objectRef.name": "web-np", "objectRef.namespace": "default", "objectRef.resource": "services", "requestObject.kind": "Service",
      "requestObject.spec.type": "NodePort", "responseStatus.code": "201", src_ip: "172.18.0.1", stage: "ResponseComplete", user: "kubernetes-admin",
      userAgent: "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350", verb: "create", count: 1, user_groups: ["system:authenticated", "system:masters"],
    }]);
  });

  it("Pod in Default Namespace and Unauthorized Access: no row, because no selected event has the by-field user.uid", () => {
    expect(rowsOf("Kubernetes Pod Created in Default Namespace", edge())).toEqual([]);
    expect(rowsOf("Kubernetes Unauthorized Access", edge())).toEqual([]);
  });

  it("once one selected event has user.uid, fillnull fills it (\"0\") for all; multivalue by-fields expand", () => {
    const extra = { ...event(4), user: { ...event(4).user, uid: "u-1" }, requestReceivedTimestamp: "2026-11-20T10:16:00Z" };
    const rows = rowsOf("Kubernetes Pod Created in Default Namespace", edge() + JSON.stringify(extra) + "\n");
    // Selected: lines 1, 4, 6, 7, 11, 12, 14 and the extra event. Groups: 2 per event (2 groups x 1 IP),
    // line 7 has 1 group, line 11 has 2 IPs x 3 groups = 6.
    expect(rows).toHaveLength(2 + 2 + 2 + 1 + 6 + 2 + 2 + 2);
    const line11 = rows.filter((r) => r["objectRef.namespace"] === "kube-public");
    expect(line11.map((r) => [r.src_ip, r["user.groups{}"], r.count])).toEqual([
      ["10.0.0.7", "dev", 1], ["10.0.0.7", "ops", 1], ["10.0.0.7", "system:authenticated", 1],
      ["192.168.1.20", "dev", 1], ["192.168.1.20", "ops", 1], ["192.168.1.20", "system:authenticated", 1],
    ]);
    expect(line11[0]).toEqual({
      "objectRef.name": "web", "objectRef.namespace": "kube-public", "objectRef.resource": "pods", requestReceivedTimestamp: "2026-11-20T10:15:10.123456Z",
      requestURI: "/api/v1/namespaces/kube-public/pods", "responseStatus.code": "201", src_ip: "10.0.0.7", stage: "ResponseComplete",
      "user.groups{}": "dev", "user.uid": "0", user: "kubernetes-admin", userAgent: "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350", verb: "create", count: 1,
    });
    expect(rows.filter((r) => r["user.uid"] === "u-1")).toHaveLength(2);
  });
});

describe("detection tests and the CLI", () => {
  it("every rule's tests pass (runRuleTests; URL datasets skipped)", async () => {
    const results = await runRuleTests(rules);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.filter((r) => !r.skipped).length).toBeGreaterThanOrEqual(60);
  });

  it("rulecast run --matches and rulecast test rules/ from the command line", () => {
    const cli = (args: string[]) => execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const out = cli(["run", "rules", "--events", "test/fixtures/k8s-audit/falco-trace-files.jsonl", "--matches"]).trim().split("\n").map((l) => JSON.parse(l));
    const seedId = rules.find((r) => r.meta.title === "Kubernetes Pod Created in Default Namespace" && !isConverted(r))!.meta.id;
    expect(out.filter((r) => r.rule === seedId).map((r) => r.line)).toEqual([3, 20, 21, 22, 23, 24, 25, 26, 27, 31, 32, 48]);
    const original = new Set(rules.filter((r) => !isConverted(r)).map((r) => r.meta.id));
    expect(out.filter((r) => original.has(r.rule))).toHaveLength(12 + 1 + 3 + 4 + 1 + 3 + 1 + 1);
    const module = cli(["convert", "rules", "--to", "matcher"]);
    expect(module).toContain("export const matchers: readonly RcRuleMatcher[] = [");
    expect(module).toContain("// Rule: Kubernetes Pod With Host Network Attachment");
    const report = cli(["test", "rules"]);
    expect(report).toMatch(/^\d+ passed, 0 failed, \d+ skipped$/m);
  });
});
