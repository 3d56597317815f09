/** How {@link RuleDispatch} finds the candidate rules of an event (one implementation per strategy). */
export interface Gate {
  /**
   * Writes the rules that may match `event` (`raw`: its NDJSON line, for raw-text search) into
   * `candidates`, ascending; returns how many.
   */
  route(event: unknown, raw: string | undefined, candidates: Int32Array): number;
  /** Distinct literals looked for per event (for reports). */
  readonly literalCount: number;
}

/**
 * A value folded so that it equals a lower-case ASCII literal whenever it matches it as a
 * whole value, case-insensitively (Unicode simple case folding) or not: lower case, and `ſ`
 * (which folds to `s` but lower-cases to itself) as `s`. (`K`, KELVIN SIGN, lower-cases to `k`.)
 */
export function foldValue(v: string): string {
  const low = v.toLowerCase();
  return low.indexOf("\u017F") < 0 ? low : low.replace(/\u017F/g, "s");
}
