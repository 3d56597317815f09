import type { Rule } from "../../ast/rule.js";
import { RuleError } from "../../diagnostics/index.js";
import { buildMatcherModule, type MatcherOptions } from "./generate.js";
import { RUNTIME_JS } from "./runtime-source.generated.js";
import type { RcContext, RcRow, RcRuleMatcher, RcRun } from "./runtime.js";

/** Per-event context: the raw line (SPL bare-term search) and its 1-based number. */
export type MatchContext = RcContext;
/** A pipeline/correlation result row (Splunk field names; multivalue fields as arrays). */
export type Row = RcRow;
/** A streaming run of one rule. */
export type MatcherRun = RcRun;

/** A rule compiled in-process from the generated matcher code. */
export interface CompiledMatcher {
  readonly rule: Rule;
  readonly id: string;
  readonly title: string;
  /** `filter`: selects events; `pipeline`: filter + SPL stages; `correlation`: Sigma correlation. */
  readonly kind: "filter" | "pipeline" | "correlation";
  /** The rule's filter: does it select this event? (A correlation: does any referenced rule?) */
  match(event: unknown, ctx?: MatchContext): boolean;
  /**
   * `match` without starting a new event: call {@link CompiledMatcher.beginEvent} once per
   * event, then `test` on every matcher compiled together, and predicates the rules share
   * are evaluated once. Not needed for correctness; `match` is always safe.
   */
  test(event: unknown, ctx?: MatchContext): boolean;
  /** Starts a new event for `test` (shared by every matcher of one `compileMatchers` batch). */
  beginEvent(): void;
  /**
   * Runs the whole rule over events: a filter rule yields the selected events; a pipeline
   * yields its result rows; a correlation yields one row per window that satisfies it.
   */
  run(events: Iterable<unknown>): Iterable<unknown>;
  /** A streaming run (push events, then finish), for runners that keep line numbers. */
  start(): MatcherRun;
  /** The JavaScript this matcher runs (the generated module without type annotations). */
  readonly source: string;
}

interface ModuleExports {
  matchers: RcRuleMatcher[];
  beginEvent(): void;
  rcCreateRun(m: RcRuleMatcher): RcRun;
}

/** The top-level names the runtime declares. */
const RUNTIME_NAMES = [...new Set([...RUNTIME_JS.matchAll(/^(?:function\*?|class|const|let|var) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!))];

let runtimeInstance: unknown[] | undefined;

/** The runtime, instantiated once per process from the same text generated modules embed. */
function runtimeValues(): unknown[] {
  runtimeInstance ??= new Function(`${RUNTIME_JS}\nreturn [${RUNTIME_NAMES.join(", ")}];`)() as unknown[];
  return runtimeInstance;
}

function instantiate(code: string): ModuleExports {
  // The generated rule code is a function body returning its exports; its only free names are the runtime's.
  return new Function(...RUNTIME_NAMES, code)(...runtimeValues()) as ModuleExports;
}

function wrap(rule: Rule, m: RcRuleMatcher, mod: ModuleExports, source: string): CompiledMatcher {
  return {
    rule,
    id: m.id,
    title: m.title,
    kind: m.kind,
    match: m.match,
    test: m.test,
    beginEvent: mod.beginEvent,
    start: () => mod.rcCreateRun(m),
    run: function* (events) {
      const run = mod.rcCreateRun(m);
      for (const ev of events) yield* run.push(ev);
      yield* run.finish();
    },
    source,
  };
}

/**
 * Compiles one rule to a matcher, in-process, from the same code
 * {@link generateMatcherModule} emits (as JavaScript, run with `new Function`).
 *
 * @param options - `rules`: every loaded rule, so a correlation can find the rules it names.
 * @throws {@link RuleError} (`backend/unsupported`, `backend/regex-untranslatable`, ...) when the matcher cannot run the rule.
 * @example
 * ```ts
 * const m = compileMatcher(rule);
 * events.filter((e) => m.match(e));
 * ```
 */
export function compileMatcher(rule: Rule, options: MatcherOptions = {}): CompiledMatcher {
  const built = buildMatcherModule([rule], { ...options, language: "js", runtime: "external" });
  if (built.diagnostics.length > 0 || built.entries.length !== 1) throw new RuleError(built.diagnostics);
  const mod = instantiate(built.code);
  return wrap(rule, mod.matchers[0]!, mod, built.code);
}

/**
 * Compiles a batch of rules into one module (shared field resolvers and patterns).
 * Rules that cannot be compiled are reported in `diagnostics`, the others compiled.
 */
export function compileMatchers(rules: readonly Rule[], options: MatcherOptions = {}): { matchers: CompiledMatcher[]; diagnostics: RuleError["diagnostics"] } {
  const built = buildMatcherModule(rules, { ...options, language: "js", runtime: "external" });
  const mod = instantiate(built.code);
  const matchers = built.entries.map((e, i) => wrap(e.rule, mod.matchers[i]!, mod, built.code));
  return { matchers, diagnostics: built.diagnostics };
}
