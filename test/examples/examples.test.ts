import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { annotations, escapeData, escapeProperty } from "../../examples/ci-validate/annotate.js";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const tmp = mkdtempSync(join(tmpdir(), "rulecast-examples-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs an example the way `npm run example:<name>` does (tsx from the project root). */
function runExample(script: string, args: string[] = [], input?: string) {
  const r = spawnSync(tsx, [script, ...args], { cwd: root, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every `example:*` script in package.json points at a file that exists, and each is tested below. */
describe("examples are wired into package.json", () => {
  it("has an npm script per example folder", () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    const folders = readdirSync(join(root, "examples"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const f of folders) expect(scripts[`example:${f}`], `npm run example:${f}`).toBeDefined();
  });
});

describe("example: splunk-to-sigma", () => {
  it("converts the seed Splunk detections into schema-shaped Sigma files", () => {
    const out = join(tmp, "sigma");
    const r = runExample("examples/splunk-to-sigma/convert.ts", ["rules/splunk", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith(".yml"));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const docs = readFileSync(join(out, f), "utf8").split(/^---$/m).map((d) => parseYaml(d));
      expect(docs[0].title, f).toBeTypeOf("string");
      expect(docs[0].logsource?.product ?? docs[0].logsource?.service, f).toBeDefined();
      expect(docs.some((d) => d.detection?.condition !== undefined || d.correlation !== undefined), f).toBe(true);
    }
    expect(r.stdout).toMatch(/\d+ detections converted/);
  });
});

describe("example: k8s-audit", () => {
  it("runs the project's rules over the bundled audit log and prints hits with line numbers", () => {
    const r = runExample("examples/k8s-audit/run.ts");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/falco-trace-files\.jsonl:\d+: /);
    expect(r.stdout).toMatch(/\d+ rules run/);
    // A Sigma rule and a Splunk detection that the Falco trace is known to trigger.
    expect(r.stdout).toMatch(/falco-trace-files\.jsonl:\d+: New Kubernetes Service Account Created/);
  });
});

describe("example: build-script", () => {
  it("writes a typed matcher module, then imports and runs it", () => {
    const out = join(tmp, "generated/matchers.ts");
    const r = runExample("examples/build-script/generate.ts", ["examples/bundler-plugin/rules", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const code = readFileSync(out, "utf8");
    expect(code).toContain("export const matchers");
    expect(r.stdout).toContain("event 1: Exec Into A Pod");
    expect(r.stdout).toContain("event 2: Secret Read By An Unauthenticated User");
    expect(r.stdout).not.toContain("event 3:");
  });
});

describe("example: ci-validate", () => {
  it("escapes workflow-command values (a rule message cannot forge another annotation)", () => {
    expect(escapeData("a%b\r\n::error::x")).toBe("a%25b%0D%0A::error::x");
    expect(escapeProperty("C:\\rules,x.yml")).toBe("C%3A\\rules%2Cx.yml");
    const lines = annotations({ file: "r.yml", id: null, title: null, ok: false, diagnostics: [{ code: "yaml/syntax", severity: "error", message: "bad\n::warning::forged", line: 3, column: 5 }] });
    expect(lines).toEqual(["::error file=r.yml,line=3,col=5,title=rulecast yaml/syntax::bad%0A::warning::forged"]);
  });

  it("annotates each problem at its file and line and fails the step", () => {
    const dir = join(tmp, "ci-rules");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "good.yml"), readFileSync(join(root, "examples/bundler-plugin/rules/pod-exec.yml")));
    writeFileSync(join(dir, "bad.yml"), "title: Bad\nlogsource:\n  product: kubernetes\ndetection:\n  sel:\n    verb|contain: create\n  condition: sel\n");
    const validate = spawnSync(tsx, ["src/cli/main.ts", "validate", dir, "--json"], { cwd: root, encoding: "utf8" });
    expect(validate.status).toBe(1);
    const r = runExample("examples/ci-validate/annotate.ts", [], validate.stdout);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`::error file=${join(dir, "bad.yml").replace(/[/\\^$.*+?()[\]{}|]/g, "\\$&")},line=6,col=\\d+,title=rulecast sigma/unknown-modifier::`));
    expect(r.stdout).toContain("2 rules, 1 invalid");
  });

  it("passes on a valid folder and refuses empty input", () => {
    const ok = spawnSync(tsx, ["src/cli/main.ts", "validate", "examples/bundler-plugin/rules", "--json"], { cwd: root, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(runExample("examples/ci-validate/annotate.ts", [], ok.stdout).status).toBe(0);
    expect(runExample("examples/ci-validate/annotate.ts", [], "").status).toBe(2);
  });
});

describe("example: elastic-rules", () => {
  it("writes importable Elastic Security rules (NDJSON, unique rule_id, query or esql)", () => {
    const out = join(tmp, "elastic.ndjson");
    const r = runExample("examples/elastic-rules/generate.ts", ["rules", out]);
    expect(r.status).toBe(0);
    const rules = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rules.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rules.map((x) => x.rule_id)).size).toBe(rules.length);
    for (const x of rules) {
      expect(x.rule_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(["query", "esql"]).toContain(x.type);
      expect(x.query.length).toBeGreaterThan(0);
      expect(["low", "medium", "high", "critical"]).toContain(x.severity);
    }
    // The Splunk seeds have pipelines (stats ...): those need ES|QL rules.
    expect(rules.some((x) => x.type === "esql" && /^FROM /.test(x.query))).toBe(true);
  });

  it("refuses an unknown pipeline with a usage exit code", () => {
    const r = runExample("examples/elastic-rules/generate.ts", ["rules", join(tmp, "x.ndjson"), "no-such-pipeline"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown pipeline");
  });
});
