import { TRUE } from "../ast/builders.js";
import type { Correlation } from "../ast/correlation.js";
import type { Expr } from "../ast/expr.js";
import { normalizeExpr } from "../ast/normalize.js";
import type { SourcePos } from "../ast/position.js";
import type { Rule } from "../ast/rule.js";
import type { RuleContext } from "./context.js";
import { readCorrelation } from "./correlation.js";
import { detectionExpr } from "./detection/detection-section.js";
import { readLogSource, readRuleMeta } from "./rule-meta.js";
import { validateSigmaSchema, type SigmaRuleKind } from "./schema-validation.js";
import { isRecord, setOwn, type SigmaDocument } from "./source/yaml-documents.js";

/** Which kind of Sigma rule a document is: `correlation:` or `filter:` sections decide, else a detection rule. */
export function sigmaRuleKind(doc: Record<string, unknown>): SigmaRuleKind {
  if (doc.correlation !== undefined) return "correlation";
  if (doc.filter !== undefined && doc.detection === undefined) return "filter";
  return "detection";
}

/** Filter rules name their targets as a list, a single name, or `any`/`all` (every rule of the log source, as pySigma). */
export const ALL_RULES = "*";

/**
 * Converts one rule document into a Rule. Returns undefined when the rule's logic could
 * not be built (the reasons are in `ctx.diagnostics`); schema violations alone are reported
 * but do not stop the conversion.
 */
export function convertRuleDocument(ctx: RuleContext, document: SigmaDocument): Rule | undefined {
  const doc = document.value;
  const kind = sigmaRuleKind(doc);
  if (ctx.options.schema !== false) validateSigmaSchema(ctx, doc, kind);
  const meta = readRuleMeta(ctx, doc, referencePositions(ctx, kind === "correlation" ? doc.correlation : kind === "filter" ? doc.filter : undefined, kind));
  const errorsBefore = ctx.diagnostics.filter((d) => d.severity === "error" && d.code !== "sigma/schema").length;
  let filter: Expr | undefined;
  let correlation: Correlation | undefined;
  let appliesTo: string[] | undefined;
  if (kind === "correlation") {
    correlation = readCorrelation(ctx, doc);
    filter = TRUE;
  } else if (kind === "filter") {
    const section = doc.filter;
    const pos = ctx.positions.key(doc, "filter");
    filter = detectionExpr(ctx, section, pos, "filter");
    appliesTo = filterTargets(ctx, section, pos);
  } else {
    const pos = ctx.positions.key(doc, "detection");
    if (doc.detection === undefined) {
      ctx.report("sigma/invalid-detection", "a Sigma rule needs `detection:` (or `correlation:`/`filter:`)", document.pos);
    } else filter = detectionExpr(ctx, doc.detection, pos);
  }
  const errorsAfter = ctx.diagnostics.filter((d) => d.severity === "error" && d.code !== "sigma/schema").length;
  if (errorsAfter > errorsBefore || filter === undefined || (kind === "correlation" && !correlation) || (kind === "filter" && !appliesTo)) {
    return undefined;
  }
  const rule: { -readonly [K in keyof Rule]: Rule[K] } = {
    kind: "Rule",
    ruleType: kind,
    format: "sigma",
    document: document.index,
    meta,
    logsource: readLogSource(doc),
    filter: normalizeExpr(filter),
    pipeline: Object.freeze([]),
    pos: document.pos,
  };
  if (ctx.file !== undefined) rule.file = ctx.file;
  if (correlation) rule.correlation = correlation;
  if (appliesTo) rule.appliesTo = Object.freeze(appliesTo);
  return Object.freeze(rule);
}

function filterTargets(ctx: RuleContext, section: unknown, pos: SourcePos | undefined): string[] | undefined {
  if (!isRecord(section)) return undefined;
  const rules = section.rules;
  if (typeof rules === "string") return rules.toLowerCase() === "any" || rules.toLowerCase() === "all" ? [ALL_RULES] : [rules];
  if (Array.isArray(rules) && rules.every((r) => typeof r === "string" && r !== "")) return rules.length === 0 ? [ALL_RULES] : [...rules];
  ctx.report("sigma/invalid-detection", "a filter's `rules` must be `any`, a rule id or name, or a list of them", ctx.positions.value(section, "rules") ?? pos);
  return undefined;
}

/**
 * Where each referenced rule name was written, as `correlation.rules.0`, `filter.rules.1`, ...
 * (kept in `meta.positions` so reference resolution can point at the reference).
 */
function referencePositions(ctx: RuleContext, section: unknown, prefix: string): Record<string, SourcePos> {
  const out: Record<string, SourcePos> = {};
  if (!isRecord(section)) return out;
  const rules = section.rules;
  if (Array.isArray(rules)) {
    rules.forEach((_, i) => {
      const p = ctx.positions.value(rules, i);
      if (p) setOwn(out, `${prefix}.rules.${i}`, p);
    });
  } else {
    const p = ctx.positions.value(section, "rules");
    if (p) setOwn(out, `${prefix}.rules.0`, p);
  }
  return out;
}
