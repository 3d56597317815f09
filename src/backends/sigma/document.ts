/**
 * Rule -> one Sigma YAML document (as an ordered map), keys in the specification's order.
 */
import type { Correlation } from "../../ast/correlation.js";
import type { LogSource, Rule } from "../../ast/rule.js";
import { fail } from "../../diagnostics/index.js";
import type { DetectionItem, SigmaScalar } from "./detection-item.js";
import { itemKey } from "./detection-item.js";
import { buildDetection, type SelectionBody, type SigmaDetection } from "./detection.js";

export type YamlValue = SigmaScalar | readonly YamlValue[] | Map<string, YamlValue>;

/** Top-level keys in the order normalized output writes them; anything else follows as custom keys. */
export const SIGMA_KEY_ORDER = [
  "title", "id", "related", "name", "taxonomy", "status", "description", "license", "references", "author",
  "date", "modified", "tags", "logsource", "detection", "correlation", "filter", "fields", "falsepositives",
  "level", "scope", "generate", "tests",
] as const;

const LOGSOURCE_KEYS = ["category", "product", "service", "definition"] as const;

function itemValue(item: DetectionItem): YamlValue {
  return item.list ? [...item.values] : item.values[0]!;
}

function mapOf(items: readonly DetectionItem[]): Map<string, YamlValue> {
  return new Map(items.map((i) => [itemKey(i), itemValue(i)]));
}

function selectionValue(body: SelectionBody): YamlValue {
  switch (body.kind) {
    case "map":
      return mapOf(body.items);
    case "maps":
      return body.maps.map(mapOf);
    case "keywords":
      // The schema wants a keyword list even for one keyword; `|all` AND-s them.
      return body.all ? new Map([["|all", [...body.values]]]) : [...body.values];
  }
}

/** The `detection:` (or filter body) map: selections, then `condition`. */
export function detectionMap(d: SigmaDetection, leading?: [string, YamlValue][]): Map<string, YamlValue> {
  const m = new Map<string, YamlValue>(leading ?? []);
  for (const s of d.selections) m.set(s.name, selectionValue(s.body));
  m.set("condition", d.condition);
  return m;
}

function logsourceMap(ls: LogSource): Map<string, YamlValue> {
  const m = new Map<string, YamlValue>();
  for (const k of LOGSOURCE_KEYS) if (ls[k] !== undefined) m.set(k, ls[k]!);
  for (const [k, v] of Object.entries(ls.custom ?? {})) if (!m.has(k)) m.set(k, v);
  return m;
}

function correlationMap(c: Correlation): Map<string, YamlValue> {
  const m = new Map<string, YamlValue>();
  m.set("type", c.type);
  m.set("rules", [...c.rules]);
  if (c.aliases && Object.keys(c.aliases).length > 0) {
    m.set("aliases", new Map(Object.entries(c.aliases).map(([alias, byRule]) => [alias, new Map(Object.entries(byRule))])));
  }
  // The schema requires `group-by` for every type but the value_* ones; an empty list is "one group".
  if (c.groupBy.length > 0 || c.type === "event_count" || c.type === "value_count" || c.type.startsWith("temporal")) m.set("group-by", [...c.groupBy]);
  m.set("timespan", c.timespan);
  const isTemporal = c.type === "temporal" || c.type === "temporal_ordered";
  const cond = new Map<string, YamlValue>();
  if (!isTemporal || c.conditions.length > 0) {
    for (const k of c.conditions) cond.set(k.op, k.value);
  }
  if (c.field && c.field.length > 0) cond.set("field", c.field.length === 1 ? c.field[0]! : [...c.field]);
  if (c.percentile !== undefined) cond.set("percentile", c.percentile);
  if (cond.size > 0) m.set("condition", cond);
  return m;
}

function plain(v: unknown): YamlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") return new Map(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, plain(x)]));
  return String(v);
}

/**
 * The ordered top-level map of one Sigma document for a rule already in Sigma's terms
 * (Sigma field names and log source). Splunk detections go through `convertSplunkToSigma` first.
 * @throws RuleError when the filter uses something Sigma cannot express.
 */
export function sigmaDocument(rule: Rule): Map<string, YamlValue> {
  const meta = rule.meta;
  const out = new Map<string, YamlValue>();
  const set = (k: string, v: YamlValue | undefined) => {
    if (v === undefined) return;
    if (Array.isArray(v) && v.length === 0) return;
    out.set(k, v);
  };
  set("title", meta.title);
  set("id", meta.id);
  set("related", meta.related.map((r) => new Map<string, YamlValue>([["id", r.id], ["type", r.type]])));
  set("name", meta.name);
  set("taxonomy", meta.taxonomy);
  set("status", meta.status);
  set("description", meta.description);
  set("license", meta.license);
  set("references", [...meta.references]);
  set("author", meta.author);
  set("date", meta.date);
  set("modified", meta.modified);
  set("tags", [...meta.tags]);
  if (rule.ruleType === "correlation") {
    if (!rule.correlation) fail("backend/unsupported", "a correlation rule without its correlation", { file: rule.file, pos: rule.pos });
    set("correlation", correlationMap(rule.correlation));
  } else if (rule.ruleType === "filter") {
    set("logsource", logsourceMap(rule.logsource));
    set("filter", detectionMap(buildDetection(rule.filter, rule.file), [["rules", [...(rule.appliesTo ?? [])]]]));
  } else {
    set("logsource", logsourceMap(rule.logsource));
    set("detection", detectionMap(buildDetection(rule.filter, rule.file)));
  }
  set("fields", [...meta.fields]);
  set("falsepositives", [...meta.falsepositives]);
  set("level", meta.level);
  if (rule.ruleType === "correlation" && rule.correlation?.generate) set("generate", true);
  // rulecast's own test block (not part of the Sigma specification; `rulecast test` runs it).
  set("tests", meta.tests.map((t) => {
    const m = new Map<string, YamlValue>([["name", t.name], ["dataset", t.dataset], ["expect", t.expect]]);
    if (t.count !== undefined) m.set("count", t.count);
    if (t.lines !== undefined) m.set("lines", [...t.lines]);
    if (t.source !== undefined) m.set("source", t.source);
    if (t.sourcetype !== undefined) m.set("sourcetype", t.sourcetype);
    return m;
  }));
  for (const [k, v] of Object.entries(meta.custom)) {
    if (!out.has(k)) out.set(k, plain(v));
  }
  return out;
}
