import type { Correlation } from "./correlation.js";
import type { Expr } from "./expr.js";
import type { NodeBase, SourcePos } from "./position.js";
import type { Stage } from "./stage.js";

export type RuleFormat = "sigma" | "splunk" | "spl";

/**
 * A detection rule. Sigma rules, Splunk detections and raw SPL searches all load into this.
 * - `detection`: `filter` selects events; `pipeline` (SPL tail) turns them into rows.
 * - `correlation`: a Sigma correlation over the rules it names (`filter` is `Const(true)`).
 * - `filter`: a Sigma filter rule; `filter` is its condition as written, `appliesTo` the rules it names.
 *   Applying it makes a target's filter `And(target.filter, filter)` (pySigma's semantics: filter
 *   conditions say which events stay, so they are written `not selection`).
 */
export interface Rule extends NodeBase {
  readonly kind: "Rule";
  readonly ruleType: "detection" | "correlation" | "filter";
  readonly format: RuleFormat;
  /** The file the rule was read from, when it came from a file. */
  readonly file?: string;
  /** Index of the document in a multi-document YAML file (0-based). */
  readonly document?: number;
  readonly meta: RuleMeta;
  readonly logsource: LogSource;
  readonly filter: Expr;
  readonly pipeline: readonly Stage[];
  readonly correlation?: Correlation;
  /** Sigma filter rules: the rule ids/names this filter applies to. */
  readonly appliesTo?: readonly string[];
}

export interface RuleMeta {
  readonly id?: string;
  /** Sigma `name` (referenced by correlations). */
  readonly name?: string;
  readonly title: string;
  readonly description?: string;
  readonly author?: string;
  readonly date?: string;
  readonly modified?: string;
  readonly status?: string;
  readonly level?: string;
  readonly license?: string;
  readonly taxonomy?: string;
  readonly tags: readonly string[];
  readonly references: readonly string[];
  readonly falsepositives: readonly string[];
  readonly fields: readonly string[];
  readonly related: readonly { readonly id: string; readonly type: string }[];
  /** Detection tests attached to the rule (security_content `tests:`, or the Sigma equivalent block). */
  readonly tests: readonly RuleTest[];
  /** Splunk detection metadata (type, version, data_source, tags such as risk and mitre_attack_id). */
  readonly splunk?: SplunkMeta;
  /** Every other top-level key of the source, as-is (Sigma custom attributes, Splunk extras). */
  readonly custom: Readonly<Record<string, unknown>>;
  /** Position of each top-level key in the source file, for diagnostics. */
  readonly positions?: Readonly<Record<string, SourcePos>>;
}

export interface SplunkMeta {
  readonly type?: string;
  readonly version?: number;
  readonly dataSource: readonly string[];
  readonly howToImplement?: string;
  readonly knownFalsePositives?: string;
  readonly mitreAttackIds: readonly string[];
  readonly analyticStories: readonly string[];
  readonly requiredFields: readonly string[];
  readonly securityDomain?: string;
  readonly riskScore?: number;
  readonly confidence?: number;
  readonly impact?: number;
  /** The search as written (before macro expansion). */
  readonly search: string;
  /** Every tag as-is. */
  readonly tags: Readonly<Record<string, unknown>>;
}

/**
 * One detection test: run the rule over `dataset` (NDJSON, path relative to the rule
 * file) and check it fires (optionally an exact count / set of 1-based lines) or not.
 */
export interface RuleTest {
  readonly name: string;
  readonly dataset: string;
  readonly expect: "fire" | "no-fire";
  readonly count?: number;
  readonly lines?: readonly number[];
  /** The log source the dataset stands for (Splunk `source`/`sourcetype`). */
  readonly source?: string;
  readonly sourcetype?: string;
}

/**
 * Where events come from. Sigma's `logsource`; for SPL, the `index`/`source`/`sourcetype`
 * conditions and the macros they came from (they are not event fields).
 */
export interface LogSource {
  readonly product?: string;
  readonly category?: string;
  readonly service?: string;
  readonly definition?: string;
  readonly splunk?: {
    readonly index?: readonly string[];
    readonly source?: readonly string[];
    readonly sourcetype?: readonly string[];
    /** Macros that supplied the log source (e.g. `kube_audit`). */
    readonly macros?: readonly string[];
    /** `tstats ... from datamodel=X`. */
    readonly datamodel?: string;
  };
  readonly custom?: Readonly<Record<string, string>>;
}
