/**
 * The parsed form of one Sigma condition string, before selections are resolved.
 * `start`/`end` are 0-based character offsets into the condition string.
 */
export type ConditionNode =
  | { readonly kind: "and" | "or"; readonly children: readonly ConditionNode[]; readonly start: number; readonly end: number }
  | { readonly kind: "not"; readonly child: ConditionNode; readonly start: number; readonly end: number }
  /** A selection name; may hold `*`/`?` only inside quantifiers. */
  | { readonly kind: "ref"; readonly name: string; readonly start: number; readonly end: number }
  /** `1 of X*`, `all of X*`, `any of them` (`quantifier` is "one" for `1`/`any`). `target` undefined means `them`. */
  | { readonly kind: "of"; readonly quantifier: "one" | "all"; readonly target?: string; readonly count?: string; readonly start: number; readonly end: number };
