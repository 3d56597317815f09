import type { Command } from "commander";
import { loadRules } from "../../api/load-files.js";
import { DEFAULT_STATE_LIMIT } from "../../backends/matcher/generate.js";
import type { Diagnostic } from "../../diagnostics/index.js";
import { readLineBatchesOf } from "../../run/lines.js";
import { LogSourceOptionError, parseLogSourceOption, type InputLogSource } from "../../run/logsource.js";
import { planRun, runMatcherBatches } from "../../run/runner.js";
import { EXIT, writeDiagnostics } from "../output.js";

interface RunCliOptions {
  events: string;
  macros?: string[];
  matches?: boolean;
  json?: boolean;
  logsource?: string;
  source?: string;
  sourcetype?: string;
  index?: string;
  timestampField?: string[];
  stateLimit?: string;
}

/** The input log source from `--logsource k=v,...`, `--source`, `--sourcetype`, `--index`. */
function inputLogSource(opts: RunCliOptions): InputLogSource {
  const ls: Record<string, string> = opts.logsource ? { ...parseLogSourceOption(opts.logsource) } : {};
  if (opts.source) ls.source = opts.source;
  if (opts.sourcetype) ls.sourcetype = opts.sourcetype;
  if (opts.index) ls.index = opts.index;
  return ls;
}

/**
 * `rulecast run <rules...> --events <file|-> [--matches] [--logsource ...]`: runs every rule
 * over NDJSON events and prints NDJSON: `{"rule","title","line"}` per event a filter rule
 * selects, `{"rule","title","row"}` per pipeline/correlation row.
 */
export function registerRun(program: Command): void {
  program
    .command("run")
    .description("Run rules over NDJSON events (one JSON object per line) and print what fires, as NDJSON.")
    .argument("<paths...>", "rule files or directories")
    .requiredOption("--events <file>", "NDJSON event file, or - for standard input")
    .option("--macros <paths...>", "SPL macro definitions (security_content macros/*.yml files or directories)")
    .option("--matches", "stop every rule after its filter: print the selected event lines only")
    .option("--json", "NDJSON output (the default; accepted for symmetry with other commands)")
    .option("--logsource <k=v,...>", "the input's log source, e.g. product=kubernetes,service=audit (rules for other sources are not run)")
    .option("--source <source>", "the input's Splunk source (e.g. kubernetes)")
    .option("--sourcetype <sourcetype>", "the input's Splunk sourcetype (e.g. _json)")
    .option("--index <index>", "the input's Splunk index")
    .option("--timestamp-field <fields...>", "event time fields, tried in order (for _time, earliest/latest and correlations)")
    .option("--state-limit <n>", `most events a pipeline or correlation holds (default ${DEFAULT_STATE_LIMIT})`)
    .action(async (paths: string[], opts: RunCliOptions) => {
      let logsource: InputLogSource;
      try {
        logsource = inputLogSource(opts);
      } catch (e) {
        if (e instanceof LogSourceOptionError) program.error(`error: ${e.message}`, { exitCode: EXIT.usage });
        throw e;
      }
      const stateLimit = opts.stateLimit === undefined ? undefined : Number(opts.stateLimit);
      if (stateLimit !== undefined && !(Number.isInteger(stateLimit) && stateLimit > 0)) {
        program.error("error: --state-limit must be a positive whole number", { exitCode: EXIT.usage });
      }
      const loaded = await loadRules(paths, { macros: opts.macros });
      // Info notes (e.g. "translates fully") are for `validate`; run shows warnings and errors.
      writeDiagnostics(loaded.diagnostics.filter((d) => d.severity !== "info"));
      const plan = planRun(loaded.rules, { logsource, timestampFields: opts.timestampField, stateLimit });
      writeDiagnostics(plan.diagnostics);
      if (plan.unrouted) {
        process.stderr.write("rulecast: no input log source given (--logsource/--source/--sourcetype/--index): every rule runs as if its log source matched\n");
      } else if (plan.skipped.length > 0) {
        process.stderr.write(`rulecast: ${plan.skipped.length} rules skipped: their log source differs from the input's\n`);
      }
      const runDiagnostics: Diagnostic[] = [];
      const file = opts.events === "-" ? "<stdin>" : opts.events;
      let lines;
      try {
        lines = readLineBatchesOf(opts.events);
        for await (const batch of runMatcherBatches(plan.matchers, lines, {
          matchesOnly: opts.matches, file, onDiagnostic: (d) => {
            runDiagnostics.push(d);
            writeDiagnostics([d], { sources: () => undefined });
          },
        })) {
          // One write per batch: the same NDJSON lines as one write per result, without a write call per line.
          let text = "";
          for (const result of batch) text += JSON.stringify(result) + "\n";
          process.stdout.write(text);
        }
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === "ENOENT" || err.code === "EISDIR" || err.code === "EACCES") {
          // An unreadable input is not a usage error: no help text, just the reason.
          process.stderr.write(`rulecast: cannot read events from ${opts.events}: ${err.message}\n`);
          process.exitCode = EXIT.failed;
          return;
        }
        throw e;
      }
      const failed = [...loaded.diagnostics, ...plan.diagnostics, ...runDiagnostics].some((d) => d.severity === "error");
      process.stderr.write(`rulecast: ${plan.matchers.length} rules run${plan.filters.length ? ` (${plan.filters.length} Sigma filter rules applied to their targets)` : ""}; ${plan.diagnostics.length} could not be compiled\n`);
      if (failed) process.exitCode = EXIT.failed;
    });
}
