/**
 * Regex safety on the real corpus: how many SigmaHQ `re` patterns a backtracking engine
 * could run super-linearly, and what the linear-time engines cost against JavaScript's
 * RegExp on ordinary values (ratios measured in this process). Run: `npx tsx bench/regex.ts`.
 * Needs ../shared/corpus/sigmahq (skipped with a message when absent).
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRules } from "../src/api/load-files.js";
import type { Expr } from "../src/ast/expr.js";
import { analyseRegex, compileSafeRegex, linearRegexProgram, toJsRegExp, type BacktrackingComplexity } from "../src/regex/index.js";
import { rcLinearRegex } from "../src/backends/matcher/runtime.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = resolve(root, "../shared/corpus/sigmahq/rules");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} not found\n`);
  process.exit(0);
}

const regexes: { pattern: string; flags: { i: boolean; m: boolean; s: boolean } }[] = [];
const walk = (e: Expr): void => {
  if (e.kind === "Regex") regexes.push({ pattern: e.pattern, flags: e.flags });
  else if (e.kind === "And" || e.kind === "Or") e.children.forEach(walk);
  else if (e.kind === "Not") walk(e.child);
};
const loaded = await loadRules(corpus);
for (const r of loaded.rules) if (r.filter) walk(r.filter);

const counts: Record<BacktrackingComplexity | "refused", number> = { linear: 0, polynomial: 0, exponential: 0, unknown: 0, refused: 0 };
const usable: typeof regexes = [];
let analyseMs = 0;
for (const r of regexes) {
  try {
    const t = performance.now();
    counts[analyseRegex(r.pattern, r.flags).complexity]++;
    analyseMs += performance.now() - t;
    usable.push(r);
  } catch {
    counts.refused++;
  }
}
process.stdout.write(`SigmaHQ rules: ${loaded.rules.length}; regex predicates: ${regexes.length}\n`);
process.stdout.write(`backtracking complexity: ${JSON.stringify(counts)}; analysis ${(analyseMs / Math.max(1, usable.length)).toFixed(2)} ms per pattern\n`);

// Ordinary values: command-line-like text of 40..400 characters.
const values: string[] = [];
for (let k = 0; k < 200; k++) values.push(`C:\\Windows\\System32\\cmd.exe /c echo ${"x".repeat(k % 10 * 40)} powershell -enc ${k}`);

function time(label: string, tests: ((s: string) => boolean)[]): number {
  let hits = 0;
  const started = performance.now();
  for (let round = 0; round < 3; round++) for (const t of tests) for (const v of values) if (t(v)) hits++;
  const ms = performance.now() - started;
  process.stdout.write(`${label}: ${ms.toFixed(0)} ms (${hits} hits)\n`);
  return ms;
}
const native = usable.map((r) => {
  const js = toJsRegExp(r.pattern, r.flags);
  const re = new RegExp(js.source, js.flags);
  return (s: string) => re.test(s);
});
const dfa = usable.map((r) => {
  const re = compileSafeRegex(r.pattern, r.flags);
  return (s: string) => re.test(s);
});
const nfa = usable.map((r) => {
  const p = linearRegexProgram(r.pattern, r.flags);
  const re = rcLinearRegex(p.program as never, p.start);
  return (s: string) => re.test(s);
});
const base = time("RegExp (baseline)", native);
const dfaMs = time("lazy DFA (compileSafeRegex)", dfa);
const nfaMs = time("rcLinearRegex (lazy DFA in generated modules)", nfa);
process.stdout.write(`ratios vs RegExp: compileSafeRegex ${(dfaMs / base).toFixed(2)}x, rcLinearRegex ${(nfaMs / base).toFixed(2)}x\n`);
