import type { ConversionTarget, ConvertOptions } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import type { Diagnostic } from "../../diagnostics/index.js";
import { elasticOptionsOf, stringList } from "../lucene/target.js";
import { toEsql } from "./to-esql.js";

/** `rulecast convert --to esql`: the whole rule (filter, SPL pipeline, Sigma correlation) as ES|QL. */
export const esqlTarget: ConversionTarget = {
  name: "esql",
  description: "Elasticsearch ES|QL query (filter, SPL stats/eval/rename/keep/sort/limit, Sigma correlations); ES >= 8.14",
  convert(rule: Rule, options: ConvertOptions) {
    const diagnostics: Diagnostic[] = [];
    const base = elasticOptionsOf(options, diagnostics);
    const output = toEsql(rule, {
      ...base,
      ...(typeof options.index === "string" ? { index: options.index } : {}),
      ...(typeof options.timestampField === "string" ? { timestampField: options.timestampField } : {}),
      ...(Array.isArray(options.rules) ? { rules: options.rules as Rule[] } : {}),
      ...(Array.isArray(options.multivaluedFields) ? { multivaluedFields: stringList(options.multivaluedFields, "multivaluedFields") } : {}),
    });
    return { output, extension: "esql", diagnostics };
  },
};
