/**
 * rulecast: read Sigma rules and Splunk SPL detections into one AST, and emit matchers,
 * Elasticsearch queries and normalized Sigma from it.
 * @packageDocumentation
 * @module rulecast
 */
export * from "./ast/index.js";
export * from "./diagnostics/index.js";
export { parseRuleText, loadRule, type LoadOptions, type LoadResult } from "./api/load.js";
export { detectFormat, isRuleFileName } from "./api/detect-format.js";
export { TARGETS, findTarget } from "./api/registry.js";
export type { ConversionTarget, ConversionOutput, ConvertOptions } from "./api/targets.js";
export * from "./backends/matcher/index.js";
export { toLucene, luceneOfExpr, type LuceneOptions, type CaseStrategy, type ElasticOptions, type StageHandling } from "./backends/lucene/index.js";
export { toQueryDsl, dslOfExpr, type QueryDsl, type QueryDslOptions } from "./backends/dsl/index.js";
export { pcreToLuceneRegexp, wildcardToLuceneRegexp, type LuceneRegexpResult } from "./backends/regex/index.js";
export {
  compileSafeRegex, compileRegexTester, analyseRegex, checkRegexSafety, toJsRegExp, linearRegexProgram,
  type RegexTester, type RegexFlagsInput, type RegexSite, type BacktrackingComplexity, type RegexSafetyReport,
} from "./regex/index.js";
export { decodeRuleFile } from "./api/decode-text.js";
export { loadSigmaText, resolveRuleReferences, parseSigmaCondition, parseTimespan, SIGMA_MODIFIERS, type SigmaLoadOptions, type ConditionNode, type ConditionProblem, type ParsedCondition } from "./sigma/index.js";
export { toEsql, esqlOfExpr, type EsqlOptions } from "./backends/esql/index.js";
export {
  loadSplunkDetectionText, loadSplText, readSearch, translatesFully, SplParser, parseMacroDefinitions, createMacroTable, mergeMacroTables,
  BUILTIN_MACROS, expandMacros, type MacroTable, type MacroDefinition, type SplLoadOptions, type SplLoadResult, type ReadSearch, type TranslatedSearch,
} from "./spl/index.js";
export { loadPipeline, applyPipeline, applyPipelines, builtinPipelines, pipelineState, type Pipeline } from "./pipelines/index.js";
export { toElasticRule, elasticRuleId, type ElasticRule, type ElasticRuleOptions } from "./backends/elastic-rule/index.js";
export {
  toSigma, checkSigmaFixedPoint, sameRule, sigmaDocument, buildDetection, yamlText, multiDocumentText, SIGMA_KEY_ORDER,
  type SigmaOutput, type SigmaDocumentOutput, type ToSigmaOptions, type FixedPointResult, type FixedPointStatus, type SigmaDetection, type SelectionBody,
} from "./backends/sigma/index.js";
export { toSpl, toSplWithReport, type ToSplOptions, type SplOutput } from "./backends/spl/index.js";
export {
  convertSplunkToSigma, splunkLogSource, BUILTIN_LOGSOURCES, lookupLogSource, lookupCimField, attackTags, levelFromRisk, derivedRuleId, uuidV5,
  DEFAULT_CORRELATION_TIMESPAN, type SplunkToSigmaOptions, type SplunkToSigmaResult, type LogSourceMapping, type SigmaLogSource,
} from "./convert/index.js";
export { gradeConversion, type ConversionGrade } from "./convert/classify.js";
