/**
 * `npm run docs:spl-to-sigma`: converts every non-deprecated security_content detection
 * to Sigma, counts how completely each converted (and why not), checks every converted
 * rule against the Sigma schema, checks the normalized-Sigma fixed point over SigmaHQ,
 * and writes docs/spl-to-sigma.md. Also regenerates rules/sigma/converted_*.yml from
 * the seed detections in rules/splunk/.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSigmaFixedPoint, toSigma } from "../src/backends/sigma/index.js";
import { toSplWithReport } from "../src/backends/spl/index.js";
import { gradeConversion, reasonKey, type ConversionGrade } from "../src/convert/classify.js";
import { BUILTIN_LOGSOURCES } from "../src/convert/logsource-map.js";
import { DEFAULT_CORRELATION_TIMESPAN } from "../src/convert/index.js";
import { hasErrors, isRuleError, type Diagnostic } from "../src/diagnostics/index.js";
import { loadSigmaText } from "../src/sigma/index.js";
import { loadSplunkDetectionText } from "../src/spl/index.js";
import { loadMacroFiles } from "../src/spl/macros/load-files.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
const detectionsDir = join(shared, "corpus/splunk/security_content/detections");
const macrosDir = join(shared, "corpus/splunk/security_content/macros");
const sigmaCorpus = join(shared, "corpus/sigmahq");

function files(dir: string, skip: (p: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) out.push(...files(p, skip));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const pct = (n: number, d: number) => (d === 0 ? "0.0" : ((100 * n) / d).toFixed(1));
const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Writes the converted seed rules next to the seed Sigma rule. */
async function writeConvertedSeeds(): Promise<string[]> {
  const { macros } = await loadMacroFiles([join(root, "rules/splunk/macros")]);
  const written: string[] = [];
  for (const name of ["kubernetes_node_port_creation", "kubernetes_pod_created_in_default_namespace"]) {
    const file = join(root, "rules/splunk", `${name}.yml`);
    const loaded = loadSplunkDetectionText(readFileSync(file, "utf8"), { file: `rules/splunk/${name}.yml`, macros });
    if (hasErrors(loaded.diagnostics)) throw new Error(`${file} does not load: ${loaded.diagnostics[0]?.message}`);
    const out = toSigma(loaded.rules[0]!);
    const target = join(root, "rules/sigma", `converted_${name}.yml`);
    const header = `# Converted by rulecast from rules/splunk/${name}.yml (Splunk security_content, Apache-2.0); regenerate with \`npm run docs:spl-to-sigma\`.\n`;
    writeFileSync(target, header + out.yaml);
    written.push(relative(root, target));
  }
  return written;
}

interface CorpusStats {
  total: number;
  grades: Record<ConversionGrade, number>;
  reasons: Map<string, number>;
  failures: Map<string, number>;
  schemaInvalid: string[];
  correlations: number;
  splRoundTrip: { ok: number; failed: Map<string, number> };
  ms: number;
}

async function convertCorpus(): Promise<CorpusStats> {
  const { macros } = await loadMacroFiles([macrosDir]);
  const stats: CorpusStats = {
    total: 0, grades: { full: 0, formatting: 0, partial: 0, failed: 0 }, reasons: new Map(), failures: new Map(),
    schemaInvalid: [], correlations: 0, splRoundTrip: { ok: 0, failed: new Map() }, ms: 0,
  };
  const t0 = performance.now();
  for (const file of files(detectionsDir, (p) => p.endsWith("/deprecated"))) {
    const text = readFileSync(file, "utf8");
    if (/^status:\s*deprecated\s*$/m.test(text)) continue;
    stats.total++;
    const rel = relative(detectionsDir, file);
    const loaded = loadSplunkDetectionText(text, { file: rel, macros });
    const loadError = loaded.diagnostics.find((d) => d.severity === "error");
    if (loadError || loaded.rules.length === 0) {
      stats.grades.failed++;
      count(stats.failures, loadError ? `load ${reasonKey(loadError)}` : "load: no rule");
      continue;
    }
    let report: Diagnostic[];
    let yaml: string;
    let sigmaRules;
    try {
      const out = toSigma(loaded.rules[0]!);
      report = out.report;
      yaml = out.yaml;
      sigmaRules = out.rules.map((r) => r.rule);
    } catch (e) {
      stats.grades.failed++;
      if (!isRuleError(e)) throw e;
      for (const d of e.diagnostics.slice(0, 1)) count(stats.failures, reasonKey(d));
      continue;
    }
    const back = loadSigmaText(yaml, { file: rel });
    const schema = back.diagnostics.filter((d) => d.severity === "error");
    if (schema.length > 0) stats.schemaInvalid.push(`${rel}: ${schema[0]!.message}`);
    const grade = gradeConversion(report, true);
    stats.grades[grade]++;
    if (sigmaRules.length > 1) stats.correlations++;
    for (const key of new Set(report.filter((d) => d.code !== "convert/output-formatting").map(reasonKey))) count(stats.reasons, key);
    try {
      const spl = toSplWithReport(back.rules[back.rules.length - 1]!, { rules: back.rules });
      if (spl.spl.length > 0) stats.splRoundTrip.ok++;
    } catch (e) {
      if (!isRuleError(e)) throw e;
      count(stats.splRoundTrip.failed, reasonKey(e.diagnostics[0]!));
    }
  }
  stats.ms = performance.now() - t0;
  return stats;
}

/** toSpl over every SigmaHQ rule that loads: written, written without a log source, refused (why). */
function splOverSigmaHQ() {
  let written = 0;
  let noLogsource = 0;
  const approximations = new Map<string, number>();
  const refused = new Map<string, number>();
  for (const f of files(sigmaCorpus, (p) => p.endsWith("/regression_data"))) {
    const text = readFileSync(f, "utf8");
    const rules = loadSigmaText(text, { file: f }).rules;
    for (const r of rules) {
      if (r.ruleType === "filter") continue;
      try {
        const out = toSplWithReport(r, { rules });
        written++;
        if (out.report.some((d) => d.code === "convert/unmapped-logsource")) noLogsource++;
        for (const k of new Set(out.report.filter((d) => d.code === "backend/approximation").map(reasonKey))) count(approximations, k);
      } catch (e) {
        if (!isRuleError(e)) throw e;
        count(refused, reasonKey(e.diagnostics[0]!));
      }
    }
  }
  return { written, noLogsource, approximations, refused };
}

function fixedPointOverSigmaHQ() {
  const statuses = new Map<string, number>();
  const notFixed: string[] = [];
  const reasons = new Map<string, number>();
  let n = 0;
  const t0 = performance.now();
  for (const f of files(sigmaCorpus, (p) => p.endsWith("/regression_data"))) {
    n++;
    const r = checkSigmaFixedPoint(readFileSync(f, "utf8"), f);
    count(statuses, r.status);
    if (r.status !== "fixed") {
      notFixed.push(`| \`${relative(sigmaCorpus, f)}\` | ${r.status} | ${cell(r.reason ?? "")} |`);
      count(reasons, `${r.status}: ${(r.reason ?? "").replace(/`[^`]*`/g, "`…`").replace(/"[^"]*"/g, '"…"').slice(0, 120)}`);
    }
  }
  return { n, statuses, notFixed, reasons, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const converted = await writeConvertedSeeds();
  if (!existsSync(detectionsDir)) throw new Error(`security_content corpus not found at ${detectionsDir}`);
  const s = await convertCorpus();
  const fp = existsSync(sigmaCorpus) ? fixedPointOverSigmaHQ() : undefined;
  const splOut = existsSync(sigmaCorpus) ? splOverSigmaHQ() : undefined;
  const ok = s.grades.full + s.grades.formatting;
  const lines: string[] = [];
  const p = (x = "") => lines.push(x);
  p("# Splunk detections to Sigma (and back)");
  p();
  p("Generated by `npm run docs:spl-to-sigma` (`scripts/spl-to-sigma-report.ts`); do not edit by hand.");
  p();
  p("rulecast converts a Splunk security_content detection into the shared AST with the SPL front-end, then into Sigma with `toSigma` (`src/convert/`, `src/backends/sigma/`). The reverse direction, `toSpl` (`src/backends/spl/`), writes a Sigma rule as the search a Splunk user would write.");
  p();
  p("## Corpus result");
  p();
  p(`Every non-deprecated detection of \`../shared/corpus/splunk/security_content/detections\` (${s.total} files), with the corpus' macros (speed: \`npm run bench:sigma-emit\`):`);
  p();
  p("| result | detections | share |");
  p("| --- | ---: | ---: |");
  p(`| converted fully (the search is only a filter) | ${s.grades.full} | ${pct(s.grades.full, s.total)}% |`);
  p(`| converted, only output formatting dropped or kept as \`fields\` | ${s.grades.formatting} | ${pct(s.grades.formatting, s.total)}% |`);
  p(`| **fully or only formatting** | **${ok}** | **${pct(ok, s.total)}%** |`);
  p(`| converted partially (correlation, or a listed approximation / dropped part) | ${s.grades.partial} | ${pct(s.grades.partial, s.total)}% |`);
  p(`| not converted | ${s.grades.failed} | ${pct(s.grades.failed, s.total)}% |`);
  p();
  p(`Converted rules that fail the official Sigma JSON schema (checked by reloading each emitted file with the Sigma front-end, which validates with ajv): **${s.schemaInvalid.length}**.${s.schemaInvalid.length ? " " + s.schemaInvalid.slice(0, 10).map((x) => `\`${cell(x)}\``).join("; ") : ""}`);
  p();
  p(`Thresholds that became a Sigma correlation rule (two documents: base rule + correlation): ${s.correlations}.`);
  p();
  p(`Sigma -> SPL of every converted rule (the correlation resolved against its base rule): ${s.splRoundTrip.ok} written; refused: ${[...s.splRoundTrip.failed.values()].reduce((a, b) => a + b, 0)}${s.splRoundTrip.failed.size ? ` (${sorted(s.splRoundTrip.failed).map(([k, v]) => `${v}× ${cell(k)}`).join("; ")})` : ""}.`);
  p();
  p("### Why a detection converted only partially (a detection can have several reasons)");
  p();
  p("| reason | detections |");
  p("| --- | ---: |");
  for (const [k, v] of sorted(s.reasons)) p(`| ${cell(k)} | ${v} |`);
  p();
  p("### Why a detection did not convert");
  p();
  p("| reason (first error) | detections |");
  p("| --- | ---: |");
  for (const [k, v] of sorted(s.failures)) p(`| ${cell(k)} | ${v} |`);
  p();
  p(readFileSync(join(root, "scripts/spl-to-sigma-mapping.md"), "utf8").trimEnd());
  p();
  p("### Built-in log source table (`BUILTIN_LOGSOURCES`)");
  p();
  p("| Splunk | Sigma logsource |");
  p("| --- | --- |");
  for (const r of BUILTIN_LOGSOURCES) {
    const from = r.macro ? `\`${r.macro}\`` : r.source ? `source="${r.source}"` : r.sourcetype ? `sourcetype="${r.sourcetype}"` : `datamodel=${r.datamodel}`;
    p(`| ${from} | ${Object.entries(r.logsource).map(([k, v]) => `${k}: ${v}`).join(", ")} |`);
  }
  p();
  p(`Correlation window when the search has no \`bin _time span=\`: ${DEFAULT_CORRELATION_TIMESPAN} (ESCU runs detections hourly over \`-70m@m\`..\`-10m@m\`).`);
  p();
  p("## Sigma fixed point over SigmaHQ");
  p();
  if (!fp) p("The SigmaHQ corpus was not found; not checked.");
  else {
    p(`For every Sigma file x of \`../shared/corpus/sigmahq\` (${fp.n} files, \`regression_data/\` excluded: it holds test metadata, not rules), \`emit(load(x))\` must reload to an AST equal to \`load(x)\` (\`astEqual\`, positions ignored) and re-emit to the same text. \`expand\` placeholders get two fixed values each.`);
    p();
    p("| status | files |");
    p("| --- | ---: |");
    for (const [k, v] of sorted(fp.statuses)) p(`| ${k} | ${v} |`);
    p();
    p("Every file that loads reaches the fixed point. The files that do not load are rejected by the Sigma front-end (not by the emitter), for these reasons:");
    p();
    p("| reason | files |");
    p("| --- | ---: |");
    for (const [k, v] of sorted(fp.reasons)) p(`| ${cell(k)} | ${v} |`);
    p();
    p("<details><summary>Every file that is not at the fixed point</summary>");
    p();
    p("| file | status | reason |");
    p("| --- | --- | --- |");
    for (const l of fp.notFixed) p(l);
    p();
    p("</details>");
  }
  p();
  p("## SigmaHQ to SPL");
  p();
  if (!splOut) p("The SigmaHQ corpus was not found; not checked.");
  else {
    p(`\`toSpl\` over every SigmaHQ rule that loads: ${splOut.written} written, of which ${splOut.noLogsource} have no SPL log source (their logsource matches no table row: the search is written without one, with a \`convert/unmapped-logsource\` warning); ${[...splOut.refused.values()].reduce((a, b) => a + b, 0)} refused.`);
    p();
    p("| refused or approximated because | rules |");
    p("| --- | ---: |");
    for (const [k, v] of sorted(splOut.refused)) p(`| ${cell(k)} | ${v} |`);
    for (const [k, v] of sorted(splOut.approximations)) p(`| ${cell(k)} | ${v} |`);
  }
  p();
  p(`Converted seed rules written: ${converted.map((c) => `\`${c}\``).join(", ")}.`);
  writeFileSync(join(root, "docs/spl-to-sigma.md"), lines.join("\n") + "\n");
  process.stdout.write(`docs/spl-to-sigma.md: ${s.total} detections, ${pct(ok, s.total)}% fully or formatting-only, ${s.grades.partial} partial, ${s.grades.failed} failed, ${s.schemaInvalid.length} schema-invalid${fp ? `; SigmaHQ fixed point ${fp.statuses.get("fixed") ?? 0}/${fp.n}` : ""}\n`);
}

await main();
