/**
 * Example: generate Elastic Security detection rules from a rule folder, as an NDJSON file
 * that Kibana imports (Security > Rules > Import rules, or the detection engine's
 * `_import` API).
 *
 *   npm run example:elastic-rules -- [rules-dir] [out.ndjson] [pipeline]
 *
 * Defaults: rules/ -> .tmp/examples/elastic-rules.ndjson with the built-in
 * `kubernetes-elastic` processing pipeline (field names and index of Kubernetes audit
 * logs in Elastic). A plain filter becomes a Lucene `query` rule; an SPL pipeline or a
 * Sigma correlation becomes an `esql` rule. Each rule's notes (approximations, dropped
 * output formatting) are printed; a rule that cannot be written is reported and left out.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { applyPipeline, builtinPipelines, formatDiagnostic, isRuleError, toElasticRule, type Diagnostic } from "rulecast";
import { loadRules } from "rulecast/node";

const [rulesDir = "rules", outFile = ".tmp/examples/elastic-rules.ndjson", pipelineName = "kubernetes-elastic"] = process.argv.slice(2);

const pipeline = builtinPipelines()[pipelineName];
if (!pipeline) {
  console.error(`unknown pipeline ${pipelineName}; built-in: ${Object.keys(builtinPipelines()).join(", ")}`);
  process.exit(2);
}

const loaded = await loadRules(rulesDir);
// Info notes (e.g. `spl/translation`) are for `rulecast validate`; show problems only.
for (const d of loaded.diagnostics) if (d.severity !== "info") console.error(formatDiagnostic(d));

const lines: string[] = [];
let failed = loaded.diagnostics.some((d) => d.severity === "error");
for (const rule of loaded.rules) {
  if (rule.ruleType === "filter") continue; // already applied to the rules it names
  const notes: Diagnostic[] = [];
  try {
    const elastic = toElasticRule(applyPipeline(rule, pipeline), { diagnostics: notes });
    lines.push(JSON.stringify(elastic));
    console.log(`${elastic.type.padEnd(5)} ${elastic.severity.padEnd(8)} ${elastic.name}`);
  } catch (e) {
    if (!isRuleError(e)) throw e;
    failed = true;
    notes.push(...e.diagnostics);
  }
  for (const d of notes) console.log(`      ${formatDiagnostic({ ...d, file: d.file ?? rule.file })}`);
}
await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, lines.join("\n") + "\n");
console.log(`${lines.length} Elastic rules written to ${outFile}`);
process.exitCode = failed ? 1 : 0;
