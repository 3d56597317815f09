import { matcherTarget } from "../backends/matcher/target.js";
import { luceneTarget } from "../backends/lucene/target.js";
import { dslTarget } from "../backends/dsl/target.js";
import type { ConversionTarget } from "./targets.js";

/**
 * Every conversion target, by name. A backend adds itself with one line here.
 */
export const TARGETS: readonly ConversionTarget[] = [matcherTarget, luceneTarget, dslTarget];

export function findTarget(name: string): ConversionTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}
