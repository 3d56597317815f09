import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as b from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import { loadSigmaText } from "../../src/sigma/index.js";

const dir = (sub: string) => new URL(`../fixtures/sigma/${sub}/`, import.meta.url).pathname;
const rulesDir = new URL("../../rules/sigma/", import.meta.url).pathname;
const yml = (d: string) => readdirSync(d).filter((n) => n.endsWith(".yml")).map((n) => join(d, n));

describe("in-project Sigma fixtures", () => {
  it.each([
    ...yml(dir("sigmahq/kubernetes")),
    ...yml(dir("sigmahq/modifiers")).filter((f) => !f.includes("userdomain_variable")), // needs a placeholder value
    ...yml(dir("spec/rules")), ...yml(dir("spec/correlation")), ...yml(dir("spec/filter")),
    ...yml(rulesDir),
  ])("%s loads without diagnostics", (file) => {
    const { rules, diagnostics } = loadSigmaText(readFileSync(file, "utf8"), { file });
    expect(diagnostics).toEqual([]);
    expect(rules).toHaveLength(1);
  });

  it("every Kubernetes audit rule targets the audit log source", () => {
    const files = yml(dir("sigmahq/kubernetes"));
    expect(files).toHaveLength(16);
    for (const file of files) {
      const [rule] = loadSigmaText(readFileSync(file, "utf8"), { file }).rules;
      expect(rule!.logsource).toMatchObject({ product: "kubernetes", service: "audit" });
    }
  });

  it("the seed rule's exact AST", () => {
    const file = join(rulesDir, "kubernetes_audit_pod_in_system_namespace.yml");
    const [rule] = loadSigmaText(readFileSync(file, "utf8"), { file }).rules;
    const m = (f: string, v: string) => b.match(b.field(f), v, false);
    expect(stripPositions(rule!.filter)).toEqual(stripPositions(b.and([m("verb", "create"), m("objectRef.resource", "pods"), m("objectRef.namespace", "kube-system")])));
    expect(rule!.meta).toMatchObject({ id: "a80d927d-ac6e-443f-a867-e8d6e3897318", title: "Creation Of Pod In System Namespace", level: "medium" });
  });
});
