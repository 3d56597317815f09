/**
 * Regenerates docs/diagnostics.md from the code table in src/diagnostics/codes.ts.
 * `npm run docs:diagnostics`; test/ast/docs.test.ts fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DIAGNOSTIC_CODES } from "../src/diagnostics/codes.js";

export function renderDiagnosticsDoc(): string {
  const lines = [
    "# Diagnostics",
    "",
    "Every problem rulecast reports has this shape (the `--json` output and `RuleError.diagnostics` alike):",
    "",
    "```ts",
    "{ code: string; severity: \"error\" | \"warning\" | \"info\"; message: string; file?: string; line?: number; column?: number }",
    "```",
    "",
    "Codes are stable `area/what` strings. A rule with an `error` is not loaded or not converted; the batch goes on with the other rules.",
    "This file is generated from `src/diagnostics/codes.ts` by `npm run docs:diagnostics`.",
    "",
    "| code | default severity | meaning |",
    "| --- | --- | --- |",
  ];
  for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) lines.push(`| \`${code}\` | ${info.severity} | ${info.doc.replace(/\|/g, "\\|")} |`);
  return lines.join("\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), renderDiagnosticsDoc());
}
