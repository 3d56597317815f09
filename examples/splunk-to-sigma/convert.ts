/**
 * Example: convert a folder of Splunk detections (security_content YAML) to Sigma rules.
 *
 *   npm run example:splunk-to-sigma -- [detections-dir] [out-dir] [macros-dir]
 *
 * Defaults: the project's seed detections (rules/splunk, whose `macros/` folder is found
 * by itself) and `.tmp/examples/sigma`. Prints one line per rule, and what each conversion dropped or
 * approximated. Exit code 1 when a detection could not be loaded or converted.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { formatDiagnostic, isRuleError, toSigma } from "rulecast";
import { loadRules } from "rulecast/node";

const [input = "rules/splunk", out = ".tmp/examples/sigma", macros] = process.argv.slice(2);

const loaded = await loadRules(input, { macros });
// Info notes (e.g. `spl/translation`) are for `rulecast validate`; show problems only.
for (const d of loaded.diagnostics) if (d.severity !== "info") console.error(formatDiagnostic(d));
await mkdir(out, { recursive: true });

let failed = loaded.diagnostics.some((d) => d.severity === "error");
for (const rule of loaded.rules) {
  try {
    const { yaml, report } = toSigma(rule);
    const name = (rule.meta.title || rule.meta.id || "rule").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
    const file = join(out, `${name}.yml`);
    await writeFile(file, yaml);
    console.log(`${rule.file ?? "<input>"} -> ${file}`);
    for (const d of report) console.log(`  ${d.severity}[${d.code}]: ${d.message}`);
  } catch (e) {
    if (!isRuleError(e)) throw e;
    failed = true;
    for (const d of e.diagnostics) console.error(formatDiagnostic({ ...d, file: d.file ?? rule.file }));
  }
}
console.log(`${loaded.rules.length} detections converted into ${out}`);
process.exitCode = failed ? 1 : 0;
