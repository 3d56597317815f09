/** Processing pipelines (pySigma YAML): AST -> AST, so they apply to every backend. */
export { loadPipeline } from "./load.js";
export { applyPipeline, applyPipelines, pipelineState } from "./apply.js";
export { builtinPipelines, BUILTIN_PIPELINE_TEXTS } from "./builtin.js";
export type { Pipeline, Transformation, TransformationType, RuleCondition, FieldCondition } from "./types.js";
