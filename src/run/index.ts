/** Running rules over NDJSON events (the `rulecast run` and `rulecast test` engine). */
export { planRun, runMatchers, runMatcherBatches, ruleKey, MIN_ROUTED_RULES, type RunOptions, type RunPlan, type RunResult } from "./runner.js";
export { readLines, readLinesOf, readLineBatches, readLineBatchesOf, linesOfText, type InputLine } from "./lines.js";
export { parseLogSourceOption, ruleAppliesTo, isUnspecified, LogSourceOptionError, type InputLogSource } from "./logsource.js";
export { runRuleTests, type RuleTestResult, type TestOptions } from "./tests.js";
export { RuleDispatch, type DispatchOptions } from "./dispatch.js";
export { requiredLiterals, regexLiterals, type RequiredLiteral, type LiteralClause, type LiteralSource } from "./required-literals.js";
