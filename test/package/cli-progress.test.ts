import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const haveScript = existsSync("/usr/bin/script");
if (!haveScript) console.warn("CLI progress-bar test skipped: /usr/bin/script (util-linux) is needed to give the CLI a terminal");

const dir = mkdtempSync(join(tmpdir(), "rulecast-progress-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rule = readFileSync(join(root, "examples/bundler-plugin/rules/pod-exec.yml"), "utf8");
for (let i = 0; i < 30; i++) writeFileSync(join(dir, `r${String(i).padStart(2, "0")}.yml`), rule.replace(/^id: .*$/m, `id: 6f0d3c1e-2b8a-4f5e-9d7c-1a2b3c4d${String(5000 + i)}`));

describe.skipIf(!haveScript)("the CLI on a terminal", () => {
  /** Runs the CLI under a pseudo-terminal (util-linux `script`), returning everything the terminal saw. */
  function onTerminal(args: string, env: Record<string, string> = {}): string {
    const r = spawnSync("/usr/bin/script", ["-qec", `${tsx} src/cli/main.ts ${args}`, "/dev/null"], { cwd: root, encoding: "utf8", env: { ...process.env, ...env, NO_COLOR: env.NO_COLOR ?? "" }, timeout: 120_000 });
    return r.stdout;
  }

  it("draws a progress bar for a long batch, then erases it before the summary", () => {
    const seen = onTerminal(`validate ${dir}`);
    expect(seen).toMatch(/validating \[[#-]+\] \d+\/30/);
    expect(seen).toContain("\r\u001b[K");
    expect(seen).toContain("30 rules in 30 files; 0 files with errors");
  });

  it("never draws it with --json (stdout stays pure NDJSON)", () => {
    const seen = onTerminal(`validate ${dir} --json`);
    expect(seen).not.toContain("validating [");
    const lines = seen.split(/\r?\n/).filter((l) => l.startsWith("{"));
    expect(lines).toHaveLength(30);
  });

  it("colours diagnostics on a terminal, and not with NO_COLOR", () => {
    const bad = join(dir, "..", `bad-${Date.now()}.yml`);
    writeFileSync(bad, "title: Bad\nlogsource:\n  product: kubernetes\ndetection:\n  sel:\n    verb|contain: create\n  condition: sel\n");
    try {
      expect(onTerminal(`validate ${bad}`)).toContain("\u001b[31m");
      expect(onTerminal(`validate ${bad}`, { NO_COLOR: "1" })).not.toContain("\u001b[31m");
    } finally {
      rmSync(bad);
    }
  }, 180_000);
});

describe("exit codes", () => {
  const run = (args: string[]) => spawnSync(tsx, ["src/cli/main.ts", ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });
  it("0 for valid rules and --help, 1 for an invalid rule, 2 for usage errors", () => {
    expect(run(["validate", dir]).status).toBe(0);
    expect(run(["--help"]).status).toBe(0);
    expect(run(["validate", "--help"]).status).toBe(0);
    expect(run(["validate", join(dir, "missing.yml")]).status).toBe(1);
    expect(run(["validate"]).status).toBe(2);
    expect(run(["validate", dir, "--no-such-option"]).status).toBe(2);
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run([]).status).toBe(2);
  }, 300_000);
});
