import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { loadRules } from "../../api/load-files.js";
import { findTarget, TARGETS } from "../../api/registry.js";
import type { ConversionOutput } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import { diagnostic, isRuleError, type Diagnostic } from "../../diagnostics/index.js";
import { EXIT, jsonRecord, writeDiagnostics, writeJsonLine } from "../output.js";
import { createProgress } from "../progress.js";
import { applyPipelines, builtinPipelines, type Pipeline } from "../../pipelines/index.js";
import { resolvePipeline } from "../../pipelines/resolve.js";

interface ConvertCliOptions {
  to: string;
  json?: boolean;
  out?: string;
  macros?: string[];
  pipeline?: string[];
  case?: string;
  index?: string;
  ipField?: string[];
  multivaluedField?: string[];
}

/** The Elasticsearch targets' options from the CLI flags (other targets ignore them). */
function elasticCliOptions(opts: ConvertCliOptions): Record<string, unknown> {
  return {
    ...(opts.case ? { caseInsensitive: opts.case } : {}),
    ...(opts.index ? { index: opts.index } : {}),
    ...(opts.ipField ? { ipFields: opts.ipField } : {}),
    ...(opts.multivaluedField ? { multivaluedFields: opts.multivaluedField } : {}),
  };
}

/** Converts one rule, turning a thrown RuleError (or a bug) into diagnostics. */
function convertOne(convert: () => ConversionOutput, rule: Rule): { output?: ConversionOutput; diagnostics: Diagnostic[] } {
  try {
    const output = convert();
    return { output, diagnostics: output.diagnostics };
  } catch (e) {
    if (isRuleError(e)) return { diagnostics: [...e.diagnostics] };
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { diagnostics: [diagnostic("internal/unexpected", message, { file: rule.file, pos: rule.pos })] };
  }
}

/**
 * Applies `--pipeline` (built-in names or YAML files, in priority order) to every rule; a rule
 * the pipeline rejects (e.g. an unmapped field in a strict pipeline) is reported and left out.
 */
function applyCliPipelines(rules: Rule[], names: readonly string[], json: boolean | undefined): { rules: Rule[]; failed: boolean } {
  if (names.length === 0) return { rules, failed: false };
  let pipelines: Pipeline[];
  try {
    pipelines = names.map(resolvePipeline);
  } catch (e) {
    const ds = isRuleError(e) ? [...e.diagnostics] : [diagnostic("internal/unexpected", String(e))];
    if (json) for (const d of ds) writeJsonLine(jsonRecord(d.file, undefined, [d]));
    else writeDiagnostics(ds);
    return { rules: [], failed: true };
  }
  const out: Rule[] = [];
  let failed = false;
  for (const rule of rules) {
    try {
      out.push(applyPipelines(rule, pipelines));
    } catch (e) {
      if (!isRuleError(e)) throw e;
      failed = true;
      if (json) writeJsonLine(jsonRecord(rule.file, rule, e.diagnostics));
      else writeDiagnostics(e.diagnostics);
    }
  }
  return { rules: out, failed };
}

/** A file name for one rule's output under `--out`. */
function outName(rule: Rule, index: number, ext: string, taken: Set<string>): string {
  const stem = rule.file ? basename(rule.file, extname(rule.file)) : `rule-${index + 1}`;
  let name = `${stem}${rule.document ? `-${rule.document}` : ""}.${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.${ext}`;
  taken.add(name);
  return name;
}

/**
 * `rulecast convert <paths...> --to <target> [--json] [--out <dir|file>] [--macros ...]`:
 * generic over the targets in `src/api/registry.ts`. A target with `convertAll` (e.g. `matcher`)
 * gives one output for the batch; the others one output per rule.
 */
export function registerConvert(program: Command): void {
  program
    .command("convert")
    .description("Convert rules to another language: one of the registered targets (--to).")
    .argument("<paths...>", "rule files or directories")
    .requiredOption("--to <target>", `target: ${TARGETS.map((t) => t.name).join(", ") || "(none registered)"}`)
    .option("--json", "one JSON object per rule per line (output in `output`)")
    .option("--out <path>", "write outputs to this directory (one file per rule), or to this file for a whole-batch target")
    .option("--macros <paths...>", "SPL macro definitions (security_content macros/*.yml files or directories)")
    .option("--pipeline <name|file...>", `processing pipeline(s) applied before converting: ${Object.keys(builtinPipelines()).join(", ")}, or a pySigma pipeline YAML file`)
    .option("--case <strategy>", "Elasticsearch targets: case-insensitive matching: char-classes, flag, lowercase-field, to-lower, exact (docs/elastic.md)")
    .option("--index <pattern>", "Elasticsearch targets: index pattern for ES|QL FROM and Elastic rules")
    .option("--ip-field <names...>", "Elasticsearch targets: fields mapped as `ip` (CIDR becomes a CIDR term, IPv4 and IPv6); other fields are keyword")
    .option("--multivalued-field <names...>", "ES|QL: fields that may hold several values besides those written `f{}` (predicates on them are evaluated per value)")
    .action(async (paths: string[], opts: ConvertCliOptions) => {
      const target = findTarget(opts.to);
      if (!target) program.error(`error: unknown target ${JSON.stringify(opts.to)}; targets: ${TARGETS.map((t) => t.name).join(", ")}`, { exitCode: EXIT.usage });
      const loaded = await loadRules(paths, { macros: opts.macros });
      let failed = loaded.diagnostics.some((d) => d.severity === "error");
      if (!opts.json) writeDiagnostics(loaded.diagnostics);
      else for (const f of loaded.files) if (f.rules.length === 0) writeJsonLine(jsonRecord(f.file, undefined, f.diagnostics));
      const pipelined = applyCliPipelines(loaded.rules, opts.pipeline ?? [], opts.json);
      if (pipelined.failed) failed = true;
      loaded.rules = pipelined.rules;
      const rules = loaded.rules.filter((r) => r.ruleType !== "filter");
      if (target.convertAll && !opts.json) {
        const first = rules[0];
        const result = first ? convertOne(() => target.convertAll!(rules, { rules: loaded.rules }), first) : { diagnostics: [] as Diagnostic[] };
        writeDiagnostics(result.diagnostics);
        if (result.diagnostics.some((d) => d.severity === "error")) failed = true;
        if (result.output) {
          if (opts.out) {
            const file = extname(opts.out) ? opts.out : join(opts.out, `rules.${result.output.extension}`);
            if (!extname(opts.out)) await mkdir(opts.out, { recursive: true });
            await writeFile(file, result.output.output);
            process.stderr.write(`wrote ${file}\n`);
          } else process.stdout.write(result.output.output);
        }
        if (failed) process.exitCode = EXIT.failed;
        return;
      }
      const taken = new Set<string>();
      if (opts.out) await mkdir(opts.out, { recursive: true });
      // Files go to --out, so the terminal is free for a bar (drawn on a TTY only, never with --json).
      const progress = createProgress({ total: opts.out ? rules.length : 0, label: "converting", json: opts.json });
      for (const [i, rule] of rules.entries()) {
        progress.tick(rule.file);
        const result = convertOne(() => target.convert(rule, { rules: loaded.rules, ...elasticCliOptions(opts) }), rule);
        if (result.diagnostics.some((d) => d.severity === "error")) failed = true;
        if (opts.json) {
          // The rule's own load problems (schema, unknown macro, unresolved reference) belong in its record too.
          const own = loaded.diagnostics.filter((d) => d.file !== undefined && d.file === rule.file && (loaded.files.find((f) => f.file === rule.file)?.rules.length ?? 1) <= 1);
          writeJsonLine(jsonRecord(rule.file, rule, [...own, ...result.diagnostics], result.output?.output));
          continue;
        }
        if (result.diagnostics.length > 0) progress.done();
        writeDiagnostics(result.diagnostics);
        if (!result.output) continue;
        if (opts.out) await writeFile(join(opts.out, outName(rule, i, result.output.extension, taken)), result.output.output);
        else process.stdout.write(result.output.output.endsWith("\n") ? result.output.output : result.output.output + "\n");
      }
      progress.done();
      if (failed) process.exitCode = EXIT.failed;
    });
}
