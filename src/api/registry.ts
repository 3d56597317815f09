import { matcherTarget } from "../backends/matcher/target.js";
import { luceneTarget } from "../backends/lucene/target.js";
import { dslTarget } from "../backends/dsl/target.js";
import { esqlTarget } from "../backends/esql/target.js";
import { elasticRuleTarget } from "../backends/elastic-rule/target.js";
import { sigmaTarget } from "../backends/sigma/target.js";
import { splTarget } from "../backends/spl/target.js";
import type { ConversionTarget } from "./targets.js";

/**
 * Every conversion target, by name. A backend adds itself with one line here.
 */
export const TARGETS: readonly ConversionTarget[] = [matcherTarget, luceneTarget, dslTarget, esqlTarget, elasticRuleTarget, sigmaTarget, splTarget];

export function findTarget(name: string): ConversionTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}
