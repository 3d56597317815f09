/**
 * The Sigma front-end: Sigma rules (detection, correlation and filter rules) into the shared AST.
 * @packageDocumentation
 */
export { loadSigmaText } from "./load-sigma-text.js";
export { resolveRuleReferences } from "./resolve-references.js";
export type { SigmaLoadOptions } from "./context.js";
export { parseSigmaCondition, type ConditionNode, type ConditionProblem, type ParsedCondition } from "./condition/index.js";
export { parseTimespan } from "./correlation.js";
export { SIGMA_MODIFIERS } from "./detection/modifiers.js";
