import { matcherTarget } from "../backends/matcher/target.js";
import type { ConversionTarget } from "./targets.js";

/**
 * Every conversion target, by name. A backend adds itself with one line here.
 */
export const TARGETS: readonly ConversionTarget[] = [matcherTarget];

export function findTarget(name: string): ConversionTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}
