import type { ConversionTarget, ConvertOptions } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import type { Diagnostic } from "../../diagnostics/index.js";
import { elasticOptionsOf, stringList } from "../lucene/target.js";
import { toElasticRule } from "./to-elastic-rule.js";

function optionsOf(options: ConvertOptions, diagnostics: Diagnostic[]) {
  return {
    ...elasticOptionsOf(options, diagnostics),
    stages: "refuse" as const,
    ...(typeof options.index === "string" ? { index: options.index } : {}),
    ...(typeof options.interval === "string" ? { interval: options.interval } : {}),
    ...(Array.isArray(options.rules) ? { rules: options.rules as Rule[] } : {}),
    ...(Array.isArray(options.multivaluedFields) ? { multivaluedFields: stringList(options.multivaluedFields, "multivaluedFields") } : {}),
  };
}

/** `rulecast convert --to elastic-rule`: Elastic Security detection rules, one NDJSON line per rule. */
export const elasticRuleTarget: ConversionTarget = {
  name: "elastic-rule",
  description: "Elastic Security detection rule (import NDJSON: query/lucene or esql rule, severity, risk score, MITRE threat)",
  convert(rule: Rule, options: ConvertOptions) {
    const diagnostics: Diagnostic[] = [];
    return { output: JSON.stringify(toElasticRule(rule, optionsOf(options, diagnostics))), extension: "ndjson", diagnostics };
  },
};
