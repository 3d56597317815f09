/**
 * Elastic conversion and matcher throughput over the SigmaHQ corpus (../shared/corpus/sigmahq).
 * Each number is printed with a baseline measured in the same process, so machines compare:
 * - conversion: rules/s per format, against JSON.stringify of the same rule ASTs;
 * - matcher: every SigmaHQ rule (with the sigmahq-regression pipeline) over every regression
 *   event through the runner `rulecast run --matches` uses, with and without rule dispatch,
 *   as events/s, rules tested per event and rule tests/s, on one core, against JSON.parse of
 *   the same events (the cost of merely reading them); hits must be identical.
 * Run: npx tsx bench/convert.ts [--write]   (--write: refresh its section of docs/benchmarks.md)
 */
import { loadRules } from "../src/api/load-files.js";
import type { Rule } from "../src/ast/rule.js";
import { readFileSync, writeFileSync } from "node:fs";
import { toLucene } from "../src/backends/lucene/index.js";
import { toQueryDsl } from "../src/backends/dsl/index.js";
import { toEsql } from "../src/backends/esql/index.js";
import { toElasticRule } from "../src/backends/elastic-rule/index.js";
import { applyPipeline, builtinPipelines } from "../src/pipelines/index.js";
import { linesOfText, planRun, runMatchers, type RunResult } from "../src/run/index.js";
import { RuleDispatch } from "../src/run/dispatch.js";
import { PROJECT_ROOT, regressionCases, sigmahqAvailable, sigmahqRuleFiles } from "../test/elastic/sigmahq-corpus.js";

if (!sigmahqAvailable) {
  console.error("skipped: the shared SigmaHQ corpus (../shared/corpus/sigmahq) is absent");
  process.exit(0);
}

function timeIt(fn: () => void, minMs = 1500): { runs: number; ms: number } {
  fn(); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let ms = 0;
  while (ms < minMs) {
    fn();
    runs++;
    ms = performance.now() - t0;
  }
  return { runs, ms };
}

const loaded = await loadRules(sigmahqRuleFiles());
const rules = loaded.rules.filter((r) => r.ruleType === "detection" && !r.correlation);
console.log(`SigmaHQ: ${rules.length} detection rules`);

const perSecond = (n: number, t: { runs: number; ms: number }) => (n * t.runs * 1000) / t.ms;
const base = timeIt(() => rules.forEach((r) => JSON.stringify(r)));
const baseRate = perSecond(rules.length, base);
console.log(`baseline JSON.stringify(rule): ${baseRate.toFixed(0)} rules/s`);
const formats: Record<string, (r: Rule) => unknown> = {
  lucene: (r) => toLucene(r),
  dsl: (r) => toQueryDsl(r),
  esql: (r) => toEsql(r),
  "elastic-rule": (r) => toElasticRule(r),
};
for (const [name, convert] of Object.entries(formats)) {
  const t = timeIt(() => {
    for (const r of rules) {
      try {
        convert(r);
      } catch {
        /* refusals count: they are part of converting */
      }
    }
  });
  const rate = perSecond(rules.length, t);
  console.log(`convert ${name.padEnd(13)} ${rate.toFixed(0).padStart(8)} rules/s  (${(rate / baseRate).toFixed(2)}x baseline)`);
}

const pipeline = builtinPipelines()["sigmahq-regression"]!;
const mapped = rules.flatMap((r) => {
  try {
    return [applyPipeline(r, pipeline)];
  } catch {
    return [];
  }
});
// The matcher part measures what `rulecast run --matches` does: the public runner over NDJSON
// lines (parse, rule dispatch, tests, results), with dispatch on and off, against bare JSON.parse.
const plan = planRun(mapped);
const matchers = plan.matchers;
const texts = regressionCases().flatMap((c) => c.events.map((e) => JSON.stringify(e)));
const ndjson = texts.join("\n");
const events = texts.map((t) => JSON.parse(t) as unknown);

async function runnerPass(route: boolean): Promise<{ ms: number; results: RunResult[] }> {
  const results: RunResult[] = [];
  const t0 = performance.now();
  for await (const r of runMatchers(matchers, linesOfText(ndjson), { matchesOnly: true, route })) results.push(r);
  return { ms: performance.now() - t0, results };
}
// Interleaved, best of N: the two runs see the same machine load.
let routedMs = Infinity;
let unroutedMs = Infinity;
let parseMs = Infinity;
let routed: RunResult[] = [];
let unrouted: RunResult[] = [];
for (let round = 0; round < 3; round++) {
  const u = await runnerPass(false);
  unroutedMs = Math.min(unroutedMs, u.ms);
  unrouted = u.results;
  for (let k = 0; k < 5; k++) {
    const r = await runnerPass(true);
    routedMs = Math.min(routedMs, r.ms);
    routed = r.results;
    const t0 = performance.now();
    for (const t of texts) JSON.parse(t);
    parseMs = Math.min(parseMs, performance.now() - t0);
  }
}
const same = JSON.stringify(routed) === JSON.stringify(unrouted);
// Where a routed event's time goes: the dispatch (the same RuleDispatch the runner builds) and the rules it leaves.
const dispatch = new RuleDispatch(matchers.map((m) => m.rule), matchers.map((m) => m.kind !== "correlation"));
let tested = 0;
for (const e of events) tested += dispatch.route(e);
let dispatchMs = Infinity;
for (let k = 0; k < 15; k++) {
  const t0 = performance.now();
  for (const e of events) dispatch.route(e);
  dispatchMs = Math.min(dispatchMs, performance.now() - t0);
}
const begin = matchers[0]!.beginEvent;
let testMs = Infinity;
for (let k = 0; k < 15; k++) {
  let ms = 0;
  for (const e of events) {
    const n = dispatch.route(e);
    const t0 = performance.now();
    begin();
    for (let c = 0; c < n; c++) matchers[dispatch.candidates[c]!]!.test(e);
    ms += performance.now() - t0;
  }
  testMs = Math.min(testMs, ms);
}
const n = events.length;
const rate = (ms: number) => (n * 1000) / ms;
const us = (ms: number) => ((ms * 1000) / n).toFixed(1);
const lines = [
  `${matchers.length} SigmaHQ rules (sigmahq-regression pipeline) over ${n} regression events, \`rulecast run --matches\` path (runMatchers over NDJSON lines), one core, best of interleaved runs:`,
  "",
  "| run | events/s | µs/event | rules tested per event | rule tests/s | vs JSON.parse |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  `| bare JSON.parse of every line (baseline) | ${rate(parseMs).toFixed(0)} | ${us(parseMs)} | | | 1.00x |`,
  `| runner, every rule on every event (no dispatch) | ${rate(unroutedMs).toFixed(0)} | ${us(unroutedMs)} | ${matchers.length} (100%) | ${(rate(unroutedMs) * matchers.length).toFixed(0)} | ${(unroutedMs / parseMs).toFixed(1)}x |`,
  `| runner with rule dispatch | ${rate(routedMs).toFixed(0)} | ${us(routedMs)} | ${(tested / n).toFixed(1)} (${((tested / n / matchers.length) * 100).toFixed(2)}%) | ${(rate(routedMs) * (tested / n)).toFixed(0)} | ${(routedMs / parseMs).toFixed(1)}x |`,
  "",
  `Rule dispatch: ${(unroutedMs / routedMs).toFixed(0)}x faster, ${routed.length} hits, ${same ? "identical to" : "DIFFERENT FROM"} the run without dispatch; equivalent to ${(rate(routedMs) * matchers.length / 1e6).toFixed(0)}M rule evaluations/s. Per routed event: dispatch (walk the event, find required literals) ${us(dispatchMs)} µs, testing the candidate rules ${us(testMs)} µs, JSON.parse ${us(parseMs)} µs, the rest is the runner's line handling and results. ${dispatch.literalCount} distinct literals are looked for.`,
];
console.log(lines.join("\n"));
if (!same) {
  console.error("rule dispatch changed the hits");
  process.exitCode = 1;
}
if (process.argv.includes("--write")) {
  const doc = `${PROJECT_ROOT}/docs/benchmarks.md`;
  const begin = "<!-- sigmahq-matcher:start (generated by `npx tsx bench/convert.ts --write`) -->";
  const end = "<!-- sigmahq-matcher:end -->";
  const section = [begin, "## SigmaHQ rules on the matcher (issue #5)", "", `Measured on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, on a shared 2-core machine (ratios matter more than absolute numbers).`, "", ...lines, end].join("\n");
  const current = readFileSync(doc, "utf8");
  const at = current.indexOf(begin);
  const next = at >= 0 ? current.slice(0, at) + section + current.slice(current.indexOf(end, at) + end.length) : current.trimEnd() + "\n\n" + section + "\n";
  writeFileSync(doc, next);
  console.log(`updated ${doc}`);
}
