import { and, exists, match, not, or } from "../ast/builders.js";
import type { Expr } from "../ast/expr.js";
import type { FieldRef } from "../ast/field.js";
import { parseSigmaWildcards } from "../ast/pattern.js";
import type { LogSource, Rule } from "../ast/rule.js";
import type { Stage } from "../ast/stage.js";
import { fieldsOfExpr, transformExpr } from "../ast/visit.js";
import { diagnostic, fail, RuleError, type Diagnostic } from "../diagnostics/index.js";
import { STATE_PREFIX, type FieldCondition, type Pipeline, type RuleCondition, type Transformation } from "./types.js";

function ruleConditionHolds(c: RuleCondition, rule: Rule): boolean {
  const ls = rule.logsource;
  switch (c.type) {
    case "logsource":
      return (c.product === undefined || ls.product === c.product)
        && (c.category === undefined || ls.category === c.category)
        && (c.service === undefined || ls.service === c.service);
    case "splunk_logsource": {
      const s = ls.splunk;
      if (!s) return false;
      return (c.source === undefined || (s.source ?? []).includes(c.source))
        && (c.sourcetype === undefined || (s.sourcetype ?? []).includes(c.sourcetype))
        && (c.macro === undefined || (s.macros ?? []).includes(c.macro));
    }
    case "is_sigma_rule":
      return rule.format === "sigma" && rule.ruleType !== "correlation";
    case "is_sigma_correlation_rule":
      return rule.ruleType === "correlation";
  }
}

function appliesToRule(t: Transformation, rule: Rule): boolean {
  if (t.ruleConditions.length === 0) return true;
  const results = t.ruleConditions.map((c) => ruleConditionHolds(c, rule));
  const holds = t.ruleConditionOp === "or" ? results.some(Boolean) : results.every(Boolean);
  return t.ruleConditionNot ? !holds : holds;
}

function fieldConditionHolds(c: FieldCondition, name: string): boolean {
  const hit = c.fields.some((f) => (c.mode === "re" ? new RegExp(`^(?:${f})$`).test(name) : f === name));
  return c.type === "include_fields" ? hit : !hit;
}

function appliesToField(t: Transformation, name: string): boolean {
  if (t.fieldConditions.length === 0) return true;
  const results = t.fieldConditions.map((c) => fieldConditionHolds(c, name));
  const holds = t.fieldConditionOp === "or" ? results.some(Boolean) : results.every(Boolean);
  return t.fieldConditionNot ? !holds : holds;
}

/** New names for a field under a field transformation, or undefined when it does not touch it. */
function renameField(t: Transformation, name: string): string[] | undefined {
  if (!appliesToField(t, name)) return undefined;
  switch (t.type) {
    case "field_name_mapping":
      return t.mapping?.[name] ? [...t.mapping[name]!] : undefined;
    case "field_name_prefix_mapping": {
      for (const [from, to] of Object.entries(t.mapping ?? {})) if (name.startsWith(from)) return [to[0]! + name.slice(from.length)];
      return undefined;
    }
    case "field_name_prefix":
      return [t.prefix! + name];
    case "field_name_suffix":
      return [name + t.suffix!];
    default:
      return undefined;
  }
}

function withField(ref: FieldRef, path: string): FieldRef {
  return Object.freeze({ ...ref, path, written: undefined });
}

/** Applies a field transformation to an expression; a one-to-many mapping becomes an OR. */
function mapExprFields(e: Expr, t: Transformation, mapped: Set<string>): Expr {
  return transformExpr(e, (n) => {
    const names = (ref: FieldRef) => (ref.metadata ? undefined : renameField(t, ref.path));
    switch (n.kind) {
      case "Match":
      case "Compare":
      case "Regex":
      case "Cidr":
      case "Exists": {
        const to = names(n.field);
        if (!to) return n;
        to.forEach((x) => mapped.add(x));
        const copies = to.map((p) => Object.freeze({ ...n, field: withField(n.field, p) }) as Expr);
        return copies.length === 1 ? copies[0]! : or(copies, { pos: n.pos });
      }
      case "FieldEquals": {
        const a = names(n.field) ?? [n.field.path];
        const b = names(n.other) ?? [n.other.path];
        [...a, ...b].forEach((x) => mapped.add(x));
        const copies = a.flatMap((p) => b.map((q) => Object.freeze({ ...n, field: withField(n.field, p), other: withField(n.other, q) }) as Expr));
        return copies.length === 1 ? copies[0]! : or(copies, { pos: n.pos });
      }
      case "EvalCondition": {
        const fields = fieldsOfExpr(n).filter((f) => names(f) !== undefined);
        if (fields.length === 0) return n;
        fail("backend/unsupported", `pipeline ${t.id ?? t.type}: renaming fields inside an eval condition (${fields.map((f) => f.path).join(", ")}) is not supported`, { pos: n.pos });
      }
      default:
        return n;
    }
  });
}

function conditionExpr(field: string, values: readonly (string | number | boolean | null)[]): Expr {
  const ref = Object.freeze({ kind: "Field" as const, path: field });
  const alts = values.map((v): Expr => (v === null ? not(exists(ref)) : match(ref, typeof v === "string" ? parseSigmaWildcards(v) : parseSigmaWildcards(String(v)), false)));
  return alts.length === 1 ? alts[0]! : or(alts);
}

/**
 * Renames the fields a pipeline stage names (stats by/aggregated fields, fillnull, table,
 * fields, rename sources, sort/dedup keys, bin). Stage columns are single names, so a
 * one-to-many mapping uses its first name there. SPL's `{}` array marker is kept.
 */
function mapStageFields(s: Stage, t: Transformation, mapped: Set<string>, computed: ReadonlySet<string>): Stage {
  const ren = (name: string): string => {
    if (name.includes("*") || computed.has(name)) return name;
    const bare = name.replace(/\{\}/g, "");
    const to = renameField(t, bare)?.[0];
    if (to === undefined) return name;
    mapped.add(to);
    return to + (name.endsWith("{}") ? "{}" : "");
  };
  const ref = (f: FieldRef): FieldRef => (f.metadata || computed.has(f.path) ? f : renameField(t, f.path) ? withField(f, ren(f.path)) : f);
  switch (s.kind) {
    case "Filter":
      return Object.freeze({ ...s, filter: mapExprFields(s.filter, t, mapped) });
    case "Stats":
      return Object.freeze({ ...s, by: s.by.map(ref), aggregations: s.aggregations.map((a) => (a.field ? Object.freeze({ ...a, field: ref(a.field) }) : a)) });
    case "Fillnull":
      return s.fields ? Object.freeze({ ...s, fields: s.fields.map(ren) }) : s;
    case "Table":
    case "Fields":
      return Object.freeze({ ...s, fields: s.fields.map(ren) });
    case "Rename":
      return Object.freeze({ ...s, renames: s.renames.map((r) => ({ from: ren(r.from), to: r.to })) });
    case "Sort":
      return Object.freeze({ ...s, keys: s.keys.map((k) => ({ ...k, field: ren(k.field) })) });
    case "Dedup":
      return Object.freeze({ ...s, fields: s.fields.map(ren) });
    case "Bin":
      return Object.freeze({ ...s, field: ren(s.field) });
    default:
      return s;
  }
}

const FIELD_TYPES = new Set(["field_name_mapping", "field_name_prefix_mapping", "field_name_prefix", "field_name_suffix"]);

/**
 * Applies a processing pipeline to a rule (AST -> AST), so the result works on every backend,
 * the matcher included. Throws RuleError: `backend/unmapped-field` (strict pipelines) naming
 * each field no field transformation mapped, `pipeline/rule-failure` for `rule_failure`.
 */
export function applyPipeline(rule: Rule, pipeline: Pipeline): Rule {
  let filter = rule.filter;
  let pipelineStages: readonly Stage[] = rule.pipeline;
  let logsource: LogSource = rule.logsource;
  const mapped = new Set<string>();
  const original = new Set<string>();
  for (const e of [filter, ...pipelineStages.flatMap((s) => (s.kind === "Filter" ? [s.filter] : []))]) for (const f of fieldsOfExpr(e)) if (!f.metadata) original.add(f.path);
  for (const t of pipeline.transformations) {
    if (!appliesToRule(t, rule)) continue;
    if (FIELD_TYPES.has(t.type)) {
      filter = mapExprFields(filter, t, mapped);
      // Event fields keep their (mapped) names through the pipeline, also as stats by-columns;
      // columns the pipeline computes (aggregations, eval, rename targets) are not renamed.
      const computed = new Set<string>();
      pipelineStages = pipelineStages.map((s) => {
        const out = mapStageFields(s, t, mapped, computed);
        if (s.kind === "Stats") s.aggregations.forEach((a) => computed.add(a.as));
        if (s.kind === "Eval") s.assignments.forEach((a) => computed.add(a.field));
        if (s.kind === "Rename") s.renames.forEach((r) => computed.add(r.to));
        return out;
      });
      continue;
    }
    switch (t.type) {
      case "add_condition": {
        const extra = Object.entries(t.conditions ?? {}).map(([f, vs]) => conditionExpr(f, vs));
        extra.forEach((x) => fieldsOfExpr(x).forEach((f) => mapped.add(f.path)));
        filter = and([...extra, filter]);
        break;
      }
      case "set_state":
        logsource = { ...logsource, custom: { ...(logsource.custom ?? {}), [STATE_PREFIX + t.key!]: t.val! } };
        break;
      case "change_logsource":
        logsource = { ...logsource, ...t.logsource };
        break;
      case "rule_failure":
        fail("pipeline/rule-failure", `pipeline ${pipeline.name}: ${t.message}`, { file: rule.file, pos: rule.pos });
    }
  }
  if (pipeline.strict) {
    const unmapped: Diagnostic[] = [];
    for (const e of [filter, ...pipelineStages.flatMap((s) => (s.kind === "Filter" ? [s.filter] : []))]) {
      for (const f of fieldsOfExpr(e)) {
        if (f.metadata || mapped.has(f.path) || !original.has(f.path)) continue;
        unmapped.push(diagnostic("backend/unmapped-field", `pipeline ${pipeline.name}: no mapping for field '${f.path}'`, { file: rule.file, pos: f.pos ?? rule.pos }));
      }
    }
    if (unmapped.length) throw new RuleError(unmapped);
  }
  return Object.freeze({ ...rule, filter, pipeline: pipelineStages, logsource });
}

/** Applies several pipelines in priority order (lower first, pySigma's order). */
export function applyPipelines(rule: Rule, pipelines: readonly Pipeline[]): Rule {
  return [...pipelines].sort((a, b) => a.priority - b.priority).reduce((r, p) => applyPipeline(r, p), rule);
}

/** The value a pipeline stored with `set_state` (e.g. `index`), if any. */
export function pipelineState(rule: Rule, key: string): string | undefined {
  return rule.logsource.custom?.[STATE_PREFIX + key];
}
