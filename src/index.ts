/**
 * rulecast: read Sigma rules and Splunk SPL detections into one AST, and emit matchers,
 * Elasticsearch queries and normalized Sigma from it.
 * @packageDocumentation
 */
export * from "./ast/index.js";
export * from "./diagnostics/index.js";
export * from "./backends/matcher/index.js";
