import type { Expr } from "../../src/ast/expr.js";
import type { Rule } from "../../src/ast/rule.js";
import type { Stage } from "../../src/ast/stage.js";
import { TRUE } from "../../src/ast/builders.js";

/** A minimal rule around a filter (and stages), for tests built with AST builders. */
export function ruleOf(filter: Expr, pipeline: Stage[] = [], extra: Partial<Rule> = {}): Rule {
  return {
    kind: "Rule",
    ruleType: "detection",
    format: "sigma",
    meta: {
      id: "test-rule", title: "Test rule", tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {},
    },
    logsource: {},
    filter,
    pipeline,
    ...extra,
  };
}

export const ALWAYS = TRUE;
