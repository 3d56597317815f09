/**
 * Whole-corpus check (skipped without ../shared): every Splunk security_content detection
 * that loads either compiles to a matcher or is refused with a typed backend diagnostic
 * naming what the matcher cannot run (tstats, lookup, ...); none crashes the compiler.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { buildMatcherModule, compileMatchers } from "../../src/backends/matcher/index.js";

const ROOT = resolve(import.meta.dirname, "../..", "../shared/corpus/splunk/security_content");
const available = existsSync(resolve(ROOT, "detections"));

describe.skipIf(!available)(`security_content on the matcher${available ? "" : " (skipped: ../shared/corpus/splunk/security_content is absent)"}`, () => {
  it("every loaded detection compiles or gets backend/unsupported or backend/regex-untranslatable", async () => {
    const loaded = await loadRules([resolve(ROOT, "detections")], { macros: [resolve(ROOT, "macros")] });
    const failedFiles = new Set(loaded.diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
    const rules = loaded.rules.filter((r) => !failedFiles.has(r.file));
    expect(rules.length).toBeGreaterThan(1500);
    const built = buildMatcherModule(rules, { language: "js" });
    expect(built.entries.length + built.diagnostics.length).toBe(rules.length);
    expect(built.diagnostics.filter((d) => d.code !== "backend/unsupported" && d.code !== "backend/regex-untranslatable")).toEqual([]);
    expect(built.diagnostics.every((d) => d.file !== undefined && d.line !== undefined)).toBe(true);
    // At the time of writing 650 of 1,709 compile; 899 of the others are tstats searches.
    expect(built.entries.length).toBeGreaterThan(600);
    // The compiled module runs: every matcher accepts an arbitrary event.
    const { matchers } = compileMatchers(built.entries.map((e) => e.rule));
    for (const m of matchers) expect(typeof m.match({ process: "cmd.exe", user: "x", dest: ["a", "b"] })).toBe("boolean");
  });
});
