/**
 * Splunk detection metadata -> Sigma metadata: a stable derived id, the Splunk id under
 * `related`, status, level, ATT&CK tags, false positives.
 */
import type { RuleMeta, RuleTest, SplunkMeta } from "../ast/rule.js";
import { tacticsOf } from "./attack-tactics.js";
import { uuidV5 } from "./uuid.js";

/** security_content status -> Sigma status. */
const STATUS: Record<string, string> = {
  production: "stable", validation: "test", experimental: "experimental", deprecated: "deprecated", removed: "deprecated",
};

/**
 * Sigma level from the Splunk risk score (0-100; `impact * confidence / 100` when no
 * score is given): >= 90 critical, >= 70 high, >= 40 medium, >= 20 low, else informational.
 */
export function levelFromRisk(sp: SplunkMeta | undefined): string | undefined {
  const score = sp?.riskScore ?? (sp?.impact !== undefined && sp?.confidence !== undefined ? (sp.impact * sp.confidence) / 100 : undefined);
  if (score === undefined || !Number.isFinite(score)) return undefined;
  if (score >= 90) return "critical";
  if (score >= 70) return "high";
  if (score >= 40) return "medium";
  if (score >= 20) return "low";
  return "informational";
}

/** `attack.<tactic>` then `attack.tXXXX[.YYY]` tags, each once, as Sigma writes them. */
export function attackTags(techniques: readonly string[]): string[] {
  const tactics: string[] = [];
  const ids: string[] = [];
  for (const t of techniques) {
    if (!/^T\d{4}(\.\d{3})?$/i.test(t)) continue;
    for (const tac of tacticsOf(t)) if (!tactics.includes(tac)) tactics.push(tac);
    const id = t.toLowerCase();
    if (!ids.includes(id)) ids.push(id);
  }
  return [...tactics.map((t) => `attack.${t}`), ...ids.map((i) => `attack.${i}`)];
}

/** A date as Sigma's `YYYY-MM-DD` (security_content also writes `YYYY/MM/DD`). */
function sigmaDate(d: string | undefined): string | undefined {
  if (!d) return undefined;
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Splunk's "unknown"/"none" placeholders are not false positives. */
function falsePositives(text: string | undefined): string[] {
  if (!text) return [];
  const t = text.trim();
  if (t === "" || /^(unknown|none|n\/a|no false positives[^a-z]*)\.?$/i.test(t)) return ["Unknown"];
  return [t];
}

/**
 * The detection's tests for the Sigma rule. A test with `count`/`lines` counts the events
 * the base search selects, which is exactly what the Sigma rule fires on, so `expect`
 * follows the count (a Splunk `no-fire` because `stats` gave no row becomes `fire`).
 */
export function sigmaTests(tests: readonly RuleTest[]): RuleTest[] {
  return tests.map((t) => {
    if (t.count === undefined) return t;
    const expect = t.count > 0 ? "fire" : "no-fire";
    return expect === t.expect ? t : { ...t, expect, name: `${t.name} (Sigma rule: fires on the selected events)` };
  });
}

/** Id of the Sigma rule derived from a Splunk detection id (same Splunk id, same Sigma id). */
export function derivedRuleId(splunkId: string, part: "base" | "correlation" = "base"): string {
  return uuidV5(part === "base" ? `splunk:${splunkId}` : `splunk:${splunkId}:correlation`);
}

/** The Sigma metadata of a converted detection (fields and extras are filled by the caller). */
export function sigmaMeta(meta: RuleMeta): RuleMeta {
  const sp = meta.splunk;
  const related = meta.id ? [{ id: meta.id, type: "derived" }] : [];
  const out: { -readonly [K in keyof RuleMeta]: RuleMeta[K] } = {
    title: meta.title,
    tags: attackTags(sp?.mitreAttackIds ?? []),
    references: meta.references.filter((r, i, a) => a.indexOf(r) === i),
    falsepositives: falsePositives(sp?.knownFalsePositives ?? meta.falsepositives[0]),
    fields: [],
    related,
    tests: sigmaTests(meta.tests),
    custom: {},
  };
  if (meta.id) out.id = derivedRuleId(meta.id);
  if (meta.description) out.description = meta.description.trim();
  if (meta.author) out.author = meta.author;
  const date = sigmaDate(meta.date);
  if (date) out.date = date;
  const modified = sigmaDate(meta.modified);
  if (modified) out.modified = modified;
  const status = meta.status ? STATUS[meta.status.toLowerCase()] : undefined;
  if (status) out.status = status;
  const level = levelFromRisk(sp) ?? meta.level;
  if (level) out.level = level;
  return out;
}
