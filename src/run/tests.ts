import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Rule, RuleTest } from "../ast/rule.js";
import { compileMatchers } from "../backends/matcher/compile.js";
import type { MatcherOptions } from "../backends/matcher/generate.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { readLineBatchesOf } from "./lines.js";
import { ruleKey, runMatchers } from "./runner.js";

export interface TestOptions extends Omit<MatcherOptions, "language" | "rules"> {
  /**
   * Directories where datasets named by URL are looked up by file name (security_content's
   * `attack_data` URLs cannot be fetched: `.../kubernetes_privileged_pod.json` is read
   * from `<dir>/kubernetes_privileged_pod.json`).
   */
  datasets?: readonly string[];
}

/** The outcome of one detection test. */
export interface RuleTestResult {
  readonly rule: string;
  readonly title: string;
  readonly file?: string;
  readonly test: string;
  readonly ok: boolean;
  /** Not run: its dataset is a URL with no local copy in `datasets` (reported as a warning, not a failure). */
  readonly skipped?: boolean;
  /** Why it failed (or what it saw, when it passed). */
  readonly message: string;
  /** 1-based lines of the dataset the rule's filter selected. */
  readonly lines: readonly number[];
  /** Rows of a pipeline or correlation. */
  readonly rows: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** Where a test's dataset is: relative to the rule file, or (a URL) by file name in `datasets`. */
export function resolveDataset(rule: Rule, test: RuleTest, datasets: readonly string[] = []): string | undefined {
  if (/^[a-z]+:\/\//i.test(test.dataset)) {
    const name = basename(new URL(test.dataset).pathname);
    for (const dir of datasets) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    return undefined;
  }
  const p = resolve(rule.file ? dirname(rule.file) : ".", test.dataset);
  return existsSync(p) ? p : undefined;
}

function sameLines(a: readonly number[], b: readonly number[]): boolean {
  const x = [...new Set(a)].sort((p, q) => p - q);
  const y = [...new Set(b)].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/**
 * Runs every rule's detection tests (`meta.tests`). A test passes when the rule fires
 * (`expect: fire`: the filter selects an event and, for a pipeline or correlation, the
 * whole rule gives a row) or does not (`no-fire`), and, when given, `count` equals the
 * number of events the filter selects and `lines` are exactly those events' lines.
 */
export async function runRuleTests(rules: readonly Rule[], options: TestOptions = {}): Promise<RuleTestResult[]> {
  const tested = rules.filter((r) => r.meta.tests.length > 0 && r.ruleType !== "filter");
  const { matchers, diagnostics } = compileMatchers(tested, { ...options, rules });
  const results: RuleTestResult[] = [];
  for (const rule of tested) {
    const m = matchers.find((x) => x.rule === rule);
    for (const test of rule.meta.tests) {
      const base = { rule: ruleKey(rule), title: rule.meta.title, file: rule.file, test: test.name };
      if (!m) {
        const own = diagnostics.filter((d) => d.file === rule.file);
        results.push({ ...base, ok: false, message: `the rule cannot run: ${own.map((d) => d.message).join("; ") || "not compiled"}`, lines: [], rows: 0, diagnostics: own });
        continue;
      }
      const path = resolveDataset(rule, test, options.datasets);
      if (!path) {
        // A remote dataset (security_content attack_data) cannot be fetched: without a local copy the test is skipped, with a warning.
        const remote = /^[a-z]+:\/\//i.test(test.dataset);
        const message = `test "${test.name}": dataset ${JSON.stringify(test.dataset)} not found${remote ? " (URL datasets are looked up by file name in --datasets directories; skipped)" : ""}`;
        const d = diagnostic("test/dataset-missing", message, { file: rule.file, pos: rule.meta.positions?.tests ?? rule.pos, severity: remote ? "warning" : "error" });
        results.push({ ...base, ok: remote, skipped: remote, message: d.message, lines: [], rows: 0, diagnostics: [d] });
        continue;
      }
      const runDiagnostics: Diagnostic[] = [];
      const selected: number[] = [];
      for await (const r of runMatchers([m], readLineBatchesOf(path), { matchesOnly: true, file: path, onDiagnostic: (d) => runDiagnostics.push(d) })) {
        if ("line" in r) selected.push(r.line);
      }
      let rows = 0;
      if (m.kind !== "filter") {
        for await (const r of runMatchers([m], readLineBatchesOf(path), { file: path, onDiagnostic: (d) => runDiagnostics.push(d) })) if ("row" in r) rows++;
      }
      const fired = m.kind === "filter" ? selected.length > 0 : rows > 0;
      const problems: string[] = [];
      if (test.expect === "fire" && !fired) problems.push("expected the rule to fire, it did not");
      if (test.expect === "no-fire" && fired) problems.push(`expected no result, the rule fired (lines ${selected.slice(0, 20).join(", ")}${m.kind !== "filter" ? `; ${rows} rows` : ""})`);
      if (test.count !== undefined && test.count !== selected.length) problems.push(`expected ${test.count} selected events, got ${selected.length}`);
      if (test.lines !== undefined && !sameLines(test.lines, selected)) problems.push(`expected lines [${test.lines.join(", ")}], got [${selected.join(", ")}]`);
      if (runDiagnostics.some((d) => d.severity === "error")) problems.push("errors while running (see diagnostics)");
      const seen = `${selected.length} event${selected.length === 1 ? "" : "s"} selected${m.kind !== "filter" ? `, ${rows} row${rows === 1 ? "" : "s"}` : ""}`;
      const ds = problems.length ? [...runDiagnostics, diagnostic("test/failed", `test "${test.name}": ${problems.join("; ")}`, { file: rule.file, pos: rule.pos })] : runDiagnostics;
      results.push({ ...base, ok: problems.length === 0, message: problems.length ? problems.join("; ") : seen, lines: selected, rows, diagnostics: ds });
    }
  }
  return results;
}
