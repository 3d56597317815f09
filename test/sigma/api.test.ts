import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { loadRule, parseRuleText } from "../../src/api/load.js";
import { attributeDiagnostics } from "../../src/cli/commands/validate.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { loadSigmaText } from "../../src/sigma/index.js";

const fixture = (name: string) => new URL(`../fixtures/sigma/${name}`, import.meta.url).pathname;

describe("the Sigma front-end through the library API", () => {
  it("loadRules reads every rule of rules/sigma", async () => {
    const result = await loadRules(new URL("../../rules/sigma", import.meta.url).pathname);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const sigmaHq = result.rules.filter((r) => r.file?.includes("/kubernetes_audit_"));
    expect(sigmaHq).toHaveLength(16);
    expect(result.rules.every((r) => r.format === "sigma" && r.ruleType === "detection")).toBe(true);
  });

  it("loadRules resolves correlations and filters across files", async () => {
    const result = await loadRules([fixture("spec/correlation/temporal.yml"), fixture("spec/filter/filter_1.yml")]);
    const unresolved = result.diagnostics.filter((d) => d.code === "sigma/unresolved-reference");
    expect(unresolved.map((d) => d.severity).sort()).toEqual(["error", "error", "error", "warning", "warning"]);
    expect(unresolved.every((d) => d.file !== undefined && d.line !== undefined)).toBe(true);
  });

  it("real rules that break the specification give positioned diagnostics", () => {
    const cases: [string, string, number][] = [
      ["invalid/win_dumping_ntdsdit_via_dcsync.yml", "sigma/condition-syntax", 30],
      ["invalid/generic_brute_force.yml", "sigma/deprecated-syntax", 13], // `timeframe` (the pipe follows on line 14)
      ["invalid/proc_creation_win_susp_squirrel_lolbin.yml", "sigma/schema", 0],
    ];
    for (const [name, code, line] of cases) {
      const file = fixture(`sigmahq/${name}`);
      const { diagnostics } = parseRuleText(readFileSync(file, "utf8"), { file });
      const d = diagnostics.find((x) => x.code === code);
      expect(d, name).toBeDefined();
      if (line > 0) expect(d!.line, name).toBe(line);
      expect(() => loadRule(readFileSync(file, "utf8"), { file })).toThrow(RuleError);
    }
  });
});

describe("validate's per-rule attribution in multi-document files", () => {
  it("global-part problems go to every rule, a document's to its rule, a failed document's to none", () => {
    const text = [
      "action: global\ntitle: G\ndate: 2020/01/01\ndetection:\n    a:\n        x: 1\n    condition: a",
      "logsource:\n    service: s1\nlevel: nope",
      "logsource:\n    service: s2",
      "logsource:\n    service: s3\ndetection:\n    b:\n        y|bogus: 2\n    condition: a and b",
    ].join("\n---\n");
    const { rules, diagnostics } = loadSigmaText(text, { file: "m.yml" });
    expect(rules).toHaveLength(2);
    const { perRule, orphans } = attributeDiagnostics(rules, diagnostics);
    const lines = (ds: { line?: number }[]) => ds.map((d) => d.line);
    expect(lines(perRule[0]!)).toEqual([3, 11]); // global date + its own level
    expect(lines(perRule[1]!)).toEqual([3]);
    expect(orphans.map((d) => d.code)).toEqual(["sigma/unknown-modifier"]);
  });
});
