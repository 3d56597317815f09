import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as build from "../../src/ast/builders.js";
import { ANY, ONE, pattern, type PatternPart } from "../../src/ast/pattern.js";
import type { Rule } from "../../src/ast/rule.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { toSigma } from "../../src/backends/sigma/index.js";
import { toSpl, toSplWithReport } from "../../src/backends/spl/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { loadSigmaText } from "../../src/sigma/index.js";
import { loadSplText, type MacroTable } from "../../src/spl/index.js";
import { loadMacroFiles } from "../../src/spl/macros/load-files.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const eventsDir = join(root, "test/fixtures/k8s-audit");
const eventFiles = readdirSync(eventsDir).filter((f) => f.endsWith(".jsonl") && !f.includes(".meta.") && !f.includes(".labels.")).sort();
const events = eventFiles.flatMap((f) => readFileSync(join(eventsDir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as unknown));

let macros: MacroTable;
beforeAll(async () => {
  macros = (await loadMacroFiles([join(root, "rules/splunk/macros")])).macros;
});

const hits = (rule: Rule, evs: readonly unknown[]) => {
  const m = compileMatcher(rule);
  return evs.flatMap((e, i) => (m.match(e) ? [i] : []));
};

function splBack(spl: string): Rule {
  const r = loadSplText(spl, { macros });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.rules[0]!;
}

function sigmaRule(detection: string, logsource = "    product: kubernetes\n    service: audit"): Rule {
  const r = loadSigmaText(`title: T\nlogsource:\n${logsource}\ndetection:\n${detection}`);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.rules[0]!;
}

describe("Sigma -> SPL: the rules in rules/sigma select the same events as SPL (parsed back by the SPL front-end)", () => {
  const files = readdirSync(join(root, "rules/sigma")).filter((f) => f.endsWith(".yml")).sort();
  for (const f of files) {
    it(f, () => {
      const rule = loadSigmaText(readFileSync(join(root, "rules/sigma", f), "utf8"), { file: f }).rules[0]!;
      const spl = toSpl(rule);
      expect(spl.startsWith("`kube_audit` ")).toBe(true);
      expect(hits(splBack(spl), events)).toEqual(hits(rule, events));
    });
  }
});

describe("Sigma -> SPL: every modifier, exact where SPL search cannot say it", () => {
  const evs = [
    { verb: "Create", user: { username: "system:admin" }, responseStatus: { code: 403 }, sourceIPs: ["10.1.2.3", "8.8.8.8"], userAgent: "kubectl/v1.28" },
    { verb: "create", user: { username: "System:x" }, responseStatus: { code: 200 }, sourceIPs: ["192.168.0.1"], objectRef: { name: "a*b" } },
    { verb: "delete", objectRef: { name: "axb", namespace: "default" }, userAgent: "curl/8" },
    { verb: "create", objectRef: { name: "a?c" }, requestURI: "/api/v1/x" },
  ];
  const cases: Record<string, string> = {
    cased: "    s:\n        verb|cased: create\n    condition: s\n",
    casedPrefix: "    s:\n        user.username|cased|startswith: 'system:'\n    condition: s\n",
    numbers: "    s:\n        responseStatus.code|gte: 400\n    condition: s\n",
    cidr: "    s:\n        sourceIPs|cidr: 10.0.0.0/8\n    condition: s\n",
    regex: "    s:\n        userAgent|re|i: '^KUBECTL/v1\\.\\d+'\n    condition: s\n",
    regexUnderNot: "    s:\n        verb: create\n    f:\n        userAgent|re: '^kubectl'\n    condition: s and not f\n",
    literalStar: "    s:\n        objectRef.name: 'a\\*b'\n    condition: s\n",
    oneChar: "    s:\n        objectRef.name: 'a?c'\n    condition: s\n",
    notNull: "    s:\n        verb: create\n        objectRef.name: null\n    condition: s\n",
    exists: "    s:\n        objectRef.namespace|exists: true\n    condition: s\n",
    notUnderOr: "    a:\n        verb: delete\n    b:\n        userAgent|contains: curl\n    condition: a or not b\n",
    fieldref: "    s:\n        verb|fieldref: verb\n    condition: s\n",
  };
  for (const [name, detection] of Object.entries(cases)) {
    it(name, () => {
      const rule = sigmaRule(detection);
      const spl = toSpl(rule);
      expect({ spl, hits: hits(splBack(spl), evs) }).toEqual({ spl, hits: hits(rule, evs) });
    });
  }
  it("writes correlations as bin/stats/where over the referenced rule", () => {
    const base = sigmaRule("    s:\n        verb: create\n    condition: s\n");
    const withId = { ...base, meta: { ...base.meta, id: "0b0c8f8e-2f55-4c38-9c2a-1f3d2e4a5b6c" } };
    const corr = loadSigmaText("title: C\ncorrelation:\n    type: event_count\n    rules: [0b0c8f8e-2f55-4c38-9c2a-1f3d2e4a5b6c]\n    group-by: [user.username]\n    timespan: 10m\n    condition: {gte: 5}\n").rules[0]!;
    const out = toSplWithReport(corr, { rules: [withId] });
    expect(out.spl).toBe("`kube_audit` verb=\"create\" | bin _time span=10m | stats count as event_count by _time 'user.username' | where event_count>=5");
    expect(out.report.map((d) => d.code)).toEqual(["backend/approximation"]);
    expect(() => toSpl(corr)).toThrowError(RuleError);
  });
  it("writes Windows categories as Sysmon/PowerShell searches with their event codes", () => {
    const proc = sigmaRule("    s:\n        Image|endswith: \\whoami.exe\n    condition: s\n", "    category: process_creation\n    product: windows");
    expect(toSpl(proc)).toBe('`sysmon` EventCode=1 Image="*\\\\whoami.exe"');
    const reg = sigmaRule("    s:\n        TargetObject|contains: Run\n    condition: s\n", "    category: registry_event\n    product: windows");
    expect(toSpl(reg)).toBe('`sysmon` EventCode IN (12, 13, 14) TargetObject="*Run*"');
    const ps = sigmaRule("    s:\n        ScriptBlockText|contains: AADInt\n    condition: s\n", "    category: ps_script\n    product: windows");
    expect(toSpl(ps, { logsources: [{ logsource: { product: "windows", category: "ps_script" }, search: "index=win EventCode=4104" }] })).toBe('index=win EventCode=4104 ScriptBlockText="*AADInt*"');
  });
  it("reports a log source it cannot map", () => {
    const out = toSplWithReport(sigmaRule("    s:\n        x: 1\n    condition: s\n", "    product: nowhere"));
    expect(out.spl).toBe('x="1"');
    expect(out.report.map((d) => d.code)).toEqual(["convert/unmapped-logsource"]);
  });
});

describe("Sigma -> SPL: rule values never break out of the query (property)", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", '"', "\\", "*", "?", "|", "`", "[", "]", "(", ")", "=", "'", "\n", "%", "_", "é", "$", ",") , maxLength: 12 });
  const part = fc.oneof(text, fc.constant(ANY), fc.constant(ONE));
  it("a Match on any text (any wildcards, either case mode) reads back with the same hits", () => {
    fc.assert(fc.property(fc.array(part, { maxLength: 4 }), fc.boolean(), fc.array(text, { minLength: 1, maxLength: 4 }), (parts, cased, values) => {
      const p = pattern(parts as PatternPart[]);
      const rule: Rule = { ...sigmaRule("    s:\n        verb: x\n    condition: s\n"), filter: build.and([build.match(build.field("verb"), "create", false), build.match(build.field("name"), p, cased)]) };
      const evs = values.map((v) => ({ verb: "create", name: v }));
      const spl = toSpl(rule);
      const back = loadSplText(spl, { macros });
      expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(back.rules).toHaveLength(1);
      expect(hits(back.rules[0]!, evs)).toEqual(hits(rule, evs));
    }), { numRuns: 150 });
  });
});

describe("SPL -> Sigma -> SPL keeps a Sigma rule's text stable", () => {
  it("toSigma(toSpl(x)) is x for the seed Sigma rule's filter", () => {
    const rule = loadSigmaText(readFileSync(join(root, "rules/sigma/kubernetes_audit_pod_in_system_namespace.yml"), "utf8")).rules[0]!;
    const back = splBack(toSpl(rule));
    const sigmaAgain = toSigma(back).rules[0]!.rule;
    expect(hits(sigmaAgain, events)).toEqual(hits(rule, events));
  });
});
