import type { ConversionTarget, ConvertOptions } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import type { Diagnostic } from "../../diagnostics/index.js";
import { elasticOptionsOf } from "../lucene/target.js";
import { toQueryDsl } from "./to-dsl.js";

/** `rulecast convert --to dsl`: the rule's filter as native Elasticsearch Query DSL (JSON). */
export const dslTarget: ConversionTarget = {
  name: "dsl",
  description: "Elasticsearch Query DSL (native bool/term/prefix/wildcard/regexp/range/exists JSON)",
  convert(rule: Rule, options: ConvertOptions) {
    const diagnostics: Diagnostic[] = [];
    const query = toQueryDsl(rule, elasticOptionsOf(options, diagnostics));
    return { output: JSON.stringify({ query }, null, 2), extension: "json", diagnostics };
  },
};
