import type { NodeBase } from "./position.js";

export type CorrelationType =
  | "event_count"
  | "value_count"
  | "temporal"
  | "temporal_ordered"
  | "value_sum"
  | "value_avg"
  | "value_percentile"
  | "value_median";

export type CountOp = "gt" | "gte" | "lt" | "lte" | "eq" | "neq";

/**
 * A Sigma correlation: over the events selected by the referenced rules, per group of
 * `groupBy` values, within a sliding window of `timespanMs`, the measure (event count,
 * distinct values of `field`, number of distinct rules matched, sum/avg/percentile of
 * `field`) satisfies every condition.
 */
export interface Correlation extends NodeBase {
  readonly kind: "Correlation";
  readonly type: CorrelationType;
  /** Referenced rules by `id` or `name`, as written. */
  readonly rules: readonly string[];
  readonly groupBy: readonly string[];
  /** As written, e.g. `5m`. */
  readonly timespan: string;
  readonly timespanMs: number;
  /** Every criterion must hold (a range is two criteria). Temporal types default to `gte <number of rules>`. */
  readonly conditions: readonly { readonly op: CountOp; readonly value: number }[];
  /** value_count / value_* : the field(s) measured. */
  readonly field?: readonly string[];
  /** value_percentile: the percentile (0-100). */
  readonly percentile?: number;
  /** Field name aliases: alias -> (rule id or name -> field name in that rule's events). */
  readonly aliases?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Whether the referenced rules also produce stand-alone matches. */
  readonly generate: boolean;
}
