import type { Command } from "commander";
import { loadRules } from "../../api/load-files.js";
import { runRuleTests } from "../../run/tests.js";
import { EXIT, writeDiagnostics, writeJsonLine } from "../output.js";

/**
 * `rulecast test <rules...> [--datasets <dirs...>] [--json]`: runs each rule's detection tests
 * (`tests:` blocks: dataset relative to the rule file; URL datasets looked up by file name in
 * `--datasets`). Exit 1 on any failure.
 */
export function registerTest(program: Command): void {
  program
    .command("test")
    .description("Run the detection tests attached to each rule (positive and negative cases) and report per rule.")
    .argument("<paths...>", "rule files or directories")
    .option("--macros <paths...>", "SPL macro definitions (security_content macros/*.yml files or directories)")
    .option("--datasets <dirs...>", "directories where datasets named by URL (security_content attack_data) are found by file name")
    .option("--json", "one JSON object per rule per line")
    .action(async (paths: string[], opts: { macros?: string[]; datasets?: string[]; json?: boolean }) => {
      const loaded = await loadRules(paths, { macros: opts.macros });
      if (!opts.json) writeDiagnostics(loaded.diagnostics.filter((d) => d.severity !== "info"));
      const results = await runRuleTests(loaded.rules, { datasets: opts.datasets });
      const byRule = new Map<string, typeof results>();
      for (const r of results) byRule.set(`${r.file}\0${r.rule}`, [...(byRule.get(`${r.file}\0${r.rule}`) ?? []), r]);
      let failures = 0;
      for (const list of byRule.values()) {
        const first = list[0]!;
        const bad = list.filter((r) => !r.ok);
        failures += bad.length;
        if (opts.json) {
          writeJsonLine({
            file: first.file ?? null, id: first.rule, title: first.title, ok: bad.length === 0,
            tests: list.map((r) => ({ name: r.test, ok: r.ok, skipped: r.skipped ?? false, message: r.message, lines: r.lines, rows: r.rows })),
          });
          continue;
        }
        process.stdout.write(`${bad.length === 0 ? "PASS" : "FAIL"} ${first.title} (${first.file ?? first.rule})\n`);
        for (const r of list) process.stdout.write(`  ${r.skipped ? "skip" : r.ok ? "ok  " : "FAIL"} ${r.test}: ${r.message}\n`);
        for (const r of bad) writeDiagnostics(r.diagnostics);
      }
      const untested = loaded.rules.filter((r) => r.meta.tests.length === 0 && r.ruleType !== "filter").length;
      const loadFailed = loaded.diagnostics.some((d) => d.severity === "error");
      if (!opts.json) {
        const skipped = results.filter((r) => r.skipped).length;
        process.stdout.write(`${results.length - failures - skipped} passed, ${failures} failed, ${skipped} skipped\n`);
        process.stderr.write(`${byRule.size} rules tested, ${untested} rules without tests\n`);
      }
      if (failures > 0 || loadFailed) process.exitCode = EXIT.failed;
    });
}
