import { and } from "../../ast/builders.js";
import type { Expr } from "../../ast/expr.js";
import type { Rule } from "../../ast/rule.js";
import { diagnostic, fail, type Diagnostic } from "../../diagnostics/index.js";

/** How filter-only backends treat pipeline stages after the filter. */
export interface StageHandling {
  /**
   * `refuse` (default): a stage other than a leading `search`/`where`/`regex` filter is
   * `backend/unsupported`. `filter-only`: convert the event filter (the base search and
   * leading filter stages) and report the rest with a `convert/dropped` warning.
   */
  stages?: "refuse" | "filter-only";
}

/**
 * The single-event filter of a rule, for backends that can only filter (Lucene, Query DSL):
 * the rule's filter and the filter stages that directly follow it (they narrow events; a
 * filter after any other stage looks at rows, not events). Correlations have no filter form.
 */
export function filterOnlyExpr(rule: Rule, backend: string, opts: StageHandling & { diagnostics?: Diagnostic[] } = {}): Expr {
  if (rule.ruleType === "correlation" || rule.correlation) {
    fail("backend/unsupported", `${backend}: a correlation rule has no single-query form (use ES|QL)`, { file: rule.file, pos: rule.correlation?.pos ?? rule.pos });
  }
  const parts: Expr[] = [rule.filter];
  for (let i = 0; i < rule.pipeline.length; i++) {
    const stage = rule.pipeline[i]!;
    if (stage.kind === "Filter") {
      parts.push(stage.filter);
      continue;
    }
    const names = rule.pipeline.slice(i).map((s) => (s.kind === "Command" ? s.name : s.kind === "Stats" ? s.command : s.kind.toLowerCase()));
    if (opts.stages === "filter-only") {
      opts.diagnostics?.push(diagnostic("convert/dropped", `${backend}: only the event filter is converted; dropped the pipeline: ${names.join(" | ")}`, { file: rule.file, pos: stage.pos }));
      break;
    }
    fail("backend/unsupported", `${backend}: the pipeline command '${names[0]}' cannot be expressed in a filter query (use ES|QL, or stages: "filter-only" for the event filter)`, { file: rule.file, pos: stage.pos });
  }
  return parts.length === 1 ? parts[0]! : and(parts);
}
