/**
 * Splunk detection (or raw SPL search) -> Sigma rule(s), as AST rules in Sigma's terms.
 * A detection whose search ends in a threshold on a stats aggregate gives two rules:
 * the base rule (the event filter) and a correlation rule that references it.
 */
import * as build from "../ast/builders.js";
import type { Correlation } from "../ast/correlation.js";
import type { Expr } from "../ast/expr.js";
import { normalizeExpr } from "../ast/normalize.js";
import type { LogSource, Rule, RuleMeta } from "../ast/rule.js";
import { diagnostic, fail, type Diagnostic } from "../diagnostics/index.js";
import { isKnownDatamodel } from "./cim-taxonomy.js";
import { sigmaFilter, untranslatable } from "./filter.js";
import { lookupLogSource, logSourceMacros, type LogSourceMapping } from "./logsource-map.js";
import { derivedRuleId, sigmaMeta } from "./metadata.js";
import { convertPipeline } from "./pipeline.js";

export interface SplunkToSigmaOptions {
  /** Extra log source rows, tried before the built-in table. */
  logsources?: readonly LogSourceMapping[];
  /**
   * Correlation window when the search gives none (`bin _time span=...`): ESCU runs
   * detections hourly over `-70m@m`..`-10m@m`, a 60 minute window.
   */
  defaultTimespan?: string;
}

/** What a conversion gives: the Sigma rules (base first, then its correlation) and the report. */
export interface SplunkToSigmaResult {
  readonly rules: readonly Rule[];
  readonly report: Diagnostic[];
}

export const DEFAULT_CORRELATION_TIMESPAN = "60m";

function timespanMs(span: string): number {
  const m = /^(\d+)\s*([smhdwMy]?)/.exec(span);
  if (!m) return 0;
  const unit: Record<string, number> = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, M: 2592e6, y: 31536e6, "": 1e3 };
  return Number(m[1]) * unit[m[2]!]!;
}

/** Splunk spans (`1h`, `5min`, `30s`) in Sigma's `number + letter` form. */
function sigmaTimespan(span: string): string {
  const m = /^(\d+)\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(span.trim());
  if (!m) return span;
  const u = (m[2] ?? "s").toLowerCase();
  const letter = u.startsWith("s") ? "s" : u.startsWith("mi") || u === "m" ? "m" : u.startsWith("h") ? "h" : u.startsWith("d") ? "d" : "w";
  return `${m[1]}${letter}`;
}

/** A Sigma `name` from a title: lower-case words joined by `_`. */
function nameOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 200) || "rule";
}

/** Macros a search calls, in order (`*_filter`, formatting and data model helpers excluded). */
export function macrosOfSearch(search: string): string[] {
  const out: string[] = [];
  for (const m of search.matchAll(/`([A-Za-z0-9_]+)(?:\([^`]*\))?`/g)) {
    const name = m[1]!;
    if (name.endsWith("_filter") || name.startsWith("security_content_") || name.startsWith("drop_dm_object_name")) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Literal values of AND-ed `source=`/`sourcetype=`/`index=` conditions (directly or in an OR group). */
function metadataValues(e: Expr, name: string): string[] {
  const out: string[] = [];
  const parts = e.kind === "And" ? e.children : [e];
  for (const p of parts) {
    const alts = p.kind === "Or" ? p.children : [p];
    for (const a of alts) {
      if (a.kind === "Match" && a.field.path === name && a.pattern.parts.every((x) => typeof x === "string")) out.push(a.pattern.parts.join(""));
    }
  }
  return out;
}

/** The rule's Splunk log source: what the front-end recorded, plus macros named in the search and metadata conditions of the filter. */
export function splunkLogSource(rule: Rule): LogSource {
  const sp = rule.logsource.splunk ?? {};
  const macros = [...(sp.macros ?? []), ...macrosOfSearch(rule.meta.splunk?.search ?? "")].filter((m, i, a) => a.indexOf(m) === i);
  const pick = (k: "source" | "sourcetype" | "index") => [...(sp[k] ?? []), ...metadataValues(rule.filter, k)].filter((m, i, a) => a.indexOf(m) === i);
  return { ...rule.logsource, splunk: { ...sp, macros, source: pick("source"), sourcetype: pick("sourcetype"), index: pick("index") } };
}

function sigmaLogSource(rule: Rule, opts: SplunkToSigmaOptions, report: Diagnostic[]): LogSource | undefined {
  const splunkSide = splunkLogSource(rule);
  const found = lookupLogSource(splunkSide, opts.logsources);
  if (found) return { ...found.logsource };
  const sp = splunkSide.splunk ?? {};
  const said = [
    ...(sp.macros ?? []).filter((m) => !m.endsWith("_filter")).map((m) => `\`${m}\``),
    ...(sp.index ?? []).map((v) => `index=${v}`),
    ...(sp.source ?? []).map((v) => `source="${v}"`),
    ...(sp.sourcetype ?? []).map((v) => `sourcetype="${v}"`),
    ...(sp.datamodel ? [`datamodel=${sp.datamodel}`] : []),
  ];
  report.push(diagnostic("convert/unmapped-logsource", `no Sigma log source is known for ${said.join(" ") || "this search (no macro, source or sourcetype)"}; written as logsource.definition`, { file: rule.file, pos: rule.pos }));
  return undefined;
}

/** The logsource written when the table has no row: the Splunk side, said in `definition`. */
function unmappedLogSource(rule: Rule): LogSource {
  const sp = splunkLogSource(rule).splunk ?? {};
  const said = [
    ...(sp.macros ?? []).map((m) => `\`${m}\``),
    ...(sp.index ?? []).map((v) => `index=${v}`),
    ...(sp.source ?? []).map((v) => `source="${v}"`),
    ...(sp.sourcetype ?? []).map((v) => `sourcetype="${v}"`),
    ...(sp.datamodel ? [`datamodel=${sp.datamodel}`] : []),
  ];
  return { product: "splunk", definition: said.length > 0 ? `Splunk: ${said.join(" ")}` : "Splunk search" };
}

/** Drops top-level conjuncts Sigma cannot say (reported); fails when one is nested deeper. */
function dropUntranslatable(e: Expr, rule: Rule, report: Diagnostic[]): Expr {
  const parts = e.kind === "And" ? e.children : [e];
  const kept = parts.filter((p) => {
    if (untranslatable(p).length === 0) return true;
    if (p.kind === "EvalCondition") {
      report.push(diagnostic("convert/dropped", "an SPL eval condition (arithmetic, string or multivalue functions) has no Sigma equivalent; dropped, so the Sigma rule selects more events", { file: rule.file, pos: p.pos }));
      return false;
    }
    return fail("backend/unsupported", "an SPL eval condition inside OR/NOT has no Sigma equivalent", { file: rule.file, pos: untranslatable(p)[0]!.pos ?? p.pos });
  });
  return normalizeExpr(build.and(kept));
}

/**
 * Converts a Splunk detection (or SPL search) into Sigma rules.
 *
 * @returns the base rule, plus a correlation rule when the search thresholds a stats
 *   aggregate, and the conversion report (`convert/*`, `backend/approximation`).
 * @throws {@link RuleError} (`backend/unsupported`) when no faithful event filter remains.
 */
export function convertSplunkToSigma(rule: Rule, opts: SplunkToSigmaOptions = {}): SplunkToSigmaResult {
  const report: Diagnostic[] = [];
  const datamodel = rule.logsource.splunk?.datamodel;
  if (datamodel && !isKnownDatamodel(datamodel)) {
    report.push(diagnostic("backend/approximation", `data model ${datamodel} has no CIM-to-Sigma field table; its field names are kept as written`, { file: rule.file, pos: rule.pos }));
  }
  const mapped = sigmaLogSource(rule, opts, report);
  const logsource = mapped ?? unmappedLogSource(rule);
  const ctx = {
    file: rule.file,
    datamodel: datamodel && isKnownDatamodel(datamodel) ? datamodel : undefined,
    logSourceMacros: logSourceMacros(opts.logsources),
    logSourceKnown: mapped !== undefined,
    report,
  };
  const pipeline = convertPipeline(rule.pipeline, ctx);
  let filter = sigmaFilter(build.and([rule.filter, ...pipeline.filters]), ctx);
  filter = dropUntranslatable(filter, rule, report);
  if (filter.kind === "Const") {
    fail("backend/unsupported", filter.value
      ? "the search has no event condition besides its log source; a Sigma detection needs at least one"
      : "the search can never match", { file: rule.file, pos: rule.pos });
  }
  const meta = sigmaMeta(rule.meta);
  const baseMeta: RuleMeta = { ...meta, fields: pipeline.fields };
  const base: Rule = Object.freeze({
    kind: "Rule", ruleType: "detection", format: "sigma", meta: baseMeta, logsource, filter, pipeline: [],
    ...(rule.file ? { file: rule.file } : {}),
    ...(rule.pos ? { pos: rule.pos } : {}),
  });
  if (!pipeline.correlation) return { rules: [base], report };

  const c = pipeline.correlation;
  const spanSource = c.span ? sigmaTimespan(c.span) : (opts.defaultTimespan ?? DEFAULT_CORRELATION_TIMESPAN);
  const baseName = nameOf(rule.meta.title);
  const baseId = base.meta.id;
  // The correlation carries the meta information; the base rule is its building block.
  const baseOnly: Rule = { ...base, meta: { ...baseMeta, name: baseName, level: undefined, falsepositives: [], tags: [] } };
  // Tests count the base rule's events; the correlation has none of its own.
  const correlation: Correlation = {
    kind: "Correlation",
    type: c.type,
    rules: [baseId ?? baseName],
    groupBy: c.groupBy,
    timespan: spanSource,
    timespanMs: timespanMs(spanSource),
    conditions: c.conditions,
    ...(c.field ? { field: [c.field] } : {}),
    generate: false,
  };
  const corrRule: Rule = Object.freeze({
    kind: "Rule", ruleType: "correlation", format: "sigma",
    meta: {
      ...meta,
      ...(rule.meta.id ? { id: derivedRuleId(rule.meta.id, "correlation") } : {}),
      fields: [],
      tests: [],
    },
    logsource: {}, filter: build.TRUE, pipeline: [], correlation,
    ...(rule.file ? { file: rule.file } : {}),
  });
  if (!c.span) {
    report.push(diagnostic("convert/correlation", `the correlation window is ${spanSource} (no \`bin _time span=\` in the search; ESCU schedules detections hourly over -70m@m..-10m@m)`, { file: rule.file, pos: rule.pos }));
  }
  return { rules: [stripUndefined(baseOnly), corrRule], report };
}

function stripUndefined(r: Rule): Rule {
  const meta = Object.fromEntries(Object.entries(r.meta).filter(([, v]) => v !== undefined)) as unknown as RuleMeta;
  return Object.freeze({ ...r, meta });
}

export { BUILTIN_LOGSOURCES, lookupLogSource, type LogSourceMapping, type SigmaLogSource } from "./logsource-map.js";
export { lookupCimField, isKnownDatamodel } from "./cim-taxonomy.js";
export { attackTags, levelFromRisk, derivedRuleId } from "./metadata.js";
export { uuidV5 } from "./uuid.js";
export { splConditionToExpr, likePattern } from "./spl-condition.js";
