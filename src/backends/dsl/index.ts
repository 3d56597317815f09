export { toQueryDsl, dslOfExpr, escapeWildcard, type QueryDsl, type QueryDslOptions } from "./to-dsl.js";
export { dslTarget } from "./target.js";
