/** The shared AST: the one vocabulary every front-end produces and every backend consumes. */
export type * from "./position.js";
export type * from "./field.js";
export type * from "./expr.js";
export type * from "./value-expr.js";
export type * from "./stage.js";
export type * from "./correlation.js";
export type * from "./rule.js";
export { isPredicate, PREDICATE_KINDS } from "./expr.js";
export {
  ANY, ONE, isLiteralPattern, isWildcard, literalPattern, parseSigmaWildcards, pattern, patternLiteral, patternShape,
} from "./pattern.js";
export type { Pattern, PatternPart, PatternShape, Wildcard } from "./pattern.js";
export * as build from "./builders.js";
export { walkExpr, transformExpr, walkValue, fieldsOfExpr, mapFields, exprsOfRule } from "./visit.js";
export { normalizeExpr } from "./normalize.js";
export { astEqual, stripPositions, exprKey } from "./equal.js";
