import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const dist = join(root, "dist");
let consumer: string;

/**
 * The package as npm users get it: `npm run build` output, the `exports` map, and the
 * tarball contents. Builds once (tsup, with declarations) into dist/.
 */
describe("the published package", () => {
  beforeAll(() => {
    execFileSync("npx", ["tsup", "--silent"], { cwd: root, stdio: "pipe" });
    // A consumer project whose node_modules/rulecast is this package: resolution goes through `exports`.
    consumer = mkdtempSync(join(tmpdir(), "rulecast-consumer-"));
    mkdirSync(join(consumer, "node_modules"));
    symlinkSync(root, join(consumer, "node_modules/rulecast"), "dir");
  }, 180_000);
  afterAll(() => consumer && rmSync(consumer, { recursive: true, force: true }));

  it("builds ESM, CJS and types for every entry", () => {
    for (const entry of ["index", "node", "plugin"]) {
      for (const ext of [".js", ".cjs", ".d.ts", ".d.cts"]) expect(existsSync(join(dist, entry + ext)), `${entry}${ext}`).toBe(true);
    }
  });

  it("ships an executable CLI with a shebang", () => {
    const cli = join(dist, "cli.js");
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.bin.rulecast).toBe("./dist/cli.js");
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: rulecast");
    expect(help.stdout).toContain("Exit codes:");
    const bad = spawnSync(process.execPath, [cli, "no-such-command"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
  });

  it("resolves `rulecast`, `rulecast/node` and `rulecast/plugin` by import and require, with the same API", () => {
    const script = `
      const esm = await import("rulecast");
      const esmNode = await import("rulecast/node");
      const plugin = await import("rulecast/plugin");
      const { createRequire } = await import("node:module");
      const require = createRequire(import.meta.url);
      const cjs = require("rulecast");
      const cjsNode = require("rulecast/node");
      console.log(JSON.stringify({
        esm: Object.keys(esm).sort(), cjs: Object.keys(cjs).filter((k) => k !== "default" && k !== "__esModule").sort(),
        nodeHasLoadRules: typeof esmNode.loadRules === "function" && typeof cjsNode.loadRules === "function",
        coreHasLoadRules: "loadRules" in esm,
        sameRuleError: esmNode.RuleError === esm.RuleError,
        plugin: ["vite", "rollup", "esbuild"].map((k) => typeof plugin[k]),
      }));`;
    writeFileSync(join(consumer, "probe.mjs"), script);
    const out = JSON.parse(execFileSync(process.execPath, ["probe.mjs"], { cwd: consumer, encoding: "utf8" }));
    expect(out.esm.length).toBeGreaterThan(10);
    expect(out.cjs).toEqual(out.esm);
    expect(out.nodeHasLoadRules).toBe(true);
    expect(out.coreHasLoadRules).toBe(false);
    expect(out.sameRuleError).toBe(true);
    expect(out.plugin).toEqual(["function", "function", "function"]);
  });

  it("gives TypeScript users types through `exports` (ESM and CJS consumers)", () => {
    writeFileSync(join(consumer, "use.mts"), `import { RuleError, type Rule } from "rulecast";\nimport { loadRules } from "rulecast/node";\nimport rulecast from "rulecast/plugin";\nconst r: Rule | undefined = undefined; void r; void RuleError; void loadRules; void rulecast;\n`);
    writeFileSync(join(consumer, "use.cts"), `import { RuleError } from "rulecast";\nimport { loadRules } from "rulecast/node";\nvoid RuleError; void loadRules;\n`);
    writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({
      compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ["use.mts", "use.cts"],
    }));
    const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", consumer], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("packs only dist, README, LICENSE and package.json (no fixtures, no sources)", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    const stray = files.filter((f) => !/^dist\//.test(f) && !["README.md", "LICENSE", "package.json"].includes(f));
    expect(stray).toEqual([]);
    expect(files).toContain("dist/index.js");
    expect(files.some((f) => /fixtures|\.test\./.test(f))).toBe(false);
  });
});
