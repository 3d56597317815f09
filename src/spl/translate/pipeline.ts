import { and, FALSE, field, TRUE } from "../../ast/builders.js";
import type { Expr } from "../../ast/expr.js";
import type { LogSource } from "../../ast/rule.js";
import type { BinStage, CommandStage, FillnullStage, FilterStage, Stage, StatsStage } from "../../ast/stage.js";
import type { SearchNode, SplCommand, SplPipeline } from "../syntax/tree.js";
import { argText, isWord } from "./args.js";
import type { TranslateContext } from "./context.js";
import { METADATA_FIELDS, searchFieldName, searchValueText, translateSearch, UntranslatableSearch } from "./search.js";
import { commandStage, regexFilter, translateCommand } from "./stages.js";
import { parseStatsArguments } from "./stats.js";
import { translateWhere } from "./where.js";

type SplunkSource = NonNullable<LogSource["splunk"]>;
type MutableSource = { -readonly [K in keyof SplunkSource]?: string[] | string };

/** What a search translates to: where events come from, which events, and what happens to them. */
export interface TranslatedSearch {
  logsource: LogSource;
  filter: Expr;
  pipeline: Stage[];
  /** The filter has no part kept as a `Command` stage. */
  filterTranslated: boolean;
  /** No stage is a `Command` and no expression uses an unknown function. */
  pipelineTranslated: boolean;
}

/** Commands that pass events through one by one (a `search`/`where` after them still filters events). */
const EVENT_FILTERS = new Set(["search", "where", "regex"]);

/**
 * Translates a parsed search: the base search (or `tstats`/`from datamodel`) and the
 * `search`/`where`/`regex` commands right after it become the rule's filter, with
 * `index`/`source`/`sourcetype` lifted into the log source; the rest become stages.
 */
export function translatePipeline(pipeline: SplPipeline, ctx: TranslateContext): TranslatedSearch {
  const source: MutableSource = {};
  const sourceMacros: string[] = [];
  const filters: Expr[] = [];
  const stages: Stage[] = [];
  let filterTranslated = true;
  let open = true; // still filtering raw events: later search/where commands join the filter

  const commands = pipeline.commands;
  let i = 0;
  const first = commands[0];
  if (first && first.name === "search") {
    if (first.search) {
      const r = translateBaseSearch(first.search, ctx, source, sourceMacros);
      filters.push(...r.filters);
      if (r.kept.length) {
        stages.push(keptSearch(first, r.kept, ctx));
        filterTranslated = false;
        open = false;
      }
    }
    i = 1;
  } else if (first && first.name === "tstats") {
    const r = translateTstats(first, ctx, source, sourceMacros);
    filters.push(...r.filters);
    stages.push(...r.stages);
    if (r.filterKept) filterTranslated = false;
    open = false;
    i = 1;
  } else if (first && first.name === "from") {
    // `| from datamodel Risk.All_Risk`, `| from datamodel=X`, `| from datamodel:X`
    const a0 = argText(first.args[0]) ?? "";
    let dm: string | undefined;
    if (/^datamodel:./i.test(a0) && first.args.length === 1) dm = a0.slice("datamodel:".length);
    else if (isWord(first.args[0], "datamodel") && first.args.length <= 3) dm = first.args[1]?.kind === "op" ? argText(first.args[2]) : argText(first.args[1]);
    if (dm !== undefined) {
      source.datamodel = dm.replace(/^"|"$/g, "");
      i = 1;
    }
  }

  for (; i < commands.length; i++) {
    const cmd = commands[i]!;
    if (open && EVENT_FILTERS.has(cmd.name)) {
      const f = eventFilter(cmd, ctx);
      if (f) {
        filters.push(f);
        continue;
      }
      filterTranslated = false;
      open = false;
      stages.push(commandStage(cmd, ctx, "this search cannot be expressed as a filter"));
      continue;
    }
    open = false;
    if (EVENT_FILTERS.has(cmd.name)) {
      const f = eventFilter(cmd, ctx);
      const stage: FilterStage | CommandStage = f
        ? Object.freeze({ kind: "Filter", command: cmd.name as FilterStage["command"], filter: f, ...ctx.locate(cmd.start) })
        : commandStage(cmd, ctx, "this search cannot be expressed as a filter");
      stages.push(stage);
      continue;
    }
    stages.push(translateCommand(cmd, ctx));
  }

  const splunk: { -readonly [K in keyof SplunkSource]: SplunkSource[K] } = {};
  for (const k of ["index", "source", "sourcetype"] as const) {
    const v = source[k];
    if (Array.isArray(v)) splunk[k] = Object.freeze(v);
  }
  if (typeof source.datamodel === "string") splunk.datamodel = source.datamodel;
  if (sourceMacros.length) splunk.macros = Object.freeze([...new Set(sourceMacros)]);
  const logsource: LogSource = Object.keys(splunk).length ? { splunk: Object.freeze(splunk) } : {};
  const filter = conjoin(filters);
  return {
    logsource,
    filter,
    pipeline: stages,
    filterTranslated,
    pipelineTranslated: filterTranslated && !stages.some((s) => s.kind === "Command") && ctx.unsupportedExpressions.length === 0,
  };
}

/** AND of the filter parts: nested Ands flattened, `true` dropped, `false` absorbing. */
function conjoin(parts: readonly Expr[]): Expr {
  const out: Expr[] = [];
  const add = (e: Expr): boolean => {
    if (e.kind === "Const") return e.value;
    if (e.kind === "And" && !e.origin) return e.children.every(add);
    out.push(e);
    return true;
  };
  for (const p of parts) if (!add(p)) return FALSE;
  if (out.length === 0) return TRUE;
  return out.length === 1 ? out[0]! : and(out);
}

/** The filter of a `search`/`where`/`regex` command, or undefined when it has parts without AST meaning. */
function eventFilter(cmd: SplCommand, ctx: TranslateContext): Expr | undefined {
  if (cmd.name === "search") {
    if (!cmd.search) return TRUE;
    try {
      return withOrigin(translateSearch(cmd.search, ctx), cmd, ctx);
    } catch (e) {
      if (e instanceof UntranslatableSearch) return undefined;
      throw e;
    }
  }
  if (cmd.name === "where") return cmd.expr ? translateWhere(cmd.expr, ctx, cmd.start) : undefined;
  return regexFilter(cmd, ctx);
}

/** `search *` from a `*_filter` macro: keep the macro name on the constant so emitters can show it. */
function withOrigin(e: Expr, cmd: SplCommand, ctx: TranslateContext): Expr {
  if (e.kind !== "Const") return e;
  const extra = ctx.locate(cmd.start);
  return extra.origin ? Object.freeze({ ...e, ...extra }) : e;
}

function conjuncts(node: SearchNode): readonly SearchNode[] {
  return node.kind === "and" ? node.children : [node];
}

/**
 * Lifts a top-level `index=`/`source=`/`sourcetype=` condition (or an OR/IN of one such field)
 * into the log source. Returns false when the conjunct is something else.
 */
function liftMetadata(node: SearchNode, ctx: TranslateContext, source: MutableSource, macros: string[]): boolean {
  let name: string | undefined;
  const values: string[] = [];
  const take = (n: SearchNode): boolean => {
    if (n.kind === "compare" && n.op === "=" && !n.directive) {
      const f = searchFieldName(n.field);
      if (!METADATA_FIELDS.has(f) || (name !== undefined && name !== f)) return false;
      name = f;
      values.push(searchValueText(n.value));
      return true;
    }
    if (n.kind === "in") {
      const f = searchFieldName(n.field);
      if (!METADATA_FIELDS.has(f) || (name !== undefined && name !== f)) return false;
      name = f;
      values.push(...n.values.map(searchValueText));
      return true;
    }
    if (n.kind === "or") return n.children.every(take);
    return false;
  };
  if (!take(node) || name === undefined || source[name as "index"] !== undefined) return false;
  source[name as "index"] = values;
  macros.push(...ctx.expanded.macrosAt(node.start).slice(0, 1));
  return true;
}

/** Base search: metadata lifted, the rest translated; parts with no AST meaning are kept aside. */
function translateBaseSearch(node: SearchNode, ctx: TranslateContext, source: MutableSource, macros: string[]): { filters: Expr[]; kept: SearchNode[] } {
  const filters: Expr[] = [];
  const kept: SearchNode[] = [];
  for (const c of conjuncts(node)) {
    if (liftMetadata(c, ctx, source, macros)) continue;
    try {
      filters.push(translateSearch(c, ctx));
    } catch (e) {
      if (!(e instanceof UntranslatableSearch)) throw e;
      kept.push(c);
    }
  }
  return { filters, kept };
}

/** Conjuncts of the base search with no AST meaning (subsearches, unknown macros): a `search` Command stage, first in the pipeline. */
function keptSearch(cmd: SplCommand, kept: SearchNode[], ctx: TranslateContext): CommandStage {
  const text = kept.map((k) => ctx.text.slice(k.start, k.end)).join(" ");
  ctx.unsupported.push("search");
  ctx.report("spl/unsupported-command", `part of the base search has no rulecast semantics (${kept.map(describe).join(", ")}); it is kept as a \`search\` Command stage`, kept[0]!.start);
  return Object.freeze({ kind: "Command", name: "search", text, args: Object.freeze([text]), options: Object.freeze({}), ...ctx.locate(cmd.start) });
}

const TIME_MODIFIER_NAMES = /^(earliest|latest|start|end|_index_)/i;

function describe(n: SearchNode): string {
  const found: string[] = [];
  const visit = (x: SearchNode) => {
    if (x.kind === "subsearch") found.push("subsearch");
    else if (x.kind === "compare" && TIME_MODIFIER_NAMES.test(x.field.text)) found.push(`time range ${x.field.text}=`);
    else if (x.kind === "macro") found.push(`macro ${x.text}`);
    else if (x.kind === "and" || x.kind === "or") x.children.forEach(visit);
    else if (x.kind === "not") visit(x.child);
  };
  visit(n);
  return [...new Set(found)].join(", ") || "unsupported search";
}

const TSTATS_OPTIONS = new Set(["summariesonly", "allow_old_summaries", "fillnull_value", "chunk_size", "local", "include_reduced_buckets"]);

/**
 * `| tstats <aggregations> from datamodel=X where <search> by <fields> [span=...]`:
 * the data model goes to the log source, `where` to the filter, the rest to a Stats stage
 * (a `span=` on `_time` becomes a Bin stage before it, `fillnull_value=` a Fillnull of the by-fields).
 */
function translateTstats(cmd: SplCommand, ctx: TranslateContext, source: MutableSource, macros: string[]): { filters: Expr[]; stages: Stage[]; filterKept: boolean } {
  const args = cmd.args;
  const whereAt = args.findIndex((a) => isWord(a, "where"));
  const byAt = args.findIndex((a, k) => k > whereAt && isWord(a, "by"));
  const whereEnd = byAt >= 0 ? byAt : args.length;
  const head = args.slice(0, whereAt >= 0 ? whereAt : whereEnd);
  const tail = byAt >= 0 ? args.slice(byAt) : [];
  // `from datamodel=X` (or `from datamodel:X`) inside the aggregation part.
  const fromAt = head.findIndex((a) => isWord(a, "from"));
  let aggArgs = head;
  let unsupported: string | undefined;
  if (fromAt >= 0) {
    const dm = head[fromAt + 1];
    if (isWord(dm, "datamodel") && head[fromAt + 2]?.kind === "op" && argText(head[fromAt + 3]) !== undefined) {
      source.datamodel = argText(head[fromAt + 3])!;
      aggArgs = [...head.slice(0, fromAt), ...head.slice(fromAt + 4)];
    } else if (dm?.kind === "word" && /^datamodel:/i.test(dm.text)) {
      source.datamodel = dm.text.slice("datamodel:".length).replace(/^"|"$/g, "");
      aggArgs = [...head.slice(0, fromAt), ...head.slice(fromAt + 2)];
    } else unsupported = "`from` without `datamodel=`";
  }
  const filters: Expr[] = [];
  let filterKept = false;
  if (whereAt >= 0) {
    const start = args[whereAt]!.end;
    const end = byAt >= 0 ? args[byAt]!.start : cmd.end;
    const parsed = ctx.parser.parseSearchExpression(ctx.text, start, end, ctx.locate);
    if (parsed.value) {
      const r = translateBaseSearch(parsed.value, ctx, source, macros);
      filters.push(...r.filters);
      if (r.kept.length) {
        filterKept = true;
        unsupported = "its where clause has parts with no AST meaning";
      }
    } else {
      for (const e of parsed.errors) ctx.report("spl/syntax", e.message, e.offset);
      filterKept = true;
      unsupported = "its where clause does not parse";
    }
  }
  const parts = parseStatsArguments([...aggArgs, ...tail], ctx);
  const badOptions = Object.keys(parts.options).filter((k) => !TSTATS_OPTIONS.has(k) && k !== "span");
  if (parts.unsupported) unsupported ??= parts.unsupported;
  if (badOptions.length) unsupported ??= `option ${badOptions.join(", ")}`;
  if (parts.aggregations.length === 0) unsupported ??= "no aggregation";
  if (unsupported) {
    return { filters: [], stages: [commandStage(cmd, ctx, unsupported)], filterKept: true };
  }
  const stages: Stage[] = [];
  const extra = ctx.locate(cmd.start);
  // `fillnull_value=v` gives missing by-fields the value v instead of dropping the row.
  if (parts.options.fillnull_value !== undefined && parts.by.length > 0) {
    const fill: FillnullStage = { kind: "Fillnull", value: parts.options.fillnull_value, fields: Object.freeze([...parts.by]), ...extra };
    stages.push(Object.freeze(fill));
  }
  if (parts.options.span !== undefined) {
    const binStage: BinStage = { kind: "Bin", field: "_time", span: parts.options.span, ...extra };
    stages.push(Object.freeze(binStage));
  }
  const stats: { -readonly [K in keyof StatsStage]: StatsStage[K] } = {
    kind: "Stats", command: "tstats", aggregations: Object.freeze(parts.aggregations), by: Object.freeze(parts.by.map((b) => field(b))), ...extra,
  };
  if (typeof source.datamodel === "string") stats.datamodel = source.datamodel;
  stages.push(Object.freeze(stats));
  return { filters, stages, filterKept };
}
