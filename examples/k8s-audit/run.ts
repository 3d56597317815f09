/**
 * Example: run Kubernetes detection rules over an audit log (NDJSON, one event per line).
 *
 *   npm run example:k8s-audit -- [rules-dir] [events.jsonl]
 *
 * Defaults: the project's rules (rules/: Sigma rules and Splunk detections, whose macros
 * are found in rules/splunk/macros by themselves) over the bundled Falco trace (test/fixtures/k8s-audit/falco-trace-files.jsonl).
 * Streams the file (constant memory for filter rules), prints each hit with its line
 * number, then a count per rule. The same engine as `rulecast run`.
 */
import { formatDiagnostic } from "rulecast";
import { loadRules, planRun, readLinesOf, runMatchers } from "rulecast/node";

const [rulesDir = "rules", events = "test/fixtures/k8s-audit/falco-trace-files.jsonl"] = process.argv.slice(2);
const loaded = await loadRules(rulesDir);
// Info notes (e.g. `spl/translation`) are for `rulecast validate`; show problems only.
for (const d of loaded.diagnostics) if (d.severity !== "info") console.error(formatDiagnostic(d));

// The audit log is Kubernetes audit data: rules written for other log sources are skipped.
const plan = planRun(loaded.rules, { logsource: { product: "kubernetes", service: "audit", source: "kubernetes" } });
for (const d of plan.diagnostics) console.error(formatDiagnostic(d));

const hits = new Map(plan.matchers.map((m) => [m.title, 0]));
for await (const result of runMatchers(plan.matchers, readLinesOf(events), { file: events, onDiagnostic: (d) => console.error(formatDiagnostic(d)) })) {
  hits.set(result.title, (hits.get(result.title) ?? 0) + 1);
  if ("line" in result) console.log(`${events}:${result.line}: ${result.title}`);
  else console.log(`${result.title}: ${JSON.stringify(result.row)}`);
}
console.log(`\n${plan.matchers.length} rules run, ${plan.skipped.length} skipped (other log sources)`);
for (const [title, n] of [...hits].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${title}`);
