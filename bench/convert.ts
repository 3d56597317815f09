/**
 * Elastic conversion and matcher throughput over the SigmaHQ corpus (../shared/corpus/sigmahq).
 * Each number is printed with a baseline measured in the same process, so machines compare:
 * - conversion: rules/s per format, against JSON.stringify of the same rule ASTs;
 * - matcher: every SigmaHQ rule (with the sigmahq-regression pipeline) over every regression
 *   event, as events/s (all rules per event) and rule evaluations/s, on one core, against
 *   JSON.parse of the same events (the cost of merely reading them).
 * Run: npx tsx bench/convert.ts
 */
import { loadRules } from "../src/api/load-files.js";
import type { Rule } from "../src/ast/rule.js";
import { compileMatchers } from "../src/backends/matcher/index.js";
import { toLucene } from "../src/backends/lucene/index.js";
import { toQueryDsl } from "../src/backends/dsl/index.js";
import { toEsql } from "../src/backends/esql/index.js";
import { toElasticRule } from "../src/backends/elastic-rule/index.js";
import { applyPipeline, builtinPipelines } from "../src/pipelines/index.js";
import { regressionCases, sigmahqAvailable, sigmahqRuleFiles } from "../test/elastic/sigmahq-corpus.js";

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
const { matchers } = compileMatchers(mapped);
const texts = regressionCases().flatMap((c) => c.events.map((e) => JSON.stringify(e)));
const events = texts.map((t) => JSON.parse(t) as unknown);
const parse = timeIt(() => texts.forEach((t) => JSON.parse(t)));
const parseRate = perSecond(texts.length, parse);
let hits = 0;
const run = timeIt(() => {
  hits = 0;
  for (const e of events) for (const m of matchers) if (m.match(e)) hits++;
}, 3000);
const eventRate = perSecond(events.length, run);
console.log(`matcher: ${matchers.length} rules x ${events.length} events (${hits} hits per pass)`);
console.log(`  ${eventRate.toFixed(0)} events/s with all rules; ${(eventRate * matchers.length).toFixed(0)} rule evaluations/s (one core)`);
console.log(`  baseline JSON.parse: ${parseRate.toFixed(0)} events/s; matcher with all rules costs ${(parseRate / eventRate).toFixed(1)}x a parse`);
