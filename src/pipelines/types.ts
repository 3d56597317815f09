/**
 * Processing pipelines: AST -> AST transformations between a front-end and any backend
 * (field names, log sources, extra conditions, the target index). The YAML format is
 * pySigma's (`name`, `priority`, `transformations` with `type`, `rule_conditions`,
 * `field_name_conditions`), for the transformation types listed in {@link TransformationType}.
 */

export type TransformationType =
  | "field_name_mapping"
  | "field_name_prefix_mapping"
  | "field_name_prefix"
  | "field_name_suffix"
  | "add_condition"
  | "set_state"
  | "change_logsource"
  | "rule_failure";

/** Which rules a transformation applies to (pySigma rule conditions). */
export type RuleCondition =
  | { readonly type: "logsource"; readonly product?: string; readonly category?: string; readonly service?: string }
  /** rulecast: SPL detections, by the `source`/`sourcetype`/macro their log source came from. */
  | { readonly type: "splunk_logsource"; readonly source?: string; readonly sourcetype?: string; readonly macro?: string }
  | { readonly type: "is_sigma_rule" }
  | { readonly type: "is_sigma_correlation_rule" };

/** Which fields a field transformation touches (pySigma field name conditions). */
export interface FieldCondition {
  readonly type: "include_fields" | "exclude_fields";
  readonly fields: readonly string[];
  /** `plain` (default): exact names; `re`: regular expressions matched against the whole name. */
  readonly mode: "plain" | "re";
}

export interface Transformation {
  readonly id?: string;
  readonly type: TransformationType;
  readonly ruleConditions: readonly RuleCondition[];
  readonly ruleConditionOp: "and" | "or";
  readonly ruleConditionNot: boolean;
  readonly fieldConditions: readonly FieldCondition[];
  readonly fieldConditionOp: "and" | "or";
  readonly fieldConditionNot: boolean;
  /** field_name_mapping: field -> one name or several (several = any of them, an OR). */
  readonly mapping?: Readonly<Record<string, readonly string[]>>;
  /** field_name_prefix / field_name_suffix. */
  readonly prefix?: string;
  readonly suffix?: string;
  /** add_condition: field -> accepted values (a list is OR; fields are AND). */
  readonly conditions?: Readonly<Record<string, readonly (string | number | boolean | null)[]>>;
  /** set_state. */
  readonly key?: string;
  readonly val?: string;
  /** change_logsource. */
  readonly logsource?: { readonly product?: string; readonly category?: string; readonly service?: string };
  /** rule_failure. */
  readonly message?: string;
}

export interface Pipeline {
  readonly name: string;
  /** Lower runs first when pipelines are chained (pySigma). */
  readonly priority: number;
  /**
   * rulecast extension: every field a rule uses must be mapped by a field_name_mapping,
   * field_name_prefix_mapping, field_name_prefix or field_name_suffix of this pipeline
   * that applied to the rule; otherwise `backend/unmapped-field`.
   */
  readonly strict: boolean;
  readonly transformations: readonly Transformation[];
  readonly file?: string;
}

/** Where `set_state` values land in the rule: `rule.logsource.custom["state.<key>"]` (e.g. `state.index`). */
export const STATE_PREFIX = "state.";
