import type { Command } from "commander";
import type { Rule } from "../../ast/rule.js";
import type { Diagnostic } from "../../diagnostics/index.js";
import { loadRules } from "../../api/load-files.js";
import { EXIT, jsonRecord, writeDiagnostics, writeJsonLine } from "../output.js";
import { createProgress, type Progress } from "../progress.js";

/** `rulecast validate <paths...> [--json] [--macros <dir>]`: load every rule; exit 0 only when all are valid. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("Load every rule file under the paths (directories recursively) and report every problem.")
    .argument("<paths...>", "rule files or directories")
    .option("--json", "one JSON object per rule per line")
    .option("--macros <paths...>", "SPL macro definitions (security_content macros/*.yml files or directories)")
    .option("--verbose", "also print info notes (e.g. SPL translation verdicts) in text mode")
    .action(async (paths: string[], opts: { json?: boolean; macros?: string[]; verbose?: boolean }) => {
      // Info notes (one per Splunk detection) drown real problems on a terminal; --json always carries them.
      const shown = (ds: readonly Diagnostic[]) => (opts.verbose ? ds : ds.filter((d) => d.severity !== "info"));
      let progress: Progress | undefined;
      const result = await loadRules(paths, {
        macros: opts.macros,
        onFile: (done, total, file) => (progress ??= createProgress({ total, label: "validating", json: opts.json })).tick(file),
      });
      progress?.done();
      const failed = result.diagnostics.some((d) => d.severity === "error");
      for (const f of result.files) {
        if (opts.json) {
          const { perRule, orphans } = attributeDiagnostics(f.rules, f.diagnostics);
          if (f.rules.length === 0 || orphans.length > 0) writeJsonLine(jsonRecord(f.file, undefined, f.rules.length === 0 ? f.diagnostics : orphans));
          f.rules.forEach((rule, i) => writeJsonLine(jsonRecord(f.file, rule, perRule[i]!)));
        } else writeDiagnostics(shown(f.diagnostics));
      }
      const perFile = new Set(result.files.flatMap((f) => f.diagnostics));
      const fileLevel = result.diagnostics.filter((d) => !perFile.has(d));
      if (opts.json) for (const d of fileLevel) writeJsonLine(jsonRecord(d.file, undefined, [d]));
      else writeDiagnostics(shown(fileLevel));
      if (!opts.json) {
        const bad = result.files.filter((f) => f.diagnostics.some((d) => d.severity === "error")).length;
        process.stderr.write(`${result.rules.length} rules in ${result.files.length} files; ${bad} files with errors\n`);
      }
      if (failed) process.exitCode = EXIT.failed;
    });
}

/**
 * Which rule of a file each diagnostic belongs to. A multi-document file's rules carry
 * their document's extent (`pos.line`..`pos.endLine`): a diagnostic inside it is that
 * rule's; one before the first rule (an `action: global` header) is every rule's; one
 * in a document that gave no rule belongs to none (`orphans`, reported on their own).
 */
export function attributeDiagnostics(rules: readonly Rule[], diagnostics: readonly Diagnostic[]): { perRule: Diagnostic[][]; orphans: Diagnostic[] } {
  if (rules.length <= 1) return { perRule: rules.map(() => [...diagnostics]), orphans: [] };
  const perRule: Diagnostic[][] = rules.map(() => []);
  const orphans: Diagnostic[] = [];
  const firstLine = Math.min(...rules.map((r) => r.pos?.line ?? 1));
  for (const d of diagnostics) {
    if (d.line === undefined || d.line < firstLine) {
      perRule.forEach((list) => list.push(d));
      continue;
    }
    let owner = rules.findIndex((r) => r.pos !== undefined && r.pos.endLine !== undefined && d.line! >= r.pos.line && d.line! <= r.pos.endLine);
    if (owner < 0 && rules.every((r) => r.pos?.endLine === undefined)) {
      // No extents known: the last rule starting at or before the line.
      rules.forEach((r, i) => { if (r.pos && r.pos.line <= d.line!) owner = i; });
    }
    if (owner >= 0) perRule[owner]!.push(d);
    else orphans.push(d);
  }
  return { perRule, orphans };
}
