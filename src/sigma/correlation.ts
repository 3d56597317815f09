import type { Correlation, CorrelationType, CountOp } from "../ast/correlation.js";
import type { SourcePos } from "../ast/position.js";
import type { RuleContext } from "./context.js";
import { isRecord, setOwn } from "./source/yaml-documents.js";

const TYPES: ReadonlySet<CorrelationType> = new Set([
  "event_count", "value_count", "temporal", "temporal_ordered", "value_sum", "value_avg", "value_percentile", "value_median",
]);
const OPS: ReadonlySet<CountOp> = new Set(["gt", "gte", "lt", "lte", "eq", "neq"]);
/** Types that measure a field and need `condition.field`. */
const FIELD_TYPES: ReadonlySet<CorrelationType> = new Set(["value_count", "value_sum", "value_avg", "value_percentile", "value_median"]);
const TEMPORAL: ReadonlySet<CorrelationType> = new Set(["temporal", "temporal_ordered"]);

const UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Parses a correlation timespan: a whole number and a lower-case unit, `s`, `m`, `h`, `d`
 * (the specification) or `w` (pySigma). Returns milliseconds, or undefined when invalid.
 */
export function parseTimespan(text: string): number | undefined {
  const m = /^(\d+)([smhdw])$/.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}

/**
 * Reads a `correlation:` section into the AST. Temporal correlations without a condition
 * get the specification's default: every referenced rule matched (`gte <number of rules>`).
 */
export function readCorrelation(ctx: RuleContext, doc: Record<string, unknown>): Correlation | undefined {
  const section = doc.correlation;
  const sectionPos = ctx.positions.key(doc, "correlation");
  const bad = (msg: string, pos: SourcePos | undefined): undefined => {
    ctx.report("sigma/invalid-correlation", msg, pos ?? sectionPos);
    return undefined;
  };
  if (!isRecord(section)) return bad("`correlation` must be a mapping", sectionPos);
  const at = (k: string) => ctx.positions.value(section, k);
  let ok = true;
  const fail = (msg: string, k: string) => {
    ok = false;
    bad(msg, at(k));
  };

  const type = section.type as CorrelationType;
  if (typeof type !== "string" || !TYPES.has(type)) fail(`unknown correlation type ${JSON.stringify(section.type)} (expected ${[...TYPES].join(", ")})`, "type");

  const rules = typeof section.rules === "string" ? [section.rules] : section.rules;
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every((r) => typeof r === "string" && r !== "")) {
    fail("`rules` must name one or more rules (by id or name)", "rules");
  }

  const groupByRaw = section["group-by"];
  const groupBy = groupByRaw === undefined ? [] : typeof groupByRaw === "string" ? [groupByRaw] : groupByRaw;
  if (!Array.isArray(groupBy) || !groupBy.every((g) => typeof g === "string")) fail("`group-by` must be a list of field names", "group-by");

  const timespan = typeof section.timespan === "number" ? `${section.timespan}s` : section.timespan;
  const timespanMs = typeof timespan === "string" ? parseTimespan(timespan) : undefined;
  if (timespanMs === undefined) fail(`\`timespan\` must be a number and a unit s, m, h, d or w (e.g. \`5m\`), not ${JSON.stringify(section.timespan)}`, "timespan");

  const conditions: { op: CountOp; value: number }[] = [];
  let field: string[] | undefined;
  let percentile: number | undefined;
  const cond = section.condition;
  if (cond === undefined) {
    if (!TEMPORAL.has(type)) fail(`a ${type} correlation needs a \`condition\``, "type");
    else if (Array.isArray(rules)) conditions.push({ op: "gte", value: rules.length });
  } else if (!isRecord(cond)) fail("`condition` must be a mapping such as `gte: 100`", "condition");
  else {
    for (const [k, v] of Object.entries(cond)) {
      const where = ctx.positions.value(cond, k);
      if (k === "field") {
        const fs = typeof v === "string" ? [v] : v;
        if (!Array.isArray(fs) || fs.length === 0 || !fs.every((x) => typeof x === "string")) {
          ok = false;
          bad("`condition.field` must be a field name or a list of them", where);
        } else field = fs as string[];
      } else if (k === "percentile") {
        if (typeof v !== "number" || v < 0 || v > 100) {
          ok = false;
          bad("`condition.percentile` must be a number from 0 to 100", where);
        } else percentile = v;
      } else if (OPS.has(k as CountOp)) {
        if (typeof v !== "number" || !Number.isFinite(v)) {
          ok = false;
          bad(`\`${k}\` must be a number`, where);
        } else conditions.push({ op: k as CountOp, value: v });
      } else {
        ok = false;
        bad(`unknown condition \`${k}\` (expected gt, gte, lt, lte, eq, neq or field)`, ctx.positions.key(cond, k));
      }
    }
    if (conditions.length === 0) fail("`condition` needs a comparison such as `gte: 100`", "condition");
  }
  if (FIELD_TYPES.has(type) && !field) fail(`a ${type} correlation needs \`condition.field\``, "condition");
  if (!FIELD_TYPES.has(type) && field) fail(`a ${type} correlation takes no \`condition.field\``, "condition");

  let aliases: Record<string, Record<string, string>> | undefined;
  if (section.aliases !== undefined) {
    if (!isRecord(section.aliases)) fail("`aliases` must map alias names to { rule: field }", "aliases");
    else {
      aliases = {};
      for (const [alias, mapping] of Object.entries(section.aliases)) {
        if (!isRecord(mapping) || !Object.values(mapping).every((x) => typeof x === "string")) {
          ok = false;
          bad(`alias \`${alias}\` must map rule names to field names`, ctx.positions.value(section.aliases, alias));
          continue;
        }
        const m: Record<string, string> = {};
        for (const [r, f] of Object.entries(mapping)) setOwn(m, r, f as string);
        setOwn(aliases, alias, Object.freeze(m));
      }
    }
  }

  // `generate` is top-level in the v2.1 schema; older documents put it inside `correlation`.
  const generate = doc.generate ?? section.generate ?? false;
  if (typeof generate !== "boolean") fail("`generate` must be true or false", "generate");
  if (!ok) return undefined;

  const c: { -readonly [K in keyof Correlation]: Correlation[K] } = {
    kind: "Correlation",
    type,
    rules: Object.freeze([...(rules as string[])]),
    groupBy: Object.freeze([...(groupBy as string[])]),
    timespan: timespan as string,
    timespanMs: timespanMs!,
    conditions: Object.freeze(conditions.map((x) => Object.freeze(x))),
    generate: generate as boolean,
    pos: sectionPos,
  };
  if (field) c.field = Object.freeze(field);
  if (percentile !== undefined) c.percentile = percentile;
  if (aliases) c.aliases = Object.freeze(aliases);
  return Object.freeze(c);
}

/** Position of each name in a correlation's `rules:` list, for unresolved-reference diagnostics. */
export function correlationRulePositions(ctx: RuleContext, doc: Record<string, unknown>): SourcePos[] {
  const section = doc.correlation;
  if (!isRecord(section) || !Array.isArray(section.rules)) return [];
  return section.rules.map((_, i) => ctx.positions.value(section.rules, i) ?? { line: 1, column: 1 });
}
