import type { Rule } from "../ast/rule.js";
import { compileMatchers, type CompiledMatcher } from "../backends/matcher/compile.js";
import type { MatcherOptions } from "../backends/matcher/generate.js";
import type { MatcherRun } from "../backends/matcher/compile.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { RuleDispatch } from "./dispatch.js";
import type { InputLine } from "./lines.js";
import { isUnspecified, ruleAppliesTo, type InputLogSource } from "./logsource.js";

/** What a run prints: a selected event line, or a pipeline/correlation row. */
export type RunResult =
  | { readonly rule: string; readonly title: string; readonly line: number }
  | { readonly rule: string; readonly title: string; readonly row: Record<string, unknown> };

export interface RunOptions extends Omit<MatcherOptions, "language" | "rules"> {
  /** The input's log source; rules whose log source disagrees are not run. Unset: every rule runs. */
  logsource?: InputLogSource;
  /** Stop every rule after its filter: report selected event lines only (no pipeline, no correlation). */
  matchesOnly?: boolean;
  /** The file name for diagnostics about input lines. */
  file?: string;
  /** Called for each problem found while running (bad input lines, state limits). */
  onDiagnostic?: (d: Diagnostic) => void;
  /**
   * Rule dispatch ({@link RuleDispatch}): test only the rules that may match each event.
   * `true` or unset: on; `false`: test every rule on every event. Below
   * {@link MIN_ROUTED_RULES} gated rules dispatch looks up whole values of at most three
   * fields (`"few-fields"`: cheap per event); from there on it searches each rule's least
   * likely literals. A strategy name forces that strategy. Results are the same either way.
   */
  route?: boolean | "selective" | "few-fields";
}

/** The rules a run will evaluate, and why the others are not. */
export interface RunPlan {
  readonly matchers: readonly CompiledMatcher[];
  /** Rules not compiled (the matcher cannot run them), as diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
  /** Rules skipped because their log source does not match the input's. */
  readonly skipped: readonly Rule[];
  /** Sigma filter rules: already applied to the rules they name by `loadRules`. */
  readonly filters: readonly Rule[];
  /** True when no input log source was given (every rule runs). */
  readonly unrouted: boolean;
}

/** Compiles the rules that apply to the input (one shared module for all of them). */
export function planRun(rules: readonly Rule[], options: RunOptions = {}): RunPlan {
  const input = options.logsource ?? {};
  const unrouted = isUnspecified(input);
  const filters = rules.filter((r) => r.ruleType === "filter");
  const candidates = rules.filter((r) => r.ruleType !== "filter");
  const applies = candidates.filter((r) => unrouted || ruleAppliesTo(r, input));
  const skipped = candidates.filter((r) => !applies.includes(r));
  const { matchers, diagnostics } = compileMatchers(applies, { ...options, rules });
  return { matchers, diagnostics, skipped, filters, unrouted };
}

/** The name a result line gives a rule: its id, else its Sigma name, else its title. */
export function ruleKey(rule: Rule): string {
  return rule.meta.id ?? rule.meta.name ?? rule.meta.title;
}

/**
 * Fewest gated rules for which dispatch searches each rule's least likely literals. Measured
 * (bench/matcher.ts, bench/convert.ts): on 22 Kubernetes rules that search costs more than it
 * saves (a whole-value lookup on at most three fields is used instead: matching cost over
 * JSON.parse went from +51% to +20%); on thousands of SigmaHQ rules it is orders of
 * magnitude faster than testing every rule.
 */
export const MIN_ROUTED_RULES = 64;

/** Lines of an in-memory input run between two result batches (bounds the memory a batch holds). */
const SYNC_BATCH_LINES = 256;

/**
 * Runs compiled rules over NDJSON lines, streaming: filter rules report each selected line
 * as it is read (constant memory); pipelines report their rows at the end; correlations
 * report windows as they fire. Lines that are not JSON objects are reported
 * (`run/invalid-event`) and skipped. A rule that exceeds its state limit is reported
 * (`run/state-limit`) and stopped; the others go on.
 *
 * @example
 * ```ts
 * for await (const r of runMatchers(planRun(rules).matchers, linesOfText(ndjson))) console.log(r);
 * ```
 */
export async function* runMatchers(
  matchers: readonly CompiledMatcher[],
  lines: Iterable<InputLine> | AsyncIterable<InputLine | readonly InputLine[]>,
  options: RunOptions = {},
): AsyncGenerator<RunResult> {
  for await (const batch of runMatcherBatches(matchers, lines, options)) yield* batch;
}

/**
 * {@link runMatchers}, yielding the results in batches (one per batch of input lines, at most
 * a few hundred lines each) in the same order: one `await` per batch instead of one per
 * result, for consumers that handle many results (the CLI writes each batch at once).
 */
export async function* runMatcherBatches(
  matchers: readonly CompiledMatcher[],
  lines: Iterable<InputLine> | AsyncIterable<InputLine | readonly InputLine[]>,
  options: RunOptions = {},
): AsyncGenerator<RunResult[]> {
  const report = options.onDiagnostic ?? (() => {});
  const active = matchers.map((m) => ({
    m,
    key: ruleKey(m.rule),
    run: options.matchesOnly || m.kind === "filter" ? undefined : m.start(),
    stopped: false,
  }));
  // Matchers compiled together share one `beginEvent`: shared predicates then run once per event.
  const begins = [...new Set(matchers.map((m) => m.beginEvent))];
  // Only rules whose required literals occur in the event are tested (correlations always are).
  const gate = matchers.map((m) => m.kind !== "correlation");
  const strategy = typeof options.route === "string" ? options.route : gate.filter(Boolean).length >= MIN_ROUTED_RULES ? "selective" : "few-fields";
  const dispatch = options.route !== false ? new RuleDispatch(matchers.map((m) => m.rule), gate, { strategy }) : undefined;
  const gated = dispatch !== undefined && !dispatch.empty;
  const candidates = dispatch?.candidates ?? new Int32Array(0);
  const stop = (a: (typeof active)[number], e: unknown, line?: number) => {
    a.stopped = true;
    const message = e instanceof Error ? e.message : String(e);
    const code = e instanceof Error && e.name === "RcStateLimit" ? "run/state-limit" : "internal/unexpected";
    report(diagnostic(code, `rule ${a.key}: ${message}; the rule is stopped`, { file: options.file, pos: line ? { line, column: 1 } : undefined }));
  };
  let out: RunResult[] = [];
  const flush = (): RunResult[] => {
    const batch = out;
    out = [];
    return batch;
  };
  const onLine = (line: number, text: string, skipped?: string): void => {
    if (skipped !== undefined) {
      report(diagnostic("run/invalid-event", skipped, { file: options.file, pos: { line, column: 1 } }));
      return;
    }
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "")) return;
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch (e) {
      report(diagnostic("run/invalid-event", `not JSON: ${(e as Error).message}`, { file: options.file, pos: { line, column: 1 } }));
      return;
    }
    if (event === null || typeof event !== "object" || Array.isArray(event)) {
      report(diagnostic("run/invalid-event", `not a JSON object (${event === null ? "null" : Array.isArray(event) ? "an array" : typeof event})`, { file: options.file, pos: { line, column: 1 } }));
      return;
    }
    const count = gated ? dispatch!.route(event, text) : active.length;
    // Most events have no candidate rule: they cost no memo reset and no context.
    if (count === 0) return;
    const ctx = { raw: text, line };
    for (let b = 0; b < begins.length; b++) begins[b]!();
    for (let k = 0; k < count; k++) {
      const a = active[gated ? candidates[k]! : k]!;
      if (a.stopped) continue;
      if (a.run === undefined) {
        if (a.m.test(event, ctx)) out.push({ rule: a.key, title: a.m.title, line });
        continue;
      }
      // Pipelines and correlations look at the event only when their filter may select it.
      if (!a.m.test(event, ctx)) continue;
      try {
        for (const row of a.run.push(event, ctx)) out.push({ rule: a.key, title: a.m.title, row: row as Record<string, unknown> });
      } catch (e) {
        stop(a, e, line);
      }
    }
  };
  if (Symbol.iterator in lines) {
    let pending = 0;
    for (const { line, text, skipped } of lines as Iterable<InputLine>) {
      onLine(line, text, skipped);
      if (++pending >= SYNC_BATCH_LINES && out.length > 0) {
        pending = 0;
        yield flush();
      }
    }
  } else {
    for await (const item of lines as AsyncIterable<InputLine | readonly InputLine[]>) {
      if (Array.isArray(item)) for (const { line, text, skipped } of item as readonly InputLine[]) onLine(line, text, skipped);
      else onLine((item as InputLine).line, (item as InputLine).text, (item as InputLine).skipped);
      if (out.length > 0) yield flush();
    }
  }
  for (const a of active) {
    if (a.stopped || a.run === undefined) continue;
    let rows: unknown[];
    try {
      rows = (a.run as MatcherRun).finish();
    } catch (e) {
      stop(a, e);
      continue;
    }
    for (const row of rows) out.push({ rule: a.key, title: a.m.title, row: row as Record<string, unknown> });
  }
  if (out.length > 0) yield flush();
}
