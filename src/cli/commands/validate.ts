import type { Command } from "commander";
import { loadRules } from "../../api/load-files.js";
import { EXIT, jsonRecord, writeDiagnostics, writeJsonLine } from "../output.js";

/** `rulecast validate <paths...> [--json] [--macros <dir>]`: load every rule; exit 0 only when all are valid. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("Load every rule file under the paths (directories recursively) and report every problem.")
    .argument("<paths...>", "rule files or directories")
    .option("--json", "one JSON object per rule per line")
    .option("--macros <paths...>", "SPL macro definitions (security_content macros/*.yml files or directories)")
    .action(async (paths: string[], opts: { json?: boolean; macros?: string[] }) => {
      const result = await loadRules(paths, { macros: opts.macros });
      const failed = result.diagnostics.some((d) => d.severity === "error");
      for (const f of result.files) {
        if (opts.json) {
          if (f.rules.length === 0) writeJsonLine(jsonRecord(f.file, undefined, f.diagnostics));
          for (const rule of f.rules) {
            const own = f.diagnostics.filter((d) => f.rules.length === 1 || d.line === undefined || rule.pos === undefined || d.line >= rule.pos.line);
            writeJsonLine(jsonRecord(f.file, rule, own));
          }
        } else writeDiagnostics(f.diagnostics);
      }
      const fileLevel = result.diagnostics.filter((d) => !result.files.some((f) => f.diagnostics.includes(d)));
      if (opts.json) for (const d of fileLevel) writeJsonLine(jsonRecord(d.file, undefined, [d]));
      else writeDiagnostics(fileLevel);
      if (!opts.json) {
        const bad = result.files.filter((f) => f.diagnostics.some((d) => d.severity === "error")).length;
        process.stderr.write(`${result.rules.length} rules in ${result.files.length} files; ${bad} files with errors\n`);
      }
      if (failed) process.exitCode = EXIT.failed;
    });
}
