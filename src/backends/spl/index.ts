/**
 * Sigma -> SPL: the search a Splunk user would write for a rule. The log source becomes
 * the macro (or `source=`/`sourcetype=`) of the log source table, the filter a search plus
 * `| regex`/`| where` where search cannot say it, a correlation `| bin | stats | where`.
 */
import type { Rule } from "../../ast/rule.js";
import { BUILTIN_LOGSOURCES, BUILTIN_SPL_SEARCHES, type LogSourceMapping } from "../../convert/logsource-map.js";
import { diagnostic, fail, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { splFilter } from "./filter.js";
import { evalField, splString } from "./quote.js";

export interface ToSplOptions {
  /** Extra log source rows (tried first); a row with a `macro` gives `` `macro` ``, else `source=`/`sourcetype=`. */
  logsources?: readonly LogSourceMapping[];
  /** The rules a correlation references (by id or name). */
  rules?: readonly Rule[];
}

export interface SplOutput {
  readonly spl: string;
  readonly report: Diagnostic[];
}

type SigmaLs = { product?: string; category?: string; service?: string };

/** A table row fits a rule's logsource when every key the row names has the rule's value (`category: application` on a kubernetes audit rule adds nothing). */
function rowFits(row: SigmaLs, rule: SigmaLs): boolean {
  const keys = (["product", "category", "service"] as const).filter((k) => row[k] !== undefined);
  return keys.length > 0 && keys.every((k) => row[k] === rule[k]);
}

/** The search prefix that selects a rule's log source. */
function logSourcePrefix(rule: Rule, opts: ToSplOptions, report: Diagnostic[]): string {
  const sp = rule.logsource.splunk;
  if (sp) {
    // A rule read from SPL keeps its own log source.
    const macros = (sp.macros ?? []).filter((m) => !m.endsWith("_filter"));
    if (macros.length > 0) return macros.map((m) => `\`${m}\``).join(" ");
    const parts = [
      ...(sp.index ?? []).map((v) => `index=${splString(v)}`),
      ...(sp.source ?? []).map((v) => `source=${splString(v)}`),
      ...(sp.sourcetype ?? []).map((v) => `sourcetype=${splString(v)}`),
    ];
    return parts.join(" ");
  }
  const size = (r: LogSourceMapping) => Object.keys(r.logsource).length;
  const rows = [...(opts.logsources ?? []), ...BUILTIN_SPL_SEARCHES, ...BUILTIN_LOGSOURCES]
    .filter((r) => r.datamodel === undefined && rowFits(r.logsource, rule.logsource))
    .sort((a, b) => size(b) - size(a));
  const row = rows.find((r) => r.search !== undefined || r.macro !== undefined) ?? rows[0];
  if (row?.search !== undefined) return row.search;
  if (row?.macro) return `\`${row.macro}\``;
  if (row?.source) return `source=${splString(row.source)}`;
  if (row?.sourcetype) return `sourcetype=${splString(row.sourcetype)}`;
  const ls = rule.logsource;
  report.push(diagnostic("convert/unmapped-logsource", `no Splunk macro or source is known for logsource ${JSON.stringify({ product: ls.product, category: ls.category, service: ls.service })}; the search has no log source restriction (add a row with \`logsources\`)`, { file: rule.file, pos: rule.pos }));
  return "";
}

function detectionSpl(rule: Rule, opts: ToSplOptions, report: Diagnostic[]): { search: string; commands: string[] } {
  const prefix = logSourcePrefix(rule, opts, report);
  const f = splFilter(rule.filter, { file: rule.file, report });
  const search = [prefix, f.search].filter((s) => s !== "").join(" ") || "*";
  return { search, commands: [...f.commands] };
}

function correlationSpl(rule: Rule, opts: ToSplOptions, report: Diagnostic[]): string {
  const c = rule.correlation!;
  const at = { file: rule.file, pos: rule.pos };
  const refs = c.rules.map((ref) => {
    const r = opts.rules?.find((x) => x.meta.id === ref || x.meta.name === ref);
    return r ?? fail("sigma/unresolved-reference", `correlation rule references \`${ref}\`, which is not among the rules given (pass them with \`rules\`)`, at);
  });
  if (c.type === "temporal" || c.type === "temporal_ordered" || c.type === "value_percentile" || c.type === "value_median") {
    fail("backend/unsupported", `the Sigma ${c.type} correlation has no SPL form in rulecast`, at);
  }
  if (refs.some((r) => r.ruleType !== "detection")) fail("backend/unsupported", "a correlation of correlations has no SPL form in rulecast", at);
  const parts = refs.map((r) => detectionSpl(r, opts, report));
  if (parts.length > 1 && parts.some((p) => p.commands.length > 0)) {
    fail("backend/unsupported", "a correlation over several rules that need `| where`/`| regex` has no single SPL search in rulecast", at);
  }
  const head = parts.length === 1 ? [parts[0]!.search, ...parts[0]!.commands].join(" ") : parts.map((p) => `(${p.search})`).join(" OR ");
  const field = (n: string) => evalField(n) ?? fail("backend/unsupported", `field name \`${n}\` cannot be written in SPL stats`, at);
  const by = ["_time", ...c.groupBy.map(field)].join(" ");
  const measure = c.type === "event_count" ? "count as event_count"
    : c.type === "value_count" ? `dc(${field(c.field![0]!)}) as value_count`
    : c.type === "value_sum" ? `sum(${field(c.field![0]!)}) as value_sum`
    : `avg(${field(c.field![0]!)}) as value_avg`;
  const name = measure.split(" as ")[1]!;
  const ops = { gt: ">", gte: ">=", lt: "<", lte: "<=", eq: "==", neq: "!=" } as const;
  const where = c.conditions.map((k) => `${name}${ops[k.op]}${k.value}`).join(" AND ");
  report.push(diagnostic("backend/approximation", `Sigma's ${c.timespan} window slides; \`bin _time span=${c.timespan}\` uses fixed buckets, so a burst that straddles two buckets is counted in two halves`, at));
  return `${head} | bin _time span=${c.timespan} | stats ${measure} by ${by}${where ? ` | where ${where}` : ""}`;
}

/**
 * Writes a rule as an SPL search, with the report of approximations.
 * @throws {@link RuleError} (`backend/unsupported`, `sigma/unresolved-reference`) when SPL cannot say it.
 */
export function toSplWithReport(rule: Rule, opts: ToSplOptions = {}): SplOutput {
  const report: Diagnostic[] = [];
  if (rule.ruleType === "filter") fail("backend/unsupported", "a Sigma filter rule is applied to the rules it names; convert those rules instead", { file: rule.file, pos: rule.pos });
  if (rule.ruleType === "correlation") return { spl: correlationSpl(rule, opts, report), report };
  // A rule read from SPL: its search as written is the most faithful SPL there is.
  if ((rule.format === "splunk" || rule.format === "spl") && rule.meta.splunk?.search) return { spl: rule.meta.splunk.search.trim(), report };
  if (rule.pipeline.length > 0) {
    report.push(diagnostic("convert/dropped", "the rule's SPL pipeline stages are not re-emitted; only its event filter is", { file: rule.file, pos: rule.pos }));
  }
  const { search, commands } = detectionSpl(rule, opts, report);
  return { spl: [search, ...commands].join(" "), report };
}

/**
 * Writes a rule (typically Sigma) as an SPL search.
 *
 * @example
 * ```ts
 * toSpl(loadRule(sigmaText)); // '`kube_audit` verb="create" objectRef.resource="pods"'
 * ```
 * @throws {@link RuleError} when SPL cannot express the rule faithfully.
 */
export function toSpl(rule: Rule, opts: ToSplOptions = {}): string {
  return toSplWithReport(rule, opts).spl;
}

export { RuleError };
export { splFilter, searchText, valueText, type SplFilter } from "./filter.js";
export { splString } from "./quote.js";
