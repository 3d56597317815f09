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
import { linesOfText, planRun, runMatcherBatches, type RunResult } from "../src/run/index.js";
import { RuleDispatch } from "../src/run/dispatch.js";
import { PROJECT_ROOT, regressionCases, sigmahqAvailable, sigmahqRuleFiles, withRegressionPipeline } from "../test/elastic/sigmahq-corpus.js";

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

const mapped = withRegressionPipeline(rules);
// The matcher part measures what `rulecast run --matches` does: the public runner over NDJSON
// lines (parse, rule dispatch, tests, results), with dispatch on and off, against bare JSON.parse.
const plan = planRun(mapped);
const matchers = plan.matchers;
const texts = regressionCases().flatMap((c) => c.events.map((e) => JSON.stringify(e)));
// Runs over the regression events 20 and 60 times over: the difference of their times is the
// cost of 40 passes without the run's one-time setup (building the dispatch index, compiling
// regexes on first use), which cancels out; 40 passes keep the setup's own noise small.
const PASSES = 20;
const LONG = 3 * PASSES;
const ndjson = Array.from({ length: PASSES }, () => texts.join("\n")).join("\n");
const ndjsonLong = Array.from({ length: LONG }, () => texts.join("\n")).join("\n");
const events = texts.map((t) => JSON.parse(t) as unknown);

/** CPU time (ms) of this process since `start`: steadier than wall time on a shared machine. */
const cpuMs = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};
async function runnerPass(route: boolean, input = ndjson): Promise<{ ms: number; results: RunResult[] }> {
  const results: RunResult[] = [];
  const t0 = process.cpuUsage();
  for await (const batch of runMatcherBatches(matchers, linesOfText(input), { matchesOnly: true, route })) results.push(...batch);
  return { ms: cpuMs(t0), results };
}
// Interleaved, best of N: the runs see the same machine load. Without dispatch one pass of
// the regression events is enough (it takes seconds); with dispatch, the larger file.
let onceMs = Infinity;
let longMs = Infinity;
let unroutedMs = Infinity;
let parseMs = Infinity;
let setupMs = Infinity;
let routed: RunResult[] = [];
let unrouted: RunResult[] = [];
const onePass = texts.join("\n");
for (let round = 0; round < 3; round++) {
  const u = await runnerPass(false, onePass);
  unroutedMs = Math.min(unroutedMs, u.ms / texts.length);
  unrouted = u.results;
  for (let k = 0; k < 3; k++) {
    const r = await runnerPass(true);
    onceMs = Math.min(onceMs, r.ms);
    longMs = Math.min(longMs, (await runnerPass(true, ndjsonLong)).ms);
    routed = r.results.slice(0, r.results.length / PASSES);
    const t1 = process.cpuUsage();
    new RuleDispatch(matchers.map((m) => m.rule), matchers.map((m) => m.kind !== "correlation"));
    setupMs = Math.min(setupMs, cpuMs(t1));
    const t0 = process.cpuUsage();
    for (const t of texts) JSON.parse(t);
    parseMs = Math.min(parseMs, cpuMs(t0) / texts.length);
  }
}
// Per event in a long run: the setup cancels out of the difference.
const routedMs = (longMs - onceMs) / (texts.length * (LONG - PASSES));
const same = JSON.stringify(routed) === JSON.stringify(unrouted);
// Where a routed event's time goes: the dispatch (the same RuleDispatch the runner builds) and the rules it leaves.
const dispatch = new RuleDispatch(matchers.map((m) => m.rule), matchers.map((m) => m.kind !== "correlation"));
let tested = 0;
for (const e of events) tested += dispatch.route(e);
let dispatchMs = Infinity;
for (let k = 0; k < 15; k++) {
  const t0 = process.cpuUsage();
  for (const e of events) dispatch.route(e);
  dispatchMs = Math.min(dispatchMs, cpuMs(t0) / events.length);
}
const begin = matchers[0]!.beginEvent;
// Dispatch and tests of the candidates, less the dispatch alone.
let testMs = Infinity;
for (let k = 0; k < 15; k++) {
  const t0 = process.cpuUsage();
  for (const e of events) {
    const c = dispatch.route(e);
    begin();
    for (let j = 0; j < c; j++) matchers[dispatch.candidates[j]!]!.test(e);
  }
  testMs = Math.min(testMs, cpuMs(t0) / events.length - dispatchMs);
}
const n = events.length;
/** Per-event times (ms) as events/s and µs/event. */
const rate = (ms: number) => 1000 / ms;
const us = (ms: number) => (ms * 1000).toFixed(1);
const lines = [
  `${matchers.length} SigmaHQ rules (sigmahq-regression pipeline) over ${n} regression events (with dispatch: runs ${PASSES} and ${LONG} times over, the difference per line), the \`rulecast run --matches\` path (the runner over NDJSON lines), CPU time of one process, best of interleaved runs:`,
  "",
  "| run | events/s | µs/event | rules tested per event | rule tests/s | vs JSON.parse |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  `| bare JSON.parse of every line (baseline) | ${rate(parseMs).toFixed(0)} | ${us(parseMs)} | | | 1.00x |`,
  `| runner, every rule on every event (no dispatch) | ${rate(unroutedMs).toFixed(0)} | ${us(unroutedMs)} | ${matchers.length} (100%) | ${(rate(unroutedMs) * matchers.length).toFixed(0)} | ${(unroutedMs / parseMs).toFixed(1)}x |`,
  `| runner with rule dispatch (per event of a long run: setup excluded, see below) | ${rate(routedMs).toFixed(0)} | ${us(routedMs)} | ${(tested / n).toFixed(1)} (${((tested / n / matchers.length) * 100).toFixed(2)}%) | ${(rate(routedMs) * (tested / n)).toFixed(0)} | ${(routedMs / parseMs).toFixed(1)}x |`,
  "",
  `Rule dispatch: ${(unroutedMs / routedMs).toFixed(0)}x faster, ${routed.length} hits, ${same ? "identical to" : "DIFFERENT FROM"} the run without dispatch; equivalent to ${(rate(routedMs) * matchers.length / 1e6).toFixed(0)}M rule evaluations/s. Per routed event: dispatch (walk the event, find required literals) ${us(dispatchMs)} µs, testing the candidate rules ${us(testMs)} µs, JSON.parse ${us(parseMs)} µs, the rest is the runner's line handling and results. ${dispatch.literalCount} distinct literals are looked for; building the dispatch index (once per run) takes ${setupMs.toFixed(0)} ms.`,
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
  const how = [
    "",
    "How the runner picks the rules to test (`src/run/dispatch.ts`; strategy `selective`, `src/run/literal-gate.ts`, used by `runMatchers`/`rulecast run` from 64 gated rules on; below that, `few-fields`, `src/run/whole-value-gate.ts`, gates each rule on whole values of at most three fields shared by most rules, e.g. `verb` and `objectRef.resource`, as bit sets over the rules):",
    "from each rule's filter it derives necessary conditions (`src/run/required-literals.ts`): \"some value of field F contains literal L\" (optionally at the",
    "start/end, or equal), from Match/Keyword patterns, the plain runs of regexes, or \"F has a value\" (Regex, Cidr, Compare, FieldEquals); And keeps",
    "all, Or unions one per branch, Not gives none. Each rule is gated on up to 3 of them, least likely first. Per event one walk visits only the",
    "fields some condition names, and one Aho-Corasick automaton per field (over values folded as the AST folds case: ASCII letters, `ſ`, `K`)",
    "finds every literal. Exactness is tested: fast-check property (test/run/dispatch.property.test.ts) and this corpus both ways (test/run/dispatch-corpus.test.ts).",
  ];
  const section = [begin, "## SigmaHQ rules on the matcher (issue #5)", "", `Measured by \`npx tsx bench/convert.ts --write\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, on a shared 2-core machine (ratios matter more than absolute numbers).`, "", ...lines, ...how, end].join("\n");
  const current = readFileSync(doc, "utf8");
  const at = current.indexOf(begin);
  const next = at >= 0 ? current.slice(0, at) + section + current.slice(current.indexOf(end, at) + end.length) : current.trimEnd() + "\n\n" + section + "\n";
  writeFileSync(doc, next);
  console.log(`updated ${doc}`);
}
