import type { ConversionTarget, ConvertOptions } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import { RuleError } from "../../diagnostics/index.js";
import { buildMatcherModule, type MatcherOptions } from "./generate.js";

function matcherOptions(options: ConvertOptions, rules?: readonly Rule[]): MatcherOptions {
  const out: MatcherOptions = { language: options.language === "js" ? "js" : "ts" };
  if (Array.isArray(options.timestampFields)) out.timestampFields = options.timestampFields as string[];
  if (typeof options.stateLimit === "number") out.stateLimit = options.stateLimit;
  if (rules) out.rules = rules;
  else if (Array.isArray(options.rules)) out.rules = options.rules as Rule[];
  return out;
}

/** `rulecast convert --to matcher`: one self-contained TypeScript module (for a batch: one module for all rules). */
export const matcherTarget: ConversionTarget = {
  name: "matcher",
  description: "TypeScript matcher module (no runtime dependency): match(event) per rule, pipelines and correlations via rcCreateRun",
  convert(rule, options) {
    const built = buildMatcherModule([rule], matcherOptions(options));
    if (built.entries.length === 0) throw new RuleError(built.diagnostics);
    return { output: built.code, extension: "ts", diagnostics: [...built.diagnostics] };
  },
  convertAll(rules, options) {
    const built = buildMatcherModule(rules, matcherOptions(options, rules));
    return { output: built.code, extension: "ts", diagnostics: [...built.diagnostics] };
  },
};
