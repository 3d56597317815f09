/**
 * The literal automata of rule dispatch on the SigmaHQ corpus: every SigmaHQ rule (with the
 * sigmahq-regression pipeline, as bench/convert.ts loads them) gives one RuleDispatch, whose
 * per-field Aho-Corasick automata scan the values of the regression events. Measured, CPU
 * time of one process, best of interleaved rounds, each against baselines in the same rounds:
 * - route: `dispatch.route(event)` over every event (µs/event);
 * - scan: only the scans route makes, replayed (automaton, value) in event order with a no-op
 *   sink (ns/char), and grouped per automaton (warm: each automaton's values in a row);
 * - baselines over the same values: summing `charCodeAt` of every character, `toLowerCase`;
 * - setup: `new RuleDispatch` (CPU ms), and its typed-array memory (the automata's bytes).
 * Run: npx tsx bench/literal-automaton.ts
 */
import { loadRules } from "../src/api/load-files.js";
import { planRun } from "../src/run/index.js";
import { RuleDispatch } from "../src/run/dispatch.js";
import { LiteralAutomaton, type LiteralSink } from "../src/run/literal-automaton.js";
import { regressionCases, sigmahqAvailable, sigmahqRuleFiles, withRegressionPipeline } from "../test/elastic/sigmahq-corpus.js";

if (!sigmahqAvailable) {
  console.error("skipped: the shared SigmaHQ corpus (../shared/corpus/sigmahq) is absent");
  process.exit(0);
}

const loaded = await loadRules(sigmahqRuleFiles());
const rules = loaded.rules.filter((r) => r.ruleType === "detection" && !r.correlation);
const mapped = withRegressionPipeline(rules);
const matchers = planRun(mapped).matchers;
const events = regressionCases().flatMap((c) => c.events);
const ruleList = matchers.map((m) => m.rule);
const gates = matchers.map((m) => m.kind !== "correlation");

/** CPU time (ms) of this process since `start`: steadier than wall time on a shared machine. */
const cpuMs = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};
function cpuTime(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  return cpuMs(t0);
}

// Setup time and memory: `arrayBuffers` counts the automata's typed arrays (off the JS heap),
// taken at the first build (later ones may see an earlier dispatch's arrays freed meanwhile).
let setupMs = Infinity;
let dispatch: RuleDispatch | undefined;
let arrayBytes = 0;
for (let k = 0; k < 3; k++) {
  dispatch = undefined;
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().arrayBuffers;
  const t0 = process.cpuUsage();
  dispatch = new RuleDispatch(ruleList, gates);
  setupMs = Math.min(setupMs, cpuMs(t0));
  if (k === 0) arrayBytes = process.memoryUsage().arrayBuffers - before;
}
const d = dispatch!;

// The scans route makes, recorded once by wrapping `scan`.
const scans: { automaton: LiteralAutomaton; value: string }[] = [];
const scan = LiteralAutomaton.prototype.scan;
LiteralAutomaton.prototype.scan = function (this: LiteralAutomaton, value: string, sink: LiteralSink) {
  scans.push({ automaton: this, value });
  scan.call(this, value, sink);
};
for (const e of events) d.route(e);
LiteralAutomaton.prototype.scan = scan;

const automata = [...new Set(scans.map((s) => s.automaton))];
const values = scans.map((s) => s.value);
const chars = values.reduce((n, v) => n + v.length, 0);
/** Bytes of an object's typed arrays. */
const typedBytes = (o: object) => Object.values(o).reduce((n: number, v) => n + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
const scannedBytes = automata.reduce((n, a) => n + typedBytes(a), 0);
const grouped = automata.map((a) => ({ automaton: a, values: scans.filter((s) => s.automaton === a).map((s) => s.value) }));

let hits = 0;
const countingSink: LiteralSink = { found: () => void hits++ };
for (const s of scans) s.automaton.scan(s.value, countingSink);
const noop: LiteralSink = { found: () => {} };

/** Baselines: reading every character, and lower-casing every value (a 32-bit sum keeps the work observable). */
function sumCodes(values: readonly string[]): number {
  let x = 0;
  for (let v = 0; v < values.length; v++) {
    const s = values[v]!;
    for (let i = 0; i < s.length; i++) x = (x + s.charCodeAt(i)) | 0;
  }
  return x;
}
function lowerCase(values: readonly string[]): number {
  let x = 0;
  for (let v = 0; v < values.length; v++) x = (x + values[v]!.toLowerCase().length) | 0;
  return x;
}
let sum = 0;
const timings = { route: Infinity, scanInOrder: Infinity, scanGrouped: Infinity, charCodeAt: Infinity, toLowerCase: Infinity };
const best = (key: keyof typeof timings, ms: number) => (timings[key] = Math.min(timings[key], ms));
for (let round = 0; round < 15; round++) {
  best("charCodeAt", cpuTime(() => void (sum ^= sumCodes(values))));
  best("toLowerCase", cpuTime(() => void (sum ^= lowerCase(values))));
  best("scanInOrder", cpuTime(() => {
    for (let k = 0; k < scans.length; k++) scans[k]!.automaton.scan(scans[k]!.value, noop);
  }));
  best("scanGrouped", cpuTime(() => {
    for (const g of grouped) for (let k = 0; k < g.values.length; k++) g.automaton.scan(g.values[k]!, noop);
  }));
  best("route", cpuTime(() => {
    for (let k = 0; k < events.length; k++) d.route(events[k]);
  }));
}

const ns = (ms: number) => ((ms * 1e6) / chars).toFixed(2);
const us = (ms: number) => ((ms * 1e3) / events.length).toFixed(2);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const states = automata.map((a) => a.states).sort((x, y) => y - x);
console.log(`${matchers.length} SigmaHQ rules over ${events.length} regression events: ${d.literalCount} literals; ${automata.length} automata scanned (largest ${states.slice(0, 4).join(", ")} states), ${scans.length} scans, ${chars} chars (${(chars / events.length).toFixed(0)} per event), ${hits} occurrences`);
console.log(`setup: new RuleDispatch ${setupMs.toFixed(0)} ms CPU; typed arrays ${mb(arrayBytes)} MB for the whole dispatch, ${mb(scannedBytes)} MB in the automata scanned`);
console.log("per character of scanned values (ns/char) and per event (µs/event), CPU, best of 15 interleaved rounds:");
console.log(`  baseline charCodeAt sum    ${ns(timings.charCodeAt).padStart(7)} ns/char  ${us(timings.charCodeAt).padStart(7)} µs/event  1.00x`);
console.log(`  baseline toLowerCase       ${ns(timings.toLowerCase).padStart(7)} ns/char  ${us(timings.toLowerCase).padStart(7)} µs/event  ${(timings.toLowerCase / timings.charCodeAt).toFixed(2)}x`);
console.log(`  scan, event order          ${ns(timings.scanInOrder).padStart(7)} ns/char  ${us(timings.scanInOrder).padStart(7)} µs/event  ${(timings.scanInOrder / timings.charCodeAt).toFixed(2)}x`);
console.log(`  scan, grouped by automaton ${ns(timings.scanGrouped).padStart(7)} ns/char  ${us(timings.scanGrouped).padStart(7)} µs/event  ${(timings.scanGrouped / timings.charCodeAt).toFixed(2)}x`);
console.log(`  dispatch.route(event)      ${"".padStart(7)}          ${us(timings.route).padStart(7)} µs/event  ${(timings.route / timings.charCodeAt).toFixed(2)}x`);
if (sum === 0.5) console.log(sum); // uses the baselines' results
