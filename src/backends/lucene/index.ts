export { toLucene, luceneOfExpr, lowerEachChar, type LuceneOptions } from "./to-lucene.js";
export type { CaseStrategy, ElasticOptions } from "./options.js";
export { filterOnlyExpr, type StageHandling } from "./rule-filter.js";
export { escapeTerm, escapeField, quotePhrase, regexpTerm } from "./escape.js";
export { parseCidr, ipv4NetworkRegexp } from "./cidr.js";
export { luceneTarget, elasticOptionsOf } from "./target.js";
