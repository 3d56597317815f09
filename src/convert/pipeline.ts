/**
 * A Splunk detection's pipeline (`| stats ... | where ... | rename ...`) in Sigma terms:
 * filters on event fields join the base filter, a threshold on a `stats` count becomes a
 * correlation, output formatting becomes `fields` or a note; nothing is dropped unreported.
 */
import * as build from "../ast/builders.js";
import type { CountOp, CorrelationType } from "../ast/correlation.js";
import type { Expr } from "../ast/expr.js";
import type { FieldRef } from "../ast/field.js";
import type { Aggregation, Stage, StatsStage } from "../ast/stage.js";
import { fieldsOfExpr, mapFields, walkExpr } from "../ast/visit.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { lookupCimField } from "./cim-taxonomy.js";
import { splConditionToExpr } from "./spl-condition.js";

/** A stats threshold that becomes a Sigma correlation. */
export interface ThresholdCorrelation {
  readonly type: CorrelationType;
  readonly groupBy: readonly string[];
  readonly field?: string;
  readonly conditions: readonly { readonly op: CountOp; readonly value: number }[];
  /** From `bin _time span=...` when present. */
  readonly span?: string;
  readonly statsText: string;
}

export interface PipelineResult {
  /** Conditions on event fields (from `| search`/`| where` stages), AND-ed into the base filter. */
  readonly filters: readonly Expr[];
  /** Event fields the detection outputs (Sigma names), for `fields`. */
  readonly fields: readonly string[];
  readonly correlation?: ThresholdCorrelation;
}

/** Commands that add fields to results without selecting events (their output is dropped). */
const ENRICHING = new Set(["lookup", "iplocation", "rex", "spath", "eval", "extract", "kvform", "xmlkv", "makemv", "mvexpand", "nomv", "addinfo", "inputlookup", "fillnull", "strcat", "rangemap"]);
/** Commands that only shape output rows. */
const FORMATTING = new Set(["table", "fields", "rename", "sort", "head", "tail", "dedup", "convert", "fillnull", "bin", "bucket", "reverse", "eval", "makemv", "nomv", "outputlookup", "collect", "sendalert", "abstract", "highlight", "format"]);

const CMP: Record<string, CountOp> = { gt: "gt", gte: "gte", lt: "lt", lte: "lte", eq: "eq" };

interface Ctx {
  readonly file?: string;
  readonly datamodel?: string;
  readonly report: Diagnostic[];
}

/** Splunk's rename with `*` wildcards, applied backwards: the original name of a current name. */
class RenameHistory {
  private readonly steps: { from: string; to: string }[] = [];

  add(from: string, to: string): void {
    this.steps.push({ from, to });
  }

  original(name: string): string {
    let cur = name;
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const { from, to } = this.steps[i]!;
      if (!to.includes("*")) {
        if (to === cur) cur = from;
        continue;
      }
      const [pre, post] = [to.slice(0, to.indexOf("*")), to.slice(to.indexOf("*") + 1)];
      if (cur.startsWith(pre) && cur.endsWith(post) && cur.length >= pre.length + post.length) {
        const mid = cur.slice(pre.length, cur.length - post.length);
        cur = from.replace("*", mid);
      }
    }
    return cur;
  }
}

function at(ctx: Ctx, s: Stage) {
  return { file: ctx.file, pos: s.pos };
}

function stageText(s: Stage): string {
  switch (s.kind) {
    case "Command":
      return `| ${s.name} ${s.text}`.trim();
    case "Stats":
      return `| ${s.command} ${s.aggregations.map(aggregationText).join(" ")}${s.by.length ? ` by ${s.by.map((b) => b.written ?? b.path).join(" ")}` : ""}`;
    case "Rename":
      return `| rename ${s.renames.map((r) => `${r.from} as ${r.to}`).join(", ")}`;
    case "Table":
      return `| table ${s.fields.join(" ")}`;
    case "Fields":
      return `| fields ${s.mode === "remove" ? "- " : ""}${s.fields.join(" ")}`;
    case "Convert":
      return `| convert ${s.conversions.map((c) => `${c.fn}(${c.field})`).join(" ")}`;
    case "Fillnull":
      return `| fillnull${s.fields ? " " + s.fields.join(" ") : ""}`;
    case "Filter":
      return `| ${s.command} ...`;
    default:
      return `| ${s.kind.toLowerCase()}`;
  }
}

/** `count`, `values(user.groups{}) as user_groups`, as SPL writes an aggregation. */
function aggregationText(a: Aggregation): string {
  const arg = a.field ? (a.field.written ?? a.field.path) : a.eval ? "eval(...)" : "";
  const fn = a.percentile !== undefined ? `${a.fn}${a.percentile}` : a.fn;
  const call = arg ? `${fn}(${arg})` : fn;
  return call === a.as ? call : `${call} as ${a.as}`;
}

/** A `where`/`search` stage's condition with SPL eval conditions turned into predicates where possible. */
function stageFilter(e: Expr): Expr {
  if (e.kind === "EvalCondition") return splConditionToExpr(e.expr) ?? e;
  if (e.kind === "And") return build.and(e.children.map(stageFilter));
  return e;
}

function conjuncts(e: Expr): Expr[] {
  return e.kind === "And" ? e.children.flatMap(conjuncts) : [e];
}

function usesAny(e: Expr, names: ReadonlySet<string>): boolean {
  let found = false;
  walkExpr(e, (n) => {
    if (n.kind === "EvalCondition") found = true;
  });
  return found || fieldsOfExpr(e).some((f) => names.has(f.path) || names.has(f.written ?? f.path));
}

function sigmaName(ctx: Ctx, splName: string): string {
  const path = splName.replace(/\{\}/g, "");
  if (!ctx.datamodel) return path;
  const found = lookupCimField(ctx.datamodel, path);
  return found.kind === "mapped" ? found.mapping.sigma : found.kind === "unmapped" ? found.bare : path;
}

function measureOf(a: Aggregation): { type: CorrelationType; field?: string } | undefined {
  if (a.eval) return undefined;
  if (a.fn === "count" && !a.field) return { type: "event_count" };
  if ((a.fn === "dc" || a.fn === "distinct_count") && a.field) return { type: "value_count", field: a.field.path };
  if (a.fn === "sum" && a.field) return { type: "value_sum", field: a.field.path };
  if ((a.fn === "avg" || a.fn === "mean") && a.field) return { type: "value_avg", field: a.field.path };
  return undefined;
}

/**
 * Reads the stages after the base search.
 * @param stages - the rule's pipeline (tstats already folded into filter/logsource by the front-end).
 */
export function convertPipeline(stages: readonly Stage[], ctx: Ctx): PipelineResult {
  const filters: Expr[] = [];
  const fields: string[] = [];
  const addField = (spl: string) => {
    if (spl.startsWith("_") || spl.includes("*")) return;
    const name = sigmaName(ctx, spl);
    if (!fields.includes(name)) fields.push(name);
  };
  const renames = new RenameHistory();
  const derived = new Set<string>();
  let stats: StatsStage | undefined;
  let span: string | undefined;
  let correlation: ThresholdCorrelation | undefined;
  let sawFillnull = false;
  const toOriginal = (e: Expr): Expr => mapFields(e, (f: FieldRef) => {
    const orig = renames.original(f.written ?? f.path);
    return orig === (f.written ?? f.path) ? f : build.field(orig, { pos: f.pos });
  });

  stages.forEach((s) => {
    const afterStats = stats !== undefined;
    switch (s.kind) {
      case "Filter": {
        const e = stageFilter(s.filter);
        if (e.kind === "Const" && e.value) return; // an empty `*_filter` macro: `search *`
        const computed: string[] = [];
        let droppedHere = false;
        for (const c of conjuncts(e)) {
          const threshold = afterStats ? thresholdOf(c, stats!) : undefined;
          if (threshold && !correlation) {
            correlation = {
              type: threshold.measure.type,
              groupBy: stats!.by.filter((b) => b.path !== "_time").map((b) => sigmaName(ctx, renames.original(b.path))),
              ...(threshold.measure.field ? { field: sigmaName(ctx, renames.original(threshold.measure.field)) } : {}),
              conditions: threshold.conditions,
              ...(span ? { span } : {}),
              statsText: stageText(stats!),
            };
            ctx.report.push(diagnostic("convert/correlation", `the threshold on \`${threshold.as}\` after \`${stageText(stats!)}\` becomes a Sigma ${threshold.measure.type} correlation rule`, at(ctx, s)));
            continue;
          }
          const blocked = new Set(derived);
          if (afterStats) for (const a of stats!.aggregations) blocked.add(a.as);
          if (usesAny(c, blocked)) {
            for (const b of blocked) if (usesAny(c, new Set([b])) && !computed.includes(b)) computed.push(b);
            droppedHere = true;
            continue;
          }
          // A condition on by-fields after stats selects the same groups as on events before it.
          filters.push(toOriginal(c));
        }
        if (droppedHere) {
          ctx.report.push(diagnostic("convert/dropped", `\`| ${s.command}\` condition on fields computed by the search (${computed.join(", ") || "an eval expression"}) has no Sigma equivalent; dropped`, at(ctx, s)));
        }
        return;
      }
      case "Stats": {
        if (s.command === "eventstats" || s.command === "streamstats") {
          for (const a of s.aggregations) derived.add(a.as);
          ctx.report.push(diagnostic("convert/dropped", `\`| ${s.command}\` adds running/group aggregates to events; Sigma has no equivalent, dropped`, at(ctx, s)));
          return;
        }
        if (stats) {
          for (const a of s.aggregations) derived.add(a.as);
          ctx.report.push(diagnostic("convert/dropped", `a second aggregation \`${stageText(s)}\` has no Sigma equivalent; dropped`, at(ctx, s)));
          return;
        }
        stats = s;
        for (const b of s.by) addField(renames.original(b.written ?? b.path));
        for (const a of s.aggregations) if (a.field && a.fn !== "count") addField(renames.original(a.field.written ?? a.field.path));
        // Which rows come out (one per by-value combination; events missing a by-field give none,
        // `fillnull` first fills only fields some row has) is result shaping: the alerting events are the filter's.
        ctx.report.push(diagnostic("convert/output-formatting", `\`${stageText(s)}\` aggregates the selected events into rows; its fields are kept as \`fields\`${s.by.length ? ` (Splunk gives no row for events that miss a by-field${sawFillnull && s.command === "stats" ? " no selected event has" : ""}; the Sigma rule matches them)` : ""}`, at(ctx, s)));
        return;
      }
      case "Rename":
        for (const r of s.renames) renames.add(r.from, r.to);
        ctx.report.push(diagnostic("convert/output-formatting", `\`${stageText(s)}\` only renames output columns; Sigma \`fields\` keep the event field names`, at(ctx, s)));
        return;
      case "Table":
      case "Fields":
        if (s.kind === "Table" || s.mode === "keep") for (const f of s.fields) if (!derived.has(f)) addField(renames.original(f));
        ctx.report.push(diagnostic("convert/output-formatting", `\`${stageText(s)}\` selects output columns; kept as \`fields\``, at(ctx, s)));
        return;
      case "Fillnull":
        if (!stats) sawFillnull = true;
        ctx.report.push(diagnostic("convert/output-formatting", `\`${stageText(s)}\` fills empty output columns`, at(ctx, s)));
        return;
      case "Eval":
        for (const a of s.assignments) derived.add(a.field);
        ctx.report.push(diagnostic("convert/output-formatting", `\`| eval ${s.assignments.map((a) => a.field).join(", ")}\` computes output columns`, at(ctx, s)));
        return;
      case "Convert":
        ctx.report.push(diagnostic("convert/output-formatting", `\`${stageText(s)}\` formats times for display`, at(ctx, s)));
        return;
      case "Bin":
        if (s.field === "_time" && s.span && !stats) span = s.span;
        ctx.report.push(diagnostic("convert/output-formatting", `\`| bin ${s.field}${s.span ? ` span=${s.span}` : ""}\` buckets ${s.field}${span ? "; its span is the correlation timespan" : ""}`, at(ctx, s)));
        return;
      case "Dedup":
      case "Sort":
      case "Head":
        ctx.report.push(diagnostic("convert/output-formatting", `\`| ${s.kind.toLowerCase()}\` orders or trims output rows`, at(ctx, s)));
        return;
      case "Command": {
        const name = s.name.toLowerCase();
        if (name === "tstats" || name === "datamodel" || name === "from") return; // folded into filter/logsource by the front-end
        if (ENRICHING.has(name)) {
          for (const a of s.args) if (/^[A-Za-z_][\w.]*$/.test(a)) derived.add(a);
          for (const v of Object.values(s.options)) derived.add(v);
          const out = /\(\?<([A-Za-z_]\w*)>/g;
          for (const m of s.text.matchAll(out)) derived.add(m[1]!);
          for (const m of s.text.matchAll(/\b(?:OUTPUT|OUTPUTNEW|as|AS)\s+([\w.]+)/g)) derived.add(m[1]!);
          ctx.report.push(diagnostic("convert/dropped", `\`| ${s.name}\` enriches events with fields Sigma cannot compute (lookup tables, regex extraction, geolocation); dropped`, at(ctx, s)));
          return;
        }
        if (FORMATTING.has(name)) {
          ctx.report.push(diagnostic("convert/output-formatting", `\`| ${s.name}\` shapes output rows`, at(ctx, s)));
          return;
        }
        ctx.report.push(diagnostic("convert/dropped", `\`| ${s.name}\` has no Sigma equivalent; dropped`, at(ctx, s)));
        return;
      }
    }
  });
  return { filters, fields, ...(correlation ? { correlation } : {}) };
}

interface Threshold {
  as: string;
  measure: { type: CorrelationType; field?: string };
  conditions: { op: CountOp; value: number }[];
}

/** `count > 5` (or `5 < count`, `dc_users >= 3 AND dc_users <= 10`) on a stats aggregate. */
function thresholdOf(e: Expr, stats: StatsStage): Threshold | undefined {
  const parts = e.kind === "And" ? e.children : [e];
  let as: string | undefined;
  const conditions: { op: CountOp; value: number }[] = [];
  for (const p of parts) {
    if (p.kind !== "Compare" || !p.numeric || typeof p.value !== "number" || p.timePart) return undefined;
    if (!Number.isInteger(p.value)) return undefined;
    if (as !== undefined && as !== p.field.path) return undefined;
    as = p.field.path;
    const op = CMP[p.op];
    if (!op) return undefined;
    conditions.push({ op, value: p.value });
  }
  if (as === undefined) return undefined;
  const agg = stats.aggregations.find((a) => a.as === as);
  const measure = agg && measureOf(agg);
  if (!measure) return undefined;
  return { as, measure, conditions };
}
