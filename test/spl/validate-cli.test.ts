import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const cli = (...args: string[]) =>
  spawnSync(join(root, "node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });

describe("rulecast validate on Splunk detections", () => {
  it("prints one JSON line per detection with the translates-fully verdict (--macros)", () => {
    const r = cli("validate", "rules/splunk", "--macros", "rules/splunk/macros", "--json");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; ok: boolean; diagnostics: { code: string; message: string }[] });
    expect(lines).toHaveLength(4);
    for (const l of lines) {
      expect(l.ok).toBe(true);
      expect(l.diagnostics).toEqual([expect.objectContaining({ code: "spl/translation", message: "translates fully: filter yes, pipeline yes" })]);
    }
  }, 120_000);

  it("fails with located diagnostics for a bad search, and the batch goes on", () => {
    const dir = mkdtempSync(join(tmpdir(), "rulecast-spl-"));
    writeFileSync(join(dir, "bad.spl"), "a=1\n| stats count by (x\n");
    writeFileSync(join(dir, "good.spl"), "a=1 | `unknown_macro` | stats count\n");
    const r = cli("validate", dir, "--json");
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; ok: boolean; diagnostics: { code: string; line: number; column: number }[] });
    expect(lines.map((l) => [l.file.replace(dir, ""), l.ok, l.diagnostics.filter((d) => d.code !== "spl/translation").map((d) => [d.code, d.line, d.column])])).toEqual([
      ["/bad.spl", false, [["spl/syntax", 3, 1]]],
      ["/good.spl", false, [["spl/unknown-macro", 1, 7], ["spl/unsupported-command", 1, 7]]],
    ]);
  }, 120_000);
});
