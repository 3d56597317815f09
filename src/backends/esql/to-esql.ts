import { or } from "../../ast/builders.js";
import type { Correlation } from "../../ast/correlation.js";
import type { Cidr, Compare, Expr, Keyword, Match, Regex } from "../../ast/expr.js";
import { normalizeExpr } from "../../ast/normalize.js";
import { isWildcard, patternShape, type Pattern } from "../../ast/pattern.js";
import type { Rule } from "../../ast/rule.js";
import type { Aggregation, Stage } from "../../ast/stage.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import { diagnostic, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { parseCidr } from "../lucene/cidr.js";
import { DEFAULT_RAW_FIELD, type ElasticOptions } from "../lucene/options.js";
import { lowerEachChar } from "../lucene/to-lucene.js";
import { hasCaseVariants } from "../regex/case-fold.js";
import { pcreToLuceneRegexp, wildcardToLuceneRegexp } from "../regex/lucene-regexp.js";
import { pipelineState } from "../../pipelines/apply.js";
import { esqlIdentifier as id, esqlLikeLiteral, esqlNumber, esqlString, esqlTimeSpan } from "./syntax.js";

/** Options of {@link toEsql}. */
export interface EsqlOptions extends ElasticOptions {
  /** `FROM` index pattern; default: the pipeline's `index` state, else `logs-*`. */
  index?: string;
  /** The event time field for correlations (default `@timestamp`). */
  timestampField?: string;
  /** Rules a correlation may reference (by id or name); the CLI passes the whole batch. */
  rules?: readonly Rule[];
  /** Warnings (approximations) are pushed here when given. */
  diagnostics?: Diagnostic[];
}

export const DEFAULT_INDEX = "logs-*";

/**
 * A rule as an ES|QL query (Elasticsearch >= 8.14): `FROM index | WHERE <filter>`, then the
 * SPL pipeline (`STATS ... BY`, `EVAL`, `RENAME`, `KEEP`/`DROP`, `SORT`, `LIMIT`, `WHERE`), or
 * a Sigma correlation (`STATS` per group and time bucket, then `WHERE` on the measure).
 *
 * Three-valued logic: a comparison on a missing field is `null` in ES|QL, so every `NOT` is
 * written `NOT COALESCE(x, FALSE)` to keep the AST's "Not(Match) holds on a missing field".
 * Multivalued fields: ES|QL predicates on a multivalued field are `null` (with a warning) when
 * evaluated in the compute engine, so the filter assumes single-valued fields (docs/elastic.md).
 * Throws RuleError (`backend/unsupported`, `backend/regex-untranslatable`) for what ES|QL
 * cannot express faithfully.
 */
export function toEsql(rule: Rule, opts: EsqlOptions = {}): string {
  const w = new EsqlWriter(opts, rule.file);
  const index = opts.index ?? pipelineState(rule, "index") ?? DEFAULT_INDEX;
  const lines = [`FROM ${index.split(",").map((s) => (/^[\w.*:-]+$/.test(s.trim()) ? s.trim() : esqlString(s.trim()))).join(", ")}`];
  if (rule.correlation) lines.push(...w.correlation(rule, rule.correlation));
  else {
    const filter = normalizeExpr(rule.filter);
    if (!(filter.kind === "Const" && filter.value)) lines.push(`WHERE ${w.cond(filter)}`);
    rule.pipeline.forEach((s, i) => lines.push(...w.stage(s, rule.pipeline.slice(i + 1))));
  }
  if (w.errors.length) throw new RuleError(w.errors);
  return lines.join("\n| ");
}

/** The ES|QL boolean expression of one filter expression. */
export function esqlOfExpr(e: Expr, opts: EsqlOptions = {}): string {
  const w = new EsqlWriter(opts, undefined);
  const out = w.cond(normalizeExpr(e));
  if (w.errors.length) throw new RuleError(w.errors);
  return out;
}

const AGG: Partial<Record<Aggregation["fn"], string>> = {
  count: "COUNT", dc: "COUNT_DISTINCT", distinct_count: "COUNT_DISTINCT", values: "VALUES", min: "MIN", max: "MAX",
  sum: "SUM", avg: "AVG", mean: "AVG", median: "MEDIAN", perc: "PERCENTILE", p: "PERCENTILE",
};

const TIME_PARTS: Record<string, string> = { minute: "MINUTE_OF_HOUR", hour: "HOUR_OF_DAY", day: "DAY_OF_MONTH", month: "MONTH_OF_YEAR", year: "YEAR" };

class EsqlWriter {
  readonly errors: Diagnostic[] = [];
  constructor(private readonly opts: EsqlOptions, private readonly file: string | undefined) {}

  private unsupported(what: string, pos: Expr["pos"], code: "backend/unsupported" | "backend/regex-untranslatable" = "backend/unsupported"): string {
    this.errors.push(diagnostic(code, `ES|QL: ${what}`, { file: this.file, pos }));
    return "TRUE";
  }

  private warn(message: string, pos: Expr["pos"]): void {
    this.opts.diagnostics?.push(diagnostic("backend/approximation", `ES|QL: ${message}`, { file: this.file, pos }));
  }

  cond(e: Expr): string {
    switch (e.kind) {
      case "And":
        return "(" + e.children.map((c) => this.cond(c)).join(" AND ") + ")";
      case "Or":
        return "(" + e.children.map((c) => this.cond(c)).join(" OR ") + ")";
      case "Not":
        return `NOT COALESCE(${this.cond(e.child)}, FALSE)`;
      case "Const":
        return e.value ? "TRUE" : "FALSE";
      case "Match":
        return this.match(e);
      case "Keyword":
        return this.keyword(e);
      case "Exists":
        return `${id(e.field.path)} IS NOT NULL`;
      case "Compare":
        return this.compare(e);
      case "Regex":
        return this.regex(e);
      case "Cidr":
        return this.cidr(e);
      case "FieldEquals":
        if (e.caseSensitive) return `${id(e.field.path)} == ${id(e.other.path)}`;
        this.warn("case-insensitive field comparison uses TO_LOWER (full lower-casing, not case folding)", e.pos);
        return `TO_LOWER(${id(e.field.path)}) == TO_LOWER(${id(e.other.path)})`;
      case "EvalCondition":
        return `COALESCE(${this.value(e.expr, e.pos)}, FALSE)`;
    }
  }

  private valueCond(field: string, p: Pattern, caseSensitive: boolean, pos: Expr["pos"]): string {
    const f = id(field);
    const shape = patternShape(p);
    if (shape.shape === "any") return `${f} IS NOT NULL`;
    const text = p.parts.filter((x): x is string => typeof x === "string").join("");
    const strategy = this.opts.caseInsensitive ?? "char-classes";
    if (!caseSensitive && hasCaseVariants(text)) {
      if (strategy === "to-lower" || strategy === "lowercase-field") {
        const lowered: Pattern = { parts: p.parts.map((x) => (isWildcard(x) ? x : lowerEachChar(x))) };
        const target = strategy === "to-lower" ? `TO_LOWER(${f})` : id(`${field}.${this.opts.lowercaseSuffix ?? "lower"}`);
        return this.exactOrLike(target, lowered);
      }
      if (strategy === "exact") {
        this.warn(`'${text}' is matched case-sensitively (caseInsensitive: exact)`, pos);
        return this.exactOrLike(f, p);
      }
      // char-classes (and `flag`, which ES|QL lacks): an exact RLIKE
      return `${f} RLIKE ${esqlString(wildcardToLuceneRegexp(p, true))}`;
    }
    return this.exactOrLike(f, p);
  }

  private exactOrLike(target: string, p: Pattern): string {
    const shape = patternShape(p);
    if (shape.shape === "exact") return `${target} == ${esqlString(shape.value)}`;
    return `${target} LIKE ${esqlString(p.parts.map((x) => (isWildcard(x) ? x.wildcard : esqlLikeLiteral(x))).join(""))}`;
  }

  private match(e: Match): string {
    return this.valueCond(e.field.path, e.pattern, e.caseSensitive, e.pos);
  }

  private keyword(e: Keyword): string {
    if (e.scope === "raw") return this.valueCond(this.opts.rawField ?? DEFAULT_RAW_FIELD, e.pattern, e.caseSensitive, e.pos);
    const fields = this.opts.keywordFields;
    if (!fields || fields.length === 0) return this.unsupported("a keyword searched in every field has no ES|QL form; pass keywordFields", e.pos);
    return "(" + fields.map((f) => this.valueCond(f, e.pattern, e.caseSensitive, e.pos)).join(" OR ") + ")";
  }

  private compare(e: Compare): string {
    const op = { eq: "==", lt: "<", lte: "<=", gt: ">", gte: ">=" }[e.op];
    if (e.timePart) {
      const part = TIME_PARTS[e.timePart];
      if (!part) return this.unsupported(`the '${e.timePart}' part of a date`, e.pos);
      return `DATE_EXTRACT(${esqlString(part)}, TO_DATETIME(${id(e.field.path)})) ${op} ${esqlNumber(Number(e.value))}`;
    }
    if (e.numeric) {
      if (typeof e.value !== "number" || !Number.isFinite(e.value)) return this.unsupported(`numeric comparison with '${e.value}'`, e.pos);
      return `TO_DOUBLE(${id(e.field.path)}) ${op} ${esqlNumber(e.value)}`;
    }
    return `${id(e.field.path)} ${op} ${esqlString(String(e.value))}`;
  }

  private regex(e: Regex): string {
    const r = pcreToLuceneRegexp(e.pattern, e.flags);
    if (!r.ok) return this.unsupported(`regex /${e.pattern}/ cannot be written as an RLIKE pattern: ${r.reason}`, e.pos, "backend/regex-untranslatable");
    return `${id(e.field.path)} RLIKE ${esqlString(r.regexp)}`;
  }

  private cidr(e: Cidr): string {
    if (!parseCidr(e.cidr)) return this.unsupported(`'${e.cidr}' is not a network`, e.pos);
    // TO_IP parses keyword text; CIDR_MATCH handles IPv4 and IPv6 exactly.
    return `CIDR_MATCH(TO_IP(${id(e.field.path)}), ${esqlString(e.cidr)})`;
  }

  /** An SPL eval expression as an ES|QL expression (the common subset; the rest is refused). */
  value(v: ValueExpr, pos: Expr["pos"]): string {
    switch (v.kind) {
      case "Literal":
        if (v.value === null) return "NULL";
        if (typeof v.value === "number") return esqlNumber(v.value);
        if (typeof v.value === "boolean") return v.value ? "TRUE" : "FALSE";
        return esqlString(v.value);
      case "FieldValue":
        return id(v.field.path);
      case "Unary":
        return v.op === "NOT" ? `NOT COALESCE(${this.value(v.operand, pos)}, FALSE)` : `-(${this.value(v.operand, pos)})`;
      case "Binary": {
        const l = this.value(v.left, pos);
        const r = this.value(v.right, pos);
        switch (v.op) {
          case "+": case "-": case "*": case "/": case "%":
          case "<": case "<=": case ">": case ">=": case "!=":
            return `(${l} ${v.op} ${r})`;
          case "=": case "==":
            return `(${l} == ${r})`;
          case "AND": case "OR":
            return `(${l} ${v.op} ${r})`;
          case ".":
            return `CONCAT(${l}, ${r})`;
          case "LIKE":
            return this.like(l, v.right, pos);
          default:
            return this.unsupported(`operator ${v.op}`, pos);
        }
      }
      case "Call":
        return this.call(v.name, v.args, pos);
    }
  }

  /** SPL `like` (`%`, `_`) as ES|QL LIKE (`*`, `?`), for literal patterns. */
  private like(target: string, pattern: ValueExpr, pos: Expr["pos"]): string {
    if (pattern.kind !== "Literal" || typeof pattern.value !== "string") return this.unsupported("like() with a computed pattern", pos);
    const p = [...pattern.value].map((c) => (c === "%" ? "*" : c === "_" ? "?" : esqlLikeLiteral(c))).join("");
    return `(${target} LIKE ${esqlString(p)})`;
  }

  private call(name: string, args: readonly ValueExpr[], pos: Expr["pos"]): string {
    const a = (i: number) => this.value(args[i]!, pos);
    const simple: Record<string, string> = { lower: "TO_LOWER", upper: "TO_UPPER", len: "LENGTH", abs: "ABS", mvcount: "MV_COUNT", trim: "TRIM", tostring: "TO_STRING", round: "ROUND", coalesce: "COALESCE", mvjoin: "MV_CONCAT" };
    if (simple[name]) return `${simple[name]}(${args.map((_, i) => a(i)).join(", ")})`;
    switch (name) {
      case "isnull":
        return `(${a(0)} IS NULL)`;
      case "isnotnull":
        return `(${a(0)} IS NOT NULL)`;
      case "tonumber":
        return args.length === 1 ? `TO_DOUBLE(${a(0)})` : this.unsupported("tonumber() with a base", pos);
      case "if":
        return `CASE(${a(0)}, ${a(1)}, ${a(2)})`;
      case "like":
        return this.like(a(0), args[1]!, pos);
      case "match": {
        const re = args[1];
        if (re?.kind !== "Literal" || typeof re.value !== "string") return this.unsupported("match() with a computed regex", pos);
        const r = pcreToLuceneRegexp(re.value, { i: false, m: false, s: false });
        if (!r.ok) return this.unsupported(`regex /${re.value}/: ${r.reason}`, pos, "backend/regex-untranslatable");
        return `(${a(0)} RLIKE ${esqlString(r.regexp)})`;
      }
      case "substr": {
        const start = args[1]?.kind === "Literal" && typeof args[1].value === "number" ? args[1].value : undefined;
        if (start === undefined) return this.unsupported("substr() with a computed start", pos);
        // SPL substr is 1-based and a negative start counts from the end; ES|QL SUBSTRING is 1-based too.
        return args.length > 2 ? `SUBSTRING(${a(0)}, ${esqlNumber(start)}, ${a(2)})` : `SUBSTRING(${a(0)}, ${esqlNumber(start)})`;
      }
      default:
        return this.unsupported(`eval function ${name}()`, pos);
    }
  }

  stage(s: Stage, rest: readonly Stage[] = []): string[] {
    switch (s.kind) {
      case "Filter": {
        const f = normalizeExpr(s.filter);
        return f.kind === "Const" && f.value ? [] : [`WHERE ${this.cond(f)}`];
      }
      case "Fillnull": {
        let fields = s.fields?.map(stripArray);
        if (fields === undefined) {
          // SPL fills the fields present in some result row; a query cannot know them, so the
          // fields the following stages read are filled. Differs only for a field that no
          // selected event has (Splunk leaves it missing).
          fields = fieldsReadBy(rest);
          this.warn(`fillnull without a field list fills the fields later stages read (${fields.join(", ") || "none"}); Splunk would leave a field that no selected event has missing`, s.pos);
        }
        if (fields.length === 0) return [];
        return [`EVAL ${fields.map((f) => `${id(f)} = COALESCE(${id(f)}, ${esqlString(s.value)})`).join(", ")}`];
      }
      case "Stats":
        return this.stats(s);
      case "Eval":
        return [`EVAL ${s.assignments.map((x) => `${id(x.field)} = ${this.value(x.expr, s.pos)}`).join(", ")}`];
      case "Rename": {
        if (s.renames.some((r) => r.from.includes("*") || r.to.includes("*"))) {
          this.unsupported("rename with wildcards", s.pos);
          return [];
        }
        return [`RENAME ${s.renames.map((r) => `${id(stripArray(r.from))} AS ${id(r.to)}`).join(", ")}`];
      }
      case "Table":
        return [`KEEP ${s.fields.map((f) => keepName(stripArray(f))).join(", ")}`];
      case "Fields":
        return [`${s.mode === "keep" ? "KEEP" : "DROP"} ${s.fields.map((f) => keepName(stripArray(f))).join(", ")}`];
      case "Sort": {
        const keys = s.keys.map((k) => `${id(stripArray(k.field))}${k.descending ? " DESC" : " ASC"}`);
        return [`SORT ${keys.join(", ")}`, ...(s.limit !== null && s.limit > 0 ? [`LIMIT ${s.limit}`] : [])];
      }
      case "Head":
        return [`LIMIT ${s.count}`];
      case "Bin": {
        if (!s.span) {
          this.unsupported("bin without span", s.pos);
          return [];
        }
        const ms = spanMs(s.span);
        if (ms === undefined) {
          this.unsupported(`bin span '${s.span}'`, s.pos);
          return [];
        }
        return [`EVAL ${id(s.as ?? s.field)} = DATE_TRUNC(${esqlTimeSpan(ms)}, ${id(s.field)})`];
      }
      default: {
        const name = s.kind === "Command" ? s.name : s.kind.toLowerCase();
        this.unsupported(`the SPL command '${name}' has no ES|QL equivalent here`, s.pos);
        return [];
      }
    }
  }

  private stats(s: Extract<Stage, { kind: "Stats" }>): string[] {
    if (s.command !== "stats") {
      this.unsupported(`'${s.command}' (only stats maps to ES|QL STATS)`, s.pos);
      return [];
    }
    const out: string[] = [];
    // SPL drops rows that miss a by-field; ES|QL would group them under null.
    if (s.by.length) out.push(`WHERE ${s.by.map((b) => `${id(b.path)} IS NOT NULL`).join(" AND ")}`);
    const aggs: string[] = [];
    const after: string[] = [];
    for (const a of s.aggregations) {
      const fn = AGG[a.fn];
      if (!fn || a.eval) {
        this.unsupported(`aggregation ${a.fn}${a.eval ? "(eval(...))" : ""}`, a.pos);
        continue;
      }
      const arg = a.field ? id(a.field.path) : "*";
      if (fn === "COUNT_DISTINCT") this.warn(`${a.as}: COUNT_DISTINCT is exact only up to its precision threshold (approximate above 3000 values)`, a.pos);
      const call = fn === "PERCENTILE" ? `PERCENTILE(${arg}, ${a.percentile ?? 50})` : `${fn}(${arg})`;
      aggs.push(`${id(a.as)} = ${call}`);
      // SPL values() is sorted; ES|QL VALUES() order is unspecified.
      if (fn === "VALUES") after.push(`${id(a.as)} = MV_SORT(${id(a.as)})`);
    }
    out.push(`STATS ${aggs.join(", ")}${s.by.length ? ` BY ${s.by.map((b) => id(b.path)).join(", ")}` : ""}`);
    if (after.length) out.push(`EVAL ${after.join(", ")}`);
    return out;
  }

  correlation(rule: Rule, c: Correlation): string[] {
    const refs = c.rules.map((r) => (this.opts.rules ?? []).find((x) => x.meta.id === r || x.meta.name === r));
    const missing = c.rules.filter((_, i) => !refs[i]);
    if (missing.length) {
      this.unsupported(`correlation references rules that are not loaded: ${missing.join(", ")}`, c.pos);
      return [];
    }
    if (c.aliases && Object.keys(c.aliases).length) {
      this.unsupported("correlation field aliases", c.pos);
      return [];
    }
    const ts = id(this.opts.timestampField ?? "@timestamp");
    const filters = refs.map((r) => normalizeExpr(r!.filter));
    const lines = [`WHERE ${this.cond(normalizeExpr(or(filters)))}`];
    this.warn(`the ${c.timespan} window is a fixed time bucket (DATE_TRUNC), not Sigma's sliding window: bursts that straddle a bucket edge can be missed`, c.pos);
    lines.push(`EVAL _window = DATE_TRUNC(${esqlTimeSpan(c.timespanMs)}, ${ts})`);
    const by = ["_window", ...c.groupBy.map((g) => id(g))].join(", ");
    let measure: string;
    const field = c.field?.[0] ? id(c.field[0]) : undefined;
    switch (c.type) {
      case "event_count":
        measure = "COUNT(*)";
        break;
      case "value_count":
        measure = `COUNT_DISTINCT(${field})`;
        break;
      case "value_sum":
        measure = `SUM(${field})`;
        break;
      case "value_avg":
        measure = `AVG(${field})`;
        break;
      case "value_median":
        measure = `MEDIAN(${field})`;
        break;
      case "value_percentile":
        measure = `PERCENTILE(${field}, ${c.percentile ?? 50})`;
        break;
      case "temporal": {
        // Each referenced rule becomes a flag; the measure is how many distinct rules matched.
        const flags = filters.map((f, i) => `_rule${i} = CASE(COALESCE(${this.cond(f)}, FALSE), 1, 0)`);
        lines.push(`EVAL ${flags.join(", ")}`);
        lines.push(`STATS ${filters.map((_, i) => `_rule${i} = MAX(_rule${i})`).join(", ")} BY ${by}`);
        lines.push(`EVAL measure = ${filters.map((_, i) => `_rule${i}`).join(" + ")}`);
        lines.push(`WHERE ${this.conditions(c, "measure")}`);
        return lines;
      }
      default:
        this.unsupported(`correlation type ${c.type} (event order has no ES|QL form)`, c.pos);
        return [];
    }
    if (c.type !== "event_count" && !field) {
      this.unsupported(`correlation ${c.type} without a field`, c.pos);
      return [];
    }
    lines.push(`STATS measure = ${measure} BY ${by}`);
    lines.push(`WHERE ${this.conditions(c, "measure")}`);
    return lines;
  }

  private conditions(c: Correlation, column: string): string {
    const op = { gt: ">", gte: ">=", lt: "<", lte: "<=", eq: "==", neq: "!=" } as const;
    return c.conditions.map((x) => `${column} ${op[x.op]} ${esqlNumber(x.value)}`).join(" AND ") || "TRUE";
  }
}

/** Fields the stages read before anything renames or drops them (stats by/aggregated fields, table, sort...). */
function fieldsReadBy(stages: readonly Stage[]): string[] {
  const out = new Set<string>();
  for (const s of stages) {
    if (s.kind === "Stats") {
      for (const b of s.by) out.add(b.path);
      for (const a of s.aggregations) if (a.field) out.add(a.field.path);
      break; // after stats the rows are new
    }
    if (s.kind === "Table" || s.kind === "Fields") s.fields.filter((f) => !f.includes("*")).forEach((f) => out.add(stripArray(f)));
    if (s.kind === "Sort") s.keys.forEach((k) => out.add(stripArray(k.field)));
    if (s.kind === "Rename" || s.kind === "Eval") break;
  }
  return [...out];
}

function stripArray(name: string): string {
  return name.replace(/\{\}/g, "");
}

function keepName(name: string): string {
  // KEEP/DROP accept `*` patterns; backquote only names that need it.
  return /^[A-Za-z_@*][A-Za-z0-9_.@*]*$/.test(name) ? name : id(name);
}

function spanMs(span: string): number | undefined {
  const m = /^(\d+)(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days)$/.exec(span);
  if (!m) return undefined;
  const unit = m[2]![0] === "s" ? 1000 : m[2]![0] === "m" ? 60_000 : m[2]![0] === "h" ? 3_600_000 : 86_400_000;
  return Number(m[1]) * unit;
}
