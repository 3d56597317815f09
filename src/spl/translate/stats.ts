import { field } from "../../ast/builders.js";
import type { Aggregation, AggregationFn } from "../../ast/stage.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import type { SplArg } from "../syntax/tree.js";
import { argText, isWord } from "./args.js";
import type { TranslateContext } from "./context.js";
import { checkEvalFunctions } from "./where.js";

const FUNCTIONS: Readonly<Record<string, AggregationFn>> = {
  count: "count", c: "count", dc: "dc", distinct_count: "distinct_count", values: "values", list: "list",
  min: "min", max: "max", sum: "sum", avg: "avg", mean: "mean", earliest: "earliest", latest: "latest",
  first: "first", last: "last", median: "median", mode: "mode", range: "range", stdev: "stdev", var: "var",
  earliest_time: "earliest_time", latest_time: "latest_time",
};

/** The parts of a stats-family command: aggregations, `by` fields and `key=value` options. */
export interface StatsParts {
  aggregations: Aggregation[];
  by: string[];
  options: Record<string, string>;
  /** Set when something in the arguments has no AST meaning (the message says what). */
  unsupported?: string;
}

/**
 * Reads `fn(field) [as name] ... [by f1, f2 ...]` (plus `key=value` options anywhere).
 * `count(eval(cond))` aggregates an eval expression; `perc95(f)`/`p50(f)` carry the percentile.
 */
export function parseStatsArguments(args: readonly SplArg[], ctx: TranslateContext): StatsParts {
  const parts: StatsParts = { aggregations: [], by: [], options: {} };
  let inBy = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    if (a.kind === "comma") continue;
    if (a.kind === "word" && next?.kind === "op" && next.op === "=" && argText(args[i + 2]) !== undefined) {
      parts.options[a.text] = argText(args[i + 2])!;
      i += 2;
      continue;
    }
    if (inBy) {
      const t = argText(a);
      if (t === undefined) return { ...parts, unsupported: `unexpected ${ctx.text.slice(a.start, a.end)} in the by clause` };
      parts.by.push(t);
      continue;
    }
    if (isWord(a, "by")) {
      inBy = true;
      continue;
    }
    if (isWord(a, "as")) {
      let name = argText(next);
      const last = parts.aggregations[parts.aggregations.length - 1];
      if (name === undefined || !last) return { ...parts, unsupported: "`as` without an aggregation and a name" };
      i++;
      // `as aceFlags(inheritance)`: a name running into parentheses is one name.
      const after = args[i + 1];
      if (after?.kind === "group" && after.start === next!.end) {
        name = ctx.text.slice(next!.start, after.end);
        i++;
      }
      parts.aggregations[parts.aggregations.length - 1] = Object.freeze({ ...last, as: name });
      continue;
    }
    if (a.kind !== "word") return { ...parts, unsupported: `unexpected ${ctx.text.slice(a.start, a.end)}` };
    const agg = aggregation(a, next?.kind === "group" ? next : undefined, ctx);
    if (typeof agg === "string") return { ...parts, unsupported: agg };
    parts.aggregations.push(agg);
    if (next?.kind === "group") i++;
  }
  return parts;
}

function aggregation(fnArg: Extract<SplArg, { kind: "word" }>, group: Extract<SplArg, { kind: "group" }> | undefined, ctx: TranslateContext): Aggregation | string {
  const name = fnArg.text.toLowerCase();
  let fn: AggregationFn | undefined = FUNCTIONS[name];
  let percentile: number | undefined;
  const perc = /^(perc|p|exactperc|upperperc)(\d+(?:\.\d+)?)$/.exec(name);
  if (!fn && perc) {
    fn = perc[1] === "p" ? "p" : "perc";
    percentile = Number(perc[2]);
  }
  if (!fn) return `aggregation function ${fnArg.text}() is not supported`;
  const extra = ctx.locate(fnArg.start);
  const as = group ? ctx.text.slice(fnArg.start, group.end) : fnArg.text;
  const out: { -readonly [K in keyof Aggregation]: Aggregation[K] } = { fn, as, ...extra };
  if (percentile !== undefined) out.percentile = percentile;
  if (!group) {
    if (fn !== "count") return `${fnArg.text} needs a field`;
    return Object.freeze(out);
  }
  const inner = group.args;
  const first = inner[0];
  if (inner.length === 1 && argText(first) !== undefined) {
    out.field = field(argText(first)!, ctx.locate(first!.start));
    return Object.freeze(out);
  }
  if (inner.length === 2 && isWord(first, "eval") && inner[1]!.kind === "group") {
    const g = inner[1]!;
    const parsed = ctx.parser.parseExpression(ctx.text, g.start + 1, g.end - 1, ctx.locate);
    if (!parsed.value) {
      for (const e of parsed.errors) ctx.report("spl/syntax", e.message, e.offset);
      return "an eval expression that does not parse";
    }
    checkEvalFunctions(parsed.value, ctx, g.start);
    out.eval = parsed.value as ValueExpr;
    return Object.freeze(out);
  }
  return `aggregation ${ctx.text.slice(fnArg.start, group.end)} is not supported`;
}
