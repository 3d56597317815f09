import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Rule } from "../../src/ast/rule.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { toSigma } from "../../src/backends/sigma/index.js";
import { toSplWithReport } from "../../src/backends/spl/index.js";
import { gradeConversion } from "../../src/convert/classify.js";
import { isRuleError } from "../../src/diagnostics/index.js";
import { loadSigmaText } from "../../src/sigma/index.js";
import { loadSplText, loadSplunkDetectionText, type MacroTable } from "../../src/spl/index.js";
import { loadMacroFiles } from "../../src/spl/macros/load-files.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const eventsDir = join(root, "test/fixtures/k8s-audit");
const seeds = ["kubernetes_node_port_creation", "kubernetes_pod_created_in_default_namespace", "kubernetes_pod_with_host_network_attachment", "kubernetes_unauthorized_access"];
const eventFiles = readdirSync(eventsDir).filter((f) => f.endsWith(".jsonl") && !f.includes(".meta.") && !f.includes(".labels.")).sort();
const events = Object.fromEntries(eventFiles.map((f) => [f, readFileSync(join(eventsDir, f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as unknown)]));

let macros: MacroTable;
beforeAll(async () => {
  macros = (await loadMacroFiles([join(root, "rules/splunk/macros")])).macros;
});

function loadSeed(name: string): Rule {
  const file = `rules/splunk/${name}.yml`;
  const r = loadSplunkDetectionText(readFileSync(join(root, file), "utf8"), { file, macros });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.rules[0]!;
}

/** 1-based lines of a file's events the rule's filter selects. */
function hits(rule: Rule, file: string): number[] {
  const m = compileMatcher(rule);
  return events[file]!.flatMap((e, i) => (m.match(e) ? [i + 1] : []));
}

describe("seed Splunk detections -> Sigma: same events on every k8s-audit file", () => {
  it("has the event files", () => expect(eventFiles).toEqual(expect.arrayContaining(["falco-trace-files.jsonl", "panther-analysis-tests.jsonl", "audit2rbac-demo-2017.jsonl", "edge-cases.jsonl"])));
  for (const name of seeds) {
    it(`${name}: schema-valid Sigma selecting exactly the SPL's events, and back to SPL`, () => {
      const spl = loadSeed(name);
      const out = toSigma(spl);
      expect(out.rules).toHaveLength(1);
      expect(gradeConversion(out.report, true)).toBe("formatting");
      const sigma = loadSigmaText(out.yaml, { file: `${name}.yml` });
      expect(sigma.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const back = toSplWithReport(sigma.rules[0]!);
      expect(back.report).toEqual([]);
      const again = loadSplText(back.spl, { macros });
      expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      for (const f of eventFiles) {
        const expected = hits(spl, f);
        expect({ f, lines: hits(sigma.rules[0]!, f) }).toEqual({ f, lines: expected });
        expect({ f, lines: hits(again.rules[0]!, f) }).toEqual({ f, lines: expected });
      }
    });
  }
  it("selects the README's counts (pod in default namespace 12/41, node port 1/2)", () => {
    const pod = loadSigmaText(toSigma(loadSeed("kubernetes_pod_created_in_default_namespace")).yaml).rules[0]!;
    const port = loadSigmaText(toSigma(loadSeed("kubernetes_node_port_creation")).yaml).rules[0]!;
    expect(hits(pod, "falco-trace-files.jsonl")).toHaveLength(12);
    expect(hits(pod, "panther-analysis-tests.jsonl")).toHaveLength(41);
    expect(hits(port, "falco-trace-files.jsonl")).toEqual([29]);
    expect(hits(port, "panther-analysis-tests.jsonl")).toEqual([145, 147]);
  });
  it("writes the metadata: derived id, related, tags, level, fields, log source", () => {
    const out = toSigma(loadSeed("kubernetes_node_port_creation"));
    expect(out.yaml).toContain("related:\n    - id: d7fc865e-b8a1-4029-a960-cf4403b821b6\n      type: derived\n");
    expect(out.yaml).toContain("tags:\n    - attack.execution\n    - attack.t1204\n");
    expect(out.yaml).toContain("logsource:\n    product: kubernetes\n    service: audit\n");
    expect(out.yaml).toContain("level: medium\n");
    expect(out.yaml).toContain("    - sourceIPs\n");
    expect(out.yaml).toMatch(/^id: [0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/m);
    expect(toSigma(loadSeed("kubernetes_node_port_creation")).yaml).toBe(out.yaml);
  });
  it("rules/sigma/converted_*.yml are the converter's current output (npm run docs:spl-to-sigma)", () => {
    for (const name of ["kubernetes_node_port_creation", "kubernetes_pod_created_in_default_namespace"]) {
      const written = readFileSync(join(root, "rules/sigma", `converted_${name}.yml`), "utf8");
      expect(written.replace(/^#.*\n/, "")).toBe(toSigma(loadSeed(name)).yaml);
    }
  });
});

const corpus = resolve(root, "../shared/corpus/splunk/security_content");

describe.skipIf(!existsSync(corpus))("security_content corpus -> Sigma (../shared/corpus/splunk/security_content)", () => {
  it("converts >= 60% of non-deprecated detections fully or with only output formatting, every converted rule schema-valid", async () => {
    const corpusMacros = (await loadMacroFiles([join(corpus, "macros")])).macros;
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "deprecated" ? [] : walk(join(d, e.name))) : e.name.endsWith(".yml") ? [join(d, e.name)] : []));
    let total = 0;
    let good = 0;
    const invalid: string[] = [];
    for (const f of walk(join(corpus, "detections"))) {
      const text = readFileSync(f, "utf8");
      if (/^status:\s*deprecated\s*$/m.test(text)) continue;
      total++;
      const loaded = loadSplunkDetectionText(text, { file: f, macros: corpusMacros });
      if (!loaded.rules[0] || loaded.diagnostics.some((d) => d.severity === "error")) continue;
      try {
        const out = toSigma(loaded.rules[0]);
        const back = loadSigmaText(out.yaml, { file: f });
        if (back.diagnostics.some((d) => d.severity === "error")) invalid.push(f);
        if (["full", "formatting"].includes(gradeConversion(out.report, true))) good++;
      } catch (e) {
        if (!isRuleError(e)) throw e;
      }
    }
    expect(invalid).toEqual([]);
    expect(total).toBeGreaterThan(1500);
    expect(good / total).toBeGreaterThanOrEqual(0.6);
  }, 300_000);
});
if (!existsSync(corpus)) console.warn(`security_content corpus not found at ${corpus}: whole-corpus Splunk->Sigma test skipped`);
