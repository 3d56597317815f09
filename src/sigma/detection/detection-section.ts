import type { Expr } from "../../ast/expr.js";
import type { SourcePos } from "../../ast/position.js";
import type { RuleContext } from "../context.js";
import { isRecord } from "../source/yaml-documents.js";
import { conditionsExpr, type WrittenCondition } from "./condition-expr.js";
import { selectionExpr } from "./selection.js";

/** Keys of a detection (or filter) section that are not search identifiers. */
const NOT_SELECTIONS = new Set(["condition", "timeframe"]);

/**
 * Converts a `detection:` section (or a filter rule's `filter:` section) into the rule's
 * filter expression: every search identifier, combined by the condition(s).
 * Returns undefined after reporting when something is invalid.
 */
export function detectionExpr(ctx: RuleContext, section: unknown, sectionPos: SourcePos | undefined, sectionName = "detection"): Expr | undefined {
  if (!isRecord(section)) {
    ctx.report("sigma/invalid-detection", `\`${sectionName}\` must be a mapping of search identifiers and a condition`, sectionPos);
    return undefined;
  }
  if (section.timeframe !== undefined) {
    ctx.report("sigma/deprecated-syntax", "`timeframe` belongs to the deprecated aggregation syntax and has no effect here; use a correlation rule", ctx.positions.key(section, "timeframe"), "warning");
  }
  const selections = new Map<string, Expr>();
  let ok = true;
  for (const name of Object.keys(section)) {
    if (NOT_SELECTIONS.has(name) || (sectionName === "filter" && name === "rules")) continue;
    const e = selectionExpr(ctx, name, section[name], ctx.positions.key(section, name));
    if (e) selections.set(name, e);
    else ok = false;
  }
  const conditions = writtenConditions(ctx, section, sectionPos, sectionName);
  if (!conditions || !ok) return undefined;
  return conditionsExpr(ctx, conditions, selections);
}

function writtenConditions(ctx: RuleContext, section: Record<string, unknown>, sectionPos: SourcePos | undefined, sectionName: string): WrittenCondition[] | undefined {
  const c = section.condition;
  if (c === undefined || c === null) {
    ctx.report("sigma/missing-condition", `\`${sectionName}\` has no \`condition\``, sectionPos);
    return undefined;
  }
  if (typeof c === "string") return [{ text: c, pos: ctx.positions.value(section, "condition") }];
  if (Array.isArray(c) && c.length > 0 && c.every((x) => typeof x === "string")) {
    return c.map((text, i) => ({ text: text as string, pos: ctx.positions.value(c, i) }));
  }
  ctx.report("sigma/condition-syntax", "`condition` must be a string or a non-empty list of strings", ctx.positions.value(section, "condition"));
  return undefined;
}
