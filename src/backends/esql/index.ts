export { toEsql, esqlOfExpr, DEFAULT_INDEX, type EsqlOptions } from "./to-esql.js";
export { esqlTarget } from "./target.js";
export { esqlIdentifier, esqlString } from "./syntax.js";
