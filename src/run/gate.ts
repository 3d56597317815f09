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
function foldValue(v: string): string {
  const low = v.toLowerCase();
  return low.indexOf("\u017F") < 0 ? low : low.replace(/\u017F/g, "s");
}

/**
 * Whole-value keys (lower-case ASCII texts, as required literals are), looked up by a value's
 * text form folded as the AST folds case: `get` finds the key a value equals, case-insensitively.
 */
export class FoldedKeys<T> {
  private readonly byNumber = new Map<number, T>();
  /**
   * Per length, 1 when some key has it. A value folds to an ASCII key only if it has the same
   * length: lower-casing keeps every UTF-16 length but U+0130's, whose two-unit result is not
   * ASCII (and `ſ`/`K` fold to one unit). So other values are passed over without folding.
   */
  private readonly lengths: Uint8Array;

  constructor(private readonly byText: ReadonlyMap<string, T>) {
    let longest = 0;
    for (const t of byText.keys()) longest = Math.max(longest, t.length);
    this.lengths = new Uint8Array(longest + 1);
    for (const [text, entry] of byText) {
      this.lengths[text.length] = 1;
      // A number value matches a key only through its text form (shortest form, as the AST compares numbers).
      const asNumber = Number(text);
      if (text.trim() !== "" && String(asNumber) === text) this.byNumber.set(asNumber, entry);
    }
  }

  /** Number of keys. */
  get size(): number {
    return this.byText.size;
  }

  /** The entry of the key `value` (a scalar) equals under case folding, if any. */
  get(value: string | number | boolean): T | undefined {
    if (typeof value === "number") return this.byNumber.get(value);
    if (typeof value === "boolean") return this.byText.get(value ? "true" : "false");
    if (this.lengths[value.length] !== 1) return undefined;
    // Keys are folded (lower-case ASCII): a value equal to one is its own fold.
    const entry = this.byText.get(value);
    if (entry !== undefined) return entry;
    const folded = foldValue(value);
    return folded === value ? undefined : this.byText.get(folded);
  }
}
