import { field, not, regex } from "../../ast/builders.js";
import type {
  BinStage, CommandStage, ConvertStage, DedupStage, EvalStage, FieldsStage, FillnullStage, HeadStage, RenameStage, SortKey,
  SortStage, Stage, StatsStage, TableStage,
} from "../../ast/stage.js";
import type { SplArg, SplCommand } from "../syntax/tree.js";
import { argText, describeArgs, fieldList, isWord, splitOptions } from "./args.js";
import type { TranslateContext } from "./context.js";
import { commandDetails } from "./command-details.js";
import { parseStatsArguments } from "./stats.js";
import { checkEvalFunctions } from "./where.js";

/** Result of translating one command: a stage, or the reason it is kept as a `Command`. */
type StageResult = Stage | { unsupported: string };

const freeze = <T extends object>(x: T): T => Object.freeze(x);

/** A command kept without semantics: reported with `spl/unsupported-command`, nothing lost. */
export function commandStage(cmd: SplCommand, ctx: TranslateContext, reason?: string): CommandStage {
  const nameEnd = cmd.start + (cmd.name.startsWith("`") ? cmd.name.length : ctx.text.slice(cmd.start).search(/[\s|\]]|$/));
  const text = ctx.text.slice(nameEnd, cmd.end).trim();
  const d = describeArgs(cmd.args, (s, e) => ctx.text.slice(s, e));
  ctx.unsupported.push(cmd.name);
  ctx.report("spl/unsupported-command", `command \`${cmd.name}\` has no rulecast semantics${reason ? ` (${reason})` : ""}; it is kept as a Command stage`, cmd.start);
  const stage: { -readonly [K in keyof CommandStage]: CommandStage[K] } = {
    kind: "Command", name: cmd.name, text, args: freeze(d.args), options: freeze(d.options), ...ctx.locate(cmd.start),
  };
  if (d.by) stage.by = freeze(d.by);
  if (d.renames) stage.renames = freeze(d.renames.map(freeze));
  return freeze(stage);
}

/** Translates a non-search command to its stage (or a `Command` stage with a warning). */
export function translateCommand(cmd: SplCommand, ctx: TranslateContext): Stage {
  // rex/lookup/spath/iplocation have no stage, but their arguments are checked and named.
  const details = commandDetails(cmd);
  if (details && "problem" in details) ctx.report("spl/invalid-argument", `${cmd.name}: ${details.problem}`, cmd.start);
  const fn = TRANSLATORS[cmd.name];
  const result: StageResult = fn ? fn(cmd, ctx) : { unsupported: "" };
  return "unsupported" in result ? commandStage(cmd, ctx, result.unsupported || undefined) : result;
}

type Translator = (cmd: SplCommand, ctx: TranslateContext) => StageResult;

const fillnull: Translator = (cmd, ctx) => {
  const { options, rest } = splitOptions(cmd.args);
  if (Object.keys(options).some((k) => k !== "value")) return { unsupported: "unknown option" };
  const fields = fieldList(rest);
  if (!fields) return { unsupported: "unexpected argument" };
  const stage: FillnullStage = { kind: "Fillnull", value: options.value ?? "0", fields: fields.length ? freeze(fields) : null, ...ctx.locate(cmd.start) };
  return freeze(stage);
};

function stats(command: "stats" | "eventstats" | "streamstats"): Translator {
  return (cmd, ctx) => {
    const parts = parseStatsArguments(cmd.args, ctx);
    if (parts.unsupported) return { unsupported: parts.unsupported };
    // Options that change grouping or windows have no place in the Stats stage.
    const allowed = command === "stats" ? ["allnum", "delim"] : command === "eventstats" ? ["allnum"] : [];
    const bad = Object.keys(parts.options).filter((k) => !allowed.includes(k));
    if (bad.length) return { unsupported: `option ${bad.join(", ")}` };
    if (parts.aggregations.length === 0) return { unsupported: "no aggregation" };
    const stage: StatsStage = {
      kind: "Stats", command, aggregations: freeze(parts.aggregations), by: freeze(parts.by.map((b) => field(b))), ...ctx.locate(cmd.start),
    };
    return freeze(stage);
  };
}

const evalCmd: Translator = (cmd, ctx) => {
  const assignments = cmd.assignments ?? [];
  for (const a of assignments) checkEvalFunctions(a.expr, ctx, a.start);
  const stage: EvalStage = { kind: "Eval", assignments: freeze(assignments.map((a) => freeze({ field: a.field, expr: a.expr }))), ...ctx.locate(cmd.start) };
  return freeze(stage);
};

const rename: Translator = (cmd, ctx) => {
  const renames: { from: string; to: string }[] = [];
  const args = cmd.args.filter((a) => a.kind !== "comma");
  for (let i = 0; i < args.length; i += 3) {
    const from = argText(args[i]);
    const to = argText(args[i + 2]);
    if (from === undefined || to === undefined || !isWord(args[i + 1], "as")) return { unsupported: "expected `old as new` pairs" };
    renames.push(freeze({ from, to }));
  }
  if (!renames.length) return { unsupported: "no renames" };
  const stage: RenameStage = { kind: "Rename", renames: freeze(renames), ...ctx.locate(cmd.start) };
  return freeze(stage);
};

const table: Translator = (cmd, ctx) => {
  const fields = fieldList(cmd.args);
  if (!fields) return { unsupported: "unexpected argument" };
  const stage: TableStage = { kind: "Table", fields: freeze(fields), ...ctx.locate(cmd.start) };
  return freeze(stage);
};

const fields: Translator = (cmd, ctx) => {
  let args = cmd.args;
  let mode: "keep" | "remove" = "keep";
  const first = argText(args[0]);
  if (first === "-" || first === "+") {
    mode = first === "-" ? "remove" : "keep";
    args = args.slice(1);
  }
  const list = fieldList(args);
  if (!list || !list.length) return { unsupported: "unexpected argument" };
  const stage: FieldsStage = { kind: "Fields", mode, fields: freeze(list), ...ctx.locate(cmd.start) };
  return freeze(stage);
};

function sortKeys(args: readonly SplArg[]): SortKey[] | undefined {
  const keys: SortKey[] = [];
  let descending = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === "comma") continue;
    const t = argText(a);
    if (t === "-" || t === "+") {
      descending = t === "-";
      continue;
    }
    const next = args[i + 1];
    const fn = /^([+-]?)(num|str|ip|auto)$/i.exec(t ?? "");
    if (a.kind === "word" && fn && next?.kind === "group" && next.args.length === 1 && argText(next.args[0]) !== undefined) {
      keys.push(freeze({ field: argText(next.args[0])!, descending: fn[1] ? fn[1] === "-" : descending, as: fn[2]!.toLowerCase() as SortKey["as"] }));
      i++;
    } else if (t !== undefined) {
      if (t.startsWith("-") || t.startsWith("+")) keys.push(freeze({ field: t.slice(1), descending: t.startsWith("-") }));
      else keys.push(freeze({ field: t, descending }));
    } else return undefined;
    descending = false;
  }
  return keys;
}

const sort: Translator = (cmd, ctx) => {
  const { options, rest } = splitOptions(cmd.args);
  if (Object.keys(options).some((k) => k !== "limit")) return { unsupported: "unknown option" };
  let args = rest;
  let limit: number | null = options.limit !== undefined ? Number(options.limit) : 10000;
  const first = argText(args[0]);
  if (first !== undefined && /^\d+$/.test(first)) {
    limit = Number(first);
    args = args.slice(1);
  }
  if (limit === 0) limit = null;
  if (limit !== null && !Number.isInteger(limit)) return { unsupported: "limit is not a number" };
  // A trailing `desc` reverses the whole order.
  let reverse = false;
  if (isWord(args[args.length - 1], "desc", "d")) {
    reverse = true;
    args = args.slice(0, -1);
  }
  const keys = sortKeys(args);
  if (!keys || !keys.length) return { unsupported: "unexpected argument" };
  const stage: SortStage = {
    kind: "Sort", keys: freeze(reverse ? keys.map((k) => freeze({ ...k, descending: !k.descending })) : keys), limit, ...ctx.locate(cmd.start),
  };
  return freeze(stage);
};

const dedup: Translator = (cmd, ctx) => {
  const { options, rest } = splitOptions(cmd.args);
  if (Object.keys(options).some((k) => !["keepempty", "consecutive", "keepevents"].includes(k)) || options.keepevents !== undefined) {
    return { unsupported: "unknown option" };
  }
  let args = rest;
  let count = 1;
  const first = argText(args[0]);
  if (first !== undefined && /^\d+$/.test(first)) {
    count = Number(first);
    args = args.slice(1);
  }
  let sortBy: SortKey[] | undefined;
  const sortAt = args.findIndex((a) => isWord(a, "sortby"));
  if (sortAt >= 0) {
    sortBy = sortKeys(args.slice(sortAt + 1));
    if (!sortBy) return { unsupported: "sortby" };
    args = args.slice(0, sortAt);
  }
  const list = fieldList(args);
  if (!list || !list.length) return { unsupported: "unexpected argument" };
  const truthy = (v: string | undefined) => v !== undefined && /^(t|true|1)$/i.test(v);
  const stage: { -readonly [K in keyof DedupStage]: DedupStage[K] } = {
    kind: "Dedup", fields: freeze(list), count, keepEmpty: truthy(options.keepempty), consecutive: truthy(options.consecutive), ...ctx.locate(cmd.start),
  };
  if (sortBy) stage.sortBy = freeze(sortBy);
  return freeze(stage);
};

const head: Translator = (cmd, ctx) => {
  const { options, rest } = splitOptions(cmd.args);
  let count = 10;
  if (options.limit !== undefined) count = Number(options.limit);
  else if (rest.length === 1 && argText(rest[0]) !== undefined) count = Number(argText(rest[0]));
  else if (rest.length > 0) return { unsupported: "head with a condition" };
  if (Object.keys(options).some((k) => k !== "limit")) return { unsupported: "unknown option" };
  if (!Number.isInteger(count) || count < 0) {
    ctx.report("spl/invalid-argument", `head needs a whole number, not ${JSON.stringify(argText(rest[0]) ?? options.limit)}`, cmd.start);
    return { unsupported: "invalid count" };
  }
  const stage: HeadStage = { kind: "Head", count, ...ctx.locate(cmd.start) };
  return freeze(stage);
};

const convert: Translator = (cmd, ctx) => {
  const { options, rest } = splitOptions(cmd.args);
  if (Object.keys(options).some((k) => k !== "timeformat")) return { unsupported: "unknown option" };
  const conversions: { fn: string; field: string; as?: string }[] = [];
  const args = rest.filter((a) => a.kind !== "comma");
  for (let i = 0; i < args.length; i++) {
    const fn = args[i]!;
    const group = args[i + 1];
    if (fn.kind !== "word" || group?.kind !== "group" || group.args.length !== 1 || argText(group.args[0]) === undefined) {
      return { unsupported: "expected fn(field)" };
    }
    const conv: { fn: string; field: string; as?: string } = { fn: fn.text.toLowerCase(), field: argText(group.args[0])! };
    i++;
    if (isWord(args[i + 1], "as") && argText(args[i + 2]) !== undefined) {
      conv.as = argText(args[i + 2])!;
      i += 2;
    }
    conversions.push(freeze(conv));
  }
  if (!conversions.length) return { unsupported: "no conversion" };
  const stage: { -readonly [K in keyof ConvertStage]: ConvertStage[K] } = { kind: "Convert", conversions: freeze(conversions), ...ctx.locate(cmd.start) };
  if (options.timeformat !== undefined) stage.timeformat = options.timeformat;
  return freeze(stage);
};

const bin: Translator = (cmd, ctx) => {
  const { options, rest } = splitOptions(cmd.args);
  if (Object.keys(options).some((k) => k !== "span" && k !== "bins")) return { unsupported: "unknown option" };
  const f = argText(rest[0]);
  if (f === undefined) return { unsupported: "no field" };
  const stage: { -readonly [K in keyof BinStage]: BinStage[K] } = { kind: "Bin", field: f, ...ctx.locate(cmd.start) };
  if (rest.length === 3 && isWord(rest[1], "as") && argText(rest[2]) !== undefined) stage.as = argText(rest[2]);
  else if (rest.length !== 1) return { unsupported: "unexpected argument" };
  if (options.span !== undefined) stage.span = options.span;
  if (options.bins !== undefined) {
    const bins = Number(options.bins);
    if (!Number.isInteger(bins)) return { unsupported: "bins is not a number" };
    stage.bins = bins;
  }
  return freeze(stage);
};

/** `| regex [field](=|!=)"re"` as a filter (`_raw` when no field is given). */
export function regexFilter(cmd: SplCommand, ctx: TranslateContext) {
  const args = cmd.args;
  let f = "_raw";
  let negate = false;
  let re: string | undefined;
  if (args.length === 1 && argText(args[0]) !== undefined) re = argText(args[0]);
  else if (args.length === 3 && args[1]!.kind === "op" && (args[1].op === "=" || args[1].op === "!=") && argText(args[0]) !== undefined && argText(args[2]) !== undefined) {
    f = argText(args[0])!;
    negate = args[1].op === "!=";
    re = argText(args[2]);
  }
  if (re === undefined) return undefined;
  const extra = ctx.locate(cmd.start);
  const r = regex(field(f, extra), re, {}, extra);
  return negate ? not(r, extra) : r;
}

const TRANSLATORS: Readonly<Record<string, Translator>> = {
  fillnull,
  stats: stats("stats"),
  eventstats: stats("eventstats"),
  streamstats: stats("streamstats"),
  eval: evalCmd,
  rename,
  table,
  fields,
  sort,
  dedup,
  head,
  convert,
  bin,
  bucket: bin,
};
