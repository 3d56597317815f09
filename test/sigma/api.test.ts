import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { loadRule, parseRuleText } from "../../src/api/load.js";
import { RuleError } from "../../src/diagnostics/index.js";

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
