export { toElasticRule, elasticRuleId, type ElasticRule, type ElasticRuleOptions } from "./to-elastic-rule.js";
export { threatOf, type ElasticThreat } from "./mitre.js";
export { elasticRuleTarget } from "./target.js";
