import type { Expr } from "./expr.js";
import type { FieldRef } from "./field.js";
import type { NodeBase } from "./position.js";
import type { ValueExpr } from "./value-expr.js";

/**
 * Pipeline stages: what runs on the events a rule's filter selected (SPL's tail after
 * the base search). Stages run in order over rows (an event is the first row).
 * Semantics are Splunk's; deliberate differences are listed in docs/semantics.md.
 */
export type Stage =
  | FilterStage
  | FillnullStage
  | StatsStage
  | EvalStage
  | RenameStage
  | TableStage
  | FieldsStage
  | DedupStage
  | SortStage
  | HeadStage
  | ConvertStage
  | BinStage
  | CommandStage;

/** `| search ...`, `| where ...`, `| regex ...` after the base search: keep rows where `filter` holds. */
export interface FilterStage extends NodeBase {
  readonly kind: "Filter";
  readonly command: "search" | "where" | "regex";
  readonly filter: Expr;
}

/** `| fillnull [value=v] [fields...]`. With no fields, fills every field seen in any result row. */
export interface FillnullStage extends NodeBase {
  readonly kind: "Fillnull";
  readonly value: string;
  readonly fields: readonly string[] | null;
}

export type AggregationFn =
  | "count" | "dc" | "distinct_count" | "values" | "list" | "min" | "max" | "sum" | "avg" | "mean"
  | "earliest" | "latest" | "first" | "last" | "median" | "mode" | "range" | "stdev" | "var"
  | "perc" | "p" | "earliest_time" | "latest_time";

export interface Aggregation extends NodeBase {
  readonly fn: AggregationFn;
  /** The field aggregated; absent for a bare `count`. */
  readonly field?: FieldRef;
  /** `count(eval(cond))` and friends: the eval expression aggregated instead of a field. */
  readonly eval?: ValueExpr;
  /** Percentile for `perc<N>`/`p<N>`. */
  readonly percentile?: number;
  /** Output column name (`as x`, else Splunk's default such as `count` or `values(f)`). */
  readonly as: string;
}

/**
 * `stats`/`eventstats`/`streamstats`/`tstats`: aggregate rows, grouped `by` fields.
 * Rows missing a by-field are dropped; a multivalue by-field yields one group per value.
 */
export interface StatsStage extends NodeBase {
  readonly kind: "Stats";
  readonly command: "stats" | "eventstats" | "streamstats" | "tstats";
  readonly aggregations: readonly Aggregation[];
  readonly by: readonly FieldRef[];
  /** `tstats`: the data model (`from datamodel=Endpoint.Processes`) and its `where` filter live in the rule's filter/logsource. */
  readonly datamodel?: string;
}

export interface EvalStage extends NodeBase {
  readonly kind: "Eval";
  readonly assignments: readonly { readonly field: string; readonly expr: ValueExpr }[];
}

/** `| rename a as b, c* as d*` (wildcards map the `*` part). */
export interface RenameStage extends NodeBase {
  readonly kind: "Rename";
  readonly renames: readonly { readonly from: string; readonly to: string }[];
}

/** `| table f1 f2 f*`: keep these columns, in this order. */
export interface TableStage extends NodeBase {
  readonly kind: "Table";
  readonly fields: readonly string[];
}

/** `| fields [+|-] f1 f2`. */
export interface FieldsStage extends NodeBase {
  readonly kind: "Fields";
  readonly mode: "keep" | "remove";
  readonly fields: readonly string[];
}

export interface SortKey {
  readonly field: string;
  readonly descending: boolean;
  /** `num(f)`, `str(f)`, `ip(f)`, `auto(f)`. */
  readonly as?: "num" | "str" | "ip" | "auto";
}

export interface DedupStage extends NodeBase {
  readonly kind: "Dedup";
  readonly fields: readonly string[];
  readonly count: number;
  readonly keepEmpty: boolean;
  readonly consecutive: boolean;
  readonly sortBy?: readonly SortKey[];
}

export interface SortStage extends NodeBase {
  readonly kind: "Sort";
  readonly keys: readonly SortKey[];
  /** Max rows kept; Splunk's `sort` keeps 10,000 unless `sort 0` or a count is given. */
  readonly limit: number | null;
}

export interface HeadStage extends NodeBase {
  readonly kind: "Head";
  readonly count: number;
}

/** `| convert [timeformat=...] ctime(f) [as g] ...` (and `security_content_ctime(f)`). */
export interface ConvertStage extends NodeBase {
  readonly kind: "Convert";
  readonly timeformat?: string;
  readonly conversions: readonly { readonly fn: string; readonly field: string; readonly as?: string }[];
}

/** `| bin`/`| bucket` `f span=1h [as g]`. */
export interface BinStage extends NodeBase {
  readonly kind: "Bin";
  readonly field: string;
  readonly span?: string;
  readonly bins?: number;
  readonly as?: string;
}

/**
 * A command parsed but not given semantics in the AST (`lookup`, `rex`, `spath`, `join`, ...).
 * Kept so nothing is lost: executors and converters report it with a typed "unsupported"
 * diagnostic naming the command; they never skip it silently.
 */
export interface CommandStage extends NodeBase {
  readonly kind: "Command";
  readonly name: string;
  /** The command's text after its name, as written (macros expanded). */
  readonly text: string;
  /** Structured view of the arguments: positional words, `key=value` options, `by` fields, `as` renames. */
  readonly args: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  readonly by?: readonly string[];
  /** `x AS y` pairs among the arguments (e.g. `lookup t k OUTPUT v AS w`, `iplocation ip`), in order. */
  readonly renames?: readonly { readonly from: string; readonly to: string }[];
}
