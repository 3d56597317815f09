import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLERS, buildWith, runBundle } from "../../examples/bundler-plugin/build.js";

const root = resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "rulecast-plugin-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A throwaway app importing its own rule folder, for the failure cases. */
function appWithRules(name: string, rules: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, "rules"), { recursive: true });
  for (const [file, text] of Object.entries(rules)) writeFileSync(join(dir, "rules", file), text);
  writeFileSync(join(dir, "app.js"), `import { matchers } from "./rules/?rulecast";\nexport const titles = matchers.map((m) => m.title);\n`);
  return join(dir, "app.js");
}

const GOOD = readFileSync(join(root, "examples/bundler-plugin/rules/pod-exec.yml"), "utf8");
const BAD = "title: Bad Modifier\nlogsource:\n  product: kubernetes\ndetection:\n  sel:\n    verb|contain: create\n  condition: sel\n";

describe.each(BUNDLERS)("bundler plugin with %s", (bundler) => {
  it("compiles the rule folder into the bundle at build time and the bundle detects", async () => {
    const bundle = await buildWith(bundler, join(tmp, "ok", bundler));
    const code = readFileSync(bundle, "utf8");
    // The rules are code now: no YAML parser, no rulecast import in the output.
    expect(code).not.toMatch(/from ["']rulecast|require\(["']rulecast|from ["']yaml["']/);
    expect(code).toContain("Exec Into A Pod");
    const { ruleCount, hits } = await runBundle(bundle);
    expect(ruleCount).toBe(2);
    expect(hits).toEqual([
      { event: 0, rule: "Exec Into A Pod", id: "6f0d3c1e-2b8a-4f5e-9d7c-1a2b3c4d5e01" },
      { event: 1, rule: "Secret Read By An Unauthenticated User", id: "6f0d3c1e-2b8a-4f5e-9d7c-1a2b3c4d5e02" },
    ]);
  });

  it("fails the build with the rule's diagnostic at its file and line", async () => {
    const entry = appWithRules(`bad-${bundler}`, { "good.yml": GOOD, "bad.yml": BAD });
    const badFile = join(tmp, `bad-${bundler}`, "rules", "bad.yml");
    let error: unknown;
    try {
      await buildWith(bundler, join(tmp, "out-bad", bundler), entry);
    } catch (e) {
      error = e;
    }
    expect(error, "the build must fail").toBeDefined();
    type Loc = { file?: string; line: number; column: number };
    const e = error as { message: string; loc?: Loc; errors?: { text?: string; loc?: Loc; location?: Loc | null }[] };
    expect(e.message).toContain("sigma/unknown-modifier");
    // Each bundler reports where: esbuild in errors[].location (path relative to the cwd),
    // Vite 8 (Rolldown) in errors[].loc, Rollup in loc. Columns are 0-based there.
    const loc = bundler === "esbuild"
      ? e.errors!.find((x) => x.text?.includes("sigma/unknown-modifier"))?.location
      : bundler === "vite" ? e.errors?.[0]?.loc : e.loc;
    expect(loc, "a location").toBeTruthy();
    expect(resolve(loc!.file!)).toBe(badFile);
    expect(loc!.line).toBe(6);
    expect(loc!.column).toBe(4);
  });
});
