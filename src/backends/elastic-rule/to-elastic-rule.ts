import type { Rule } from "../../ast/rule.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { pipelineState } from "../../pipelines/apply.js";
import { DEFAULT_INDEX, toEsql, type EsqlOptions } from "../esql/to-esql.js";
import { toLucene } from "../lucene/to-lucene.js";
import { threatOf, type ElasticThreat } from "./mitre.js";

/** Options of {@link toElasticRule}. */
export interface ElasticRuleOptions extends EsqlOptions {
  /** How often the rule runs (default `5m`). */
  interval?: string;
  /** Extra look-back added to the interval for `from` (default `1m`). */
  lookback?: string;
  /** Enable the rule on import (default false). */
  enabled?: boolean;
}

/** An Elastic Security detection rule (the import / `_import` NDJSON object). */
export interface ElasticRule {
  rule_id: string;
  name: string;
  description: string;
  type: "query" | "esql";
  language: "lucene" | "esql";
  query: string;
  index?: string[];
  severity: "low" | "medium" | "high" | "critical";
  risk_score: number;
  threat: ElasticThreat[];
  references: string[];
  false_positives: string[];
  author: string[];
  tags: string[];
  from: string;
  interval: string;
  enabled: boolean;
  version: number;
  max_signals: number;
  license?: string;
}

const SEVERITY: Record<string, [ElasticRule["severity"], number]> = {
  informational: ["low", 21],
  low: ["low", 21],
  medium: ["medium", 47],
  high: ["high", 73],
  critical: ["critical", 99],
};

function severityOf(rule: Rule): [ElasticRule["severity"], number] {
  const risk = rule.meta.splunk?.riskScore;
  if (typeof risk === "number" && Number.isFinite(risk)) {
    const score = Math.max(0, Math.min(100, Math.round(risk)));
    return [score >= 90 ? "critical" : score >= 70 ? "high" : score >= 40 ? "medium" : "low", score];
  }
  return SEVERITY[(rule.meta.level ?? "medium").toLowerCase()] ?? SEVERITY.medium!;
}

/** FNV-1a over UTF-16 code units with a seed; four of them make a 128-bit name-based id. */
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The Elastic rule_id: the rule's own UUID when it has one (so re-importing updates the same
 * rule), else a deterministic UUID (version 8, name-based) from its id/name/title.
 */
export function elasticRuleId(rule: Rule): string {
  const own = rule.meta.id;
  if (own && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(own)) return own.toLowerCase();
  const key = `rulecast:${own ?? ""}:${rule.meta.name ?? ""}:${rule.meta.title}`;
  const hex = [1, 2, 3, 4].map((s) => fnv(key, s).toString(16).padStart(8, "0")).join("");
  const v = hex.slice(0, 12) + "8" + hex.slice(13, 16) + ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16) + hex.slice(17);
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

function durationMs(text: string): number | undefined {
  const m = /^(\d+)([smhd])$/.exec(text);
  return m ? Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as "s"] : undefined;
}

function msText(ms: number): string {
  for (const [size, u] of [[86_400_000, "d"], [3_600_000, "h"], [60_000, "m"]] as const) if (ms % size === 0) return `${ms / size}${u}`;
  return `${Math.ceil(ms / 1000)}s`;
}

/**
 * An importable Elastic Security detection rule. A plain filter becomes a `query` rule in
 * Lucene (the Lucene backend's output, run over `index`); an SPL pipeline or a Sigma
 * correlation becomes an `esql` rule. Severity and risk score come from the Sigma level or
 * the Splunk risk score; `threat` from the ATT&CK tags. Throws RuleError when the query
 * cannot be written.
 */
export function toElasticRule(rule: Rule, opts: ElasticRuleOptions = {}): ElasticRule {
  const diagnostics: Diagnostic[] = opts.diagnostics ?? [];
  const needsEsql = rule.correlation !== undefined || rule.pipeline.some((s) => s.kind !== "Filter");
  const index = opts.index ?? pipelineState(rule, "index") ?? DEFAULT_INDEX;
  const [severity, risk_score] = severityOf(rule);
  const { threat, unknownTactics } = threatOf(rule);
  for (const tag of unknownTactics) diagnostics.push(diagnostic("convert/unknown-tactic", `Elastic rule: tag '${tag}' names no ATT&CK tactic with a known id; left out of threat (an entry without a tactic id does not import)`, { file: rule.file, pos: rule.meta.positions?.tags ?? rule.pos }));
  const interval = opts.interval ?? "5m";
  const lookback = durationMs(opts.lookback ?? "1m") ?? 60_000;
  const window = rule.correlation?.timespanMs ?? 0;
  const from = `now-${msText((durationMs(interval) ?? 300_000) + lookback + window)}`;
  const query = needsEsql ? toEsql(rule, { ...opts, index, diagnostics }) : toLucene(rule, { ...opts, diagnostics });
  const out: ElasticRule = {
    rule_id: elasticRuleId(rule),
    name: rule.meta.title,
    description: (rule.meta.description ?? rule.meta.title).trim(),
    type: needsEsql ? "esql" : "query",
    language: needsEsql ? "esql" : "lucene",
    query,
    ...(needsEsql ? {} : { index: index.split(",").map((s) => s.trim()) }),
    severity,
    risk_score,
    threat,
    references: [...rule.meta.references],
    false_positives: [...rule.meta.falsepositives, ...(rule.meta.splunk?.knownFalsePositives ? [rule.meta.splunk.knownFalsePositives] : [])],
    author: rule.meta.author ? rule.meta.author.split(/\s*,\s*/).filter(Boolean) : [],
    tags: [...rule.meta.tags, ...(rule.meta.splunk?.analyticStories ?? [])],
    from,
    interval,
    enabled: opts.enabled ?? false,
    version: rule.meta.splunk?.version ?? 1,
    max_signals: 100,
  };
  if (rule.meta.license) out.license = rule.meta.license;
  return out;
}
