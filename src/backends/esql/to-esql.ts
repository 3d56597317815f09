import { or } from "../../ast/builders.js";
import type { Correlation } from "../../ast/correlation.js";
import type { Cidr, Compare, Expr, Keyword, Match, Regex } from "../../ast/expr.js";
import { normalizeExpr } from "../../ast/normalize.js";
import { isWildcard, patternShape, type Pattern } from "../../ast/pattern.js";
import type { Rule } from "../../ast/rule.js";
import type { Aggregation, Stage } from "../../ast/stage.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import { diagnostic, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { ipFieldCidr, parseCidr } from "../lucene/cidr.js";
import { DEFAULT_RAW_FIELD, isIpField, type ElasticOptions } from "../lucene/options.js";
import { lowerEachChar } from "../lucene/to-lucene.js";
import { hasCaseVariants } from "../regex/case-fold.js";
import { pcreToLuceneRegexp, wildcardToLuceneRegexp } from "../regex/lucene-regexp.js";
import { pipelineState } from "../../pipelines/apply.js";
import { esqlIdentifier as id, esqlLikeLiteral, esqlNumber, esqlString, esqlTimeSpan } from "./syntax.js";
import { columnsReadBy, multivaluedFieldsOf, multivaluedReads } from "./multivalued.js";

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
  /**
   * Field paths that may hold several values (besides those written with SPL's `{}`): their
   * predicates are evaluated per value (`MV_EXPAND`) so "any value matches" holds.
   */
  multivaluedFields?: readonly string[];
}

export const DEFAULT_INDEX = "logs-*";

/**
 * A rule as an ES|QL query (Elasticsearch >= 8.14): `FROM index | WHERE <filter>`, then the
 * SPL pipeline (`STATS ... BY`, `EVAL`, `RENAME`, `KEEP`/`DROP`, `SORT`, `LIMIT`, `WHERE`), or
 * a Sigma correlation (`STATS` per group and time bucket, then `WHERE` on the measure).
 *
 * Three-valued logic: a comparison on a missing field is `null` in ES|QL, so every `NOT` is
 * written `NOT COALESCE(x, FALSE)` to keep the AST's "Not(Match) holds on a missing field".
 * Multivalued fields (`sourceIPs{}`, option `multivaluedFields`): ES|QL predicates on a
 * multivalued value are `null`, so such predicates are evaluated per value on `MV_EXPAND`ed
 * copies and folded back to one row per document (`STATS ... BY _index, _id`); see
 * docs/elastic.md. Throws RuleError (`backend/unsupported`, `backend/regex-untranslatable`,
 * `backend/multivalued-field`) for what ES|QL cannot express faithfully.
 */
export function toEsql(rule: Rule, opts: EsqlOptions = {}): string {
  const referenced = rule.correlation ? (opts.rules ?? []) : [];
  const w = new EsqlWriter(opts, rule.file, multivaluedFieldsOf(rule, opts.multivaluedFields, referenced));
  const index = opts.index ?? pipelineState(rule, "index") ?? DEFAULT_INDEX;
  const body: string[] = [];
  if (rule.correlation) body.push(...w.correlation(rule, rule.correlation));
  else {
    const filter = normalizeExpr(rule.filter);
    if (!(filter.kind === "Const" && filter.value)) body.push(...w.where([filter], rule.pipeline));
    rule.pipeline.forEach((s, i) => body.push(...w.stage(s, rule.pipeline.slice(i + 1))));
  }
  if (w.errors.length) throw new RuleError(w.errors);
  const from = `FROM ${index.split(",").map((s) => (/^[\w.*:-]+$/.test(s.trim()) ? s.trim() : esqlString(s.trim()))).join(", ")}`;
  return [from + (w.usesDocumentId ? " METADATA _index, _id" : ""), ...body].join("\n| ");
}

/**
 * The ES|QL boolean expression of one filter expression. Every field is taken as single-valued
 * here (a lone expression has no rows to expand); `toEsql` handles multivalued fields.
 */
export function esqlOfExpr(e: Expr, opts: EsqlOptions = {}): string {
  const w = new EsqlWriter(opts, undefined, new Set());
  const out = w.cond(normalizeExpr(e));
  if (w.errors.length) throw new RuleError(w.errors);
  return out;
}

/** One predicate evaluated per value: its flag column and its condition over copy columns. */
interface PerValueSlot {
  readonly flag: string;
  readonly cond: string;
}

const AGG: Partial<Record<Aggregation["fn"], string>> = {
  count: "COUNT", dc: "COUNT_DISTINCT", distinct_count: "COUNT_DISTINCT", values: "VALUES", min: "MIN", max: "MAX",
  sum: "SUM", avg: "AVG", mean: "AVG", median: "MEDIAN", perc: "PERCENTILE", p: "PERCENTILE",
};

const TIME_PARTS: Record<string, string> = { minute: "MINUTE_OF_HOUR", hour: "HOUR_OF_DAY", day: "DAY_OF_MONTH", month: "MONTH_OF_YEAR", year: "YEAR" };

class EsqlWriter {
  readonly errors: Diagnostic[] = [];
  /** True once a per-value filter needs `FROM ... METADATA _index, _id`. */
  usesDocumentId = false;
  /** Whether the rows are still documents carrying `_index`/`_id` (not after STATS or KEEP). */
  private rowsAreDocuments = true;
  /** While a per-value predicate is written: the copies of the current filter (source column -> copy column). */
  private copies: Map<string, string> | undefined;
  /**
   * The copies of the filter being written, shared by its per-value predicates: each flag is
   * folded on its own (MAX per document), so sharing a copy couples nothing, and the rows per
   * document are the product of the value counts of distinct columns, not of predicates.
   */
  private filterCopies = new Map<string, string>();
  private slots: PerValueSlot[] = [];
  private nextCopy = 0;
  /** Columns read outside per-value predicates, recorded while a filter is written. */
  private read = new Set<string>();

  constructor(private readonly opts: EsqlOptions, private readonly file: string | undefined, private multivalued: Set<string>) {}

  /**
   * A column reference. Inside a per-value predicate a multivalued column (or a sub-field of one,
   * `base`) is replaced by its expanded copy; elsewhere the column is recorded as read.
   */
  private col(name: string, base: string = name): string {
    if (this.copies && this.multivalued.has(base)) {
      let copy = this.copies.get(name);
      if (!copy) this.copies.set(name, (copy = `_mv${this.nextCopy++}`));
      return copy;
    }
    this.read.add(name);
    return id(name);
  }

  private unsupported(what: string, pos: Expr["pos"], code: "backend/unsupported" | "backend/regex-untranslatable" | "backend/multivalued-field" = "backend/unsupported"): string {
    this.errors.push(diagnostic(code, `ES|QL: ${what}`, { file: this.file, pos }));
    return "TRUE";
  }

  private warn(message: string, pos: Expr["pos"]): void {
    this.opts.diagnostics?.push(diagnostic("backend/approximation", `ES|QL: ${message}`, { file: this.file, pos }));
  }

  cond(e: Expr): string {
    if (this.multivalued.size && !this.copies) {
      const mv = multivaluedReads(e, (p) => this.multivalued.has(p), this.opts.keywordFields ?? [], this.opts.rawField ?? DEFAULT_RAW_FIELD);
      if (mv.length) return this.perValue(e, mv);
    }
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
        return `${this.col(e.field.path)} IS NOT NULL`;
      case "Compare":
        return this.compare(e);
      case "Regex":
        return this.regex(e);
      case "Cidr":
        return this.cidr(e);
      case "FieldEquals":
        if (e.caseSensitive) return `${this.col(e.field.path)} == ${this.col(e.other.path)}`;
        this.warn("case-insensitive field comparison uses TO_LOWER (full lower-casing, not case folding)", e.pos);
        return `TO_LOWER(${this.col(e.field.path)}) == TO_LOWER(${this.col(e.other.path)})`;
      case "EvalCondition":
        return `COALESCE(${this.value(e.expr, e.pos)}, FALSE)`;
    }
  }

  /**
   * A predicate on multivalued fields, evaluated per value: its fields are read from copies that
   * `where` expands (`MV_EXPAND`), its flag column is 1 on the rows where it holds, and after the
   * fold to one row per document (`MAX(flag) BY _index, _id`) the flag is non-null exactly when
   * some value (some combination of values, for a field comparison) satisfies it.
   */
  private perValue(e: Expr, fields: readonly string[]): string {
    if (e.kind === "EvalCondition") return this.unsupported(`an SPL eval condition on the multivalued field(s) ${fields.join(", ")} (ES|QL eval functions are null on multivalued input)`, e.pos, "backend/multivalued-field");
    if (!this.rowsAreDocuments) return this.unsupported(`a predicate on the multivalued field(s) ${fields.join(", ")} after STATS or KEEP (rows are no longer documents that can be expanded and folded back)`, e.pos, "backend/multivalued-field");
    this.copies = this.filterCopies;
    let cond: string;
    try {
      cond = this.cond(e);
    } finally {
      this.copies = undefined;
    }
    this.slots.push({ flag: `_mvhit${this.slots.length}`, cond });
    return `${this.slots[this.slots.length - 1]!.flag} IS NOT NULL`;
  }

  /**
   * `WHERE` lines for filters (several for a correlation; `conds` gives each one's condition for
   * later stages). Without per-value predicates this is one `WHERE`. With them:
   * `EVAL` copies, one `MV_EXPAND` per copy, `EVAL` flags, `STATS` flags (`MAX`) and the columns
   * the filter and the `rest` of the pipeline read (`VALUES`) `BY _index, _id`, then the `WHERE`
   * and a `DROP` of the flags. Expanding copies keeps the original columns multivalued; an empty
   * or missing field expands to one row with a null copy (MvExpandOperator), so no document is lost.
   */
  where(filters: readonly Expr[], rest: readonly Stage[], extraColumns: readonly string[] = []): string[] {
    return this.whereWith(filters, rest, extraColumns).lines;
  }

  whereWith(filters: readonly Expr[], rest: readonly Stage[], extraColumns: readonly string[] = []): { lines: string[]; conds: string[] } {
    const firstSlot = this.slots.length;
    this.read = new Set();
    this.filterCopies = new Map();
    const conds = filters.map((f) => this.cond(f));
    const slots = this.slots.slice(firstSlot);
    const where = conds.length === 1 ? conds[0]! : "(" + conds.join(" OR ") + ")";
    if (slots.length === 0) return { lines: [`WHERE ${where}`], conds };
    const later = columnsReadBy(rest);
    if (later.unknown) this.unsupported(`per-value filtering on multivalued fields must name the columns it keeps, but '${later.unknown}' is a wildcard`, filters[0]!.pos, "backend/multivalued-field");
    this.usesDocumentId = true;
    const copies = [...this.filterCopies];
    const carried = [...new Set([...this.read, ...later.columns, ...extraColumns])].filter((c) => c !== "_index" && c !== "_id");
    return {
      conds,
      lines: [
        `EVAL ${copies.map(([source, copy]) => `${copy} = ${id(source)}`).join(", ")}`,
        ...copies.map(([, copy]) => `MV_EXPAND ${copy}`),
        `EVAL ${slots.map((s) => `${s.flag} = CASE(${s.cond}, 1)`).join(", ")}`,
        `STATS ${[...slots.map((s) => `${s.flag} = MAX(${s.flag})`), ...carried.map((c) => `${id(c)} = VALUES(${id(c)})`)].join(", ")} BY _index, _id`,
        `WHERE ${where}`,
        `DROP ${slots.map((s) => s.flag).join(", ")}`,
      ],
    };
  }

  private valueCond(field: string, p: Pattern, caseSensitive: boolean, pos: Expr["pos"]): string {
    const f = () => this.col(field);
    const shape = patternShape(p);
    if (shape.shape === "any") return `${f()} IS NOT NULL`;
    const text = p.parts.filter((x): x is string => typeof x === "string").join("");
    const strategy = this.opts.caseInsensitive ?? "char-classes";
    if (!caseSensitive && hasCaseVariants(text)) {
      if (strategy === "to-lower" || strategy === "lowercase-field") {
        const lowered: Pattern = { parts: p.parts.map((x) => (isWildcard(x) ? x : lowerEachChar(x))) };
        const target = strategy === "to-lower" ? `TO_LOWER(${f()})` : this.col(`${field}.${this.opts.lowercaseSuffix ?? "lower"}`, field);
        return this.exactOrLike(target, lowered);
      }
      if (strategy === "exact") {
        this.warn(`'${text}' is matched case-sensitively (caseInsensitive: exact)`, pos);
        return this.exactOrLike(f(), p);
      }
      // char-classes (and `flag`, which ES|QL lacks): an exact RLIKE
      return `${f()} RLIKE ${esqlString(wildcardToLuceneRegexp(p, true))}`;
    }
    return this.exactOrLike(f(), p);
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
      return `DATE_EXTRACT(${esqlString(part)}, TO_DATETIME(${this.col(e.field.path)})) ${op} ${esqlNumber(Number(e.value))}`;
    }
    if (e.numeric) {
      if (typeof e.value !== "number" || !Number.isFinite(e.value)) return this.unsupported(`numeric comparison with '${e.value}'`, e.pos);
      return `TO_DOUBLE(${this.col(e.field.path)}) ${op} ${esqlNumber(e.value)}`;
    }
    return `${this.col(e.field.path)} ${op} ${esqlString(String(e.value))}`;
  }

  private regex(e: Regex): string {
    const r = pcreToLuceneRegexp(e.pattern, e.flags);
    if (!r.ok) return this.unsupported(`regex /${e.pattern}/ cannot be written as an RLIKE pattern: ${r.reason}`, e.pos, "backend/regex-untranslatable");
    return `${this.col(e.field.path)} RLIKE ${esqlString(r.regexp)}`;
  }

  /*
   * TO_IP parses the text and CIDR_MATCH compares 16-byte addresses, where an IPv4 address is
   * IPv4-mapped IPv6 (`10.1.2.3` = `::ffff:10.1.2.3`). The AST keeps the families apart, so on a
   * keyword field the text decides: IPv6 text has a `:`, IPv4 text has none. An `ip` field
   * (ipFields) no longer has the text: a network containing the mapped range excludes it, and
   * what cannot be told apart is a `backend/approximation` warning.
   */
  private cidr(e: Cidr): string {
    const net = parseCidr(e.cidr);
    if (!net) return this.unsupported(`'${e.cidr}' is not a network`, e.pos);
    const f = this.col(e.field.path);
    if (isIpField(e.field.path, this.opts)) {
      const ip = ipFieldCidr(net, e.cidr);
      if (ip.caveat) this.warn(`CIDR on the ip field '${e.field.path}': ${ip.caveat}`, e.pos);
      const match = `CIDR_MATCH(TO_IP(${f}), ${esqlString(ip.network)})`;
      return ip.exclude ? `(${match} AND NOT CIDR_MATCH(TO_IP(${f}), ${esqlString(ip.exclude)}))` : match;
    }
    const family = net.version === 4 ? `NOT (${f} LIKE "*:*")` : `${f} LIKE "*:*"`;
    return `(CIDR_MATCH(TO_IP(${f}), ${esqlString(e.cidr)}) AND ${family})`;
  }

  /** True when some predicate of `e` reads a multivalued field in a way that needs expansion. */
  private hasPerValuePredicate(e: Expr): boolean {
    let found = false;
    const isMv = (p: string) => this.multivalued.has(p);
    const visit = (n: Expr): void => {
      if (n.kind === "And" || n.kind === "Or") n.children.forEach(visit);
      else if (n.kind === "Not") visit(n.child);
      else if (multivaluedReads(n, isMv, this.opts.keywordFields ?? [], this.opts.rawField ?? DEFAULT_RAW_FIELD).length) found = true;
    };
    visit(e);
    return found;
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
        return this.col(v.field.path);
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
        return f.kind === "Const" && f.value ? [] : this.where([f], rest);
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
      case "Stats": {
        const out = this.stats(s);
        // After STATS the rows are groups: VALUES/list columns hold several values, the rest one.
        this.rowsAreDocuments = false;
        this.multivalued = new Set(s.aggregations.filter((a) => a.fn === "values" || a.fn === "list").map((a) => a.as));
        return out;
      }
      case "Eval": {
        const line = `EVAL ${s.assignments.map((x) => `${id(x.field)} = ${this.value(x.expr, s.pos)}`).join(", ")}`;
        // A plain copy of a multivalued column stays multivalued; functions of one are null (ES|QL).
        for (const x of s.assignments) {
          if (x.expr.kind === "FieldValue" && this.multivalued.has(x.expr.field.path)) this.multivalued.add(x.field);
          else this.multivalued.delete(x.field);
        }
        return [line];
      }
      case "Rename": {
        if (s.renames.some((r) => r.from.includes("*") || r.to.includes("*"))) {
          this.unsupported("rename with wildcards", s.pos);
          return [];
        }
        for (const r of s.renames) {
          const from = stripArray(r.from);
          if (this.multivalued.delete(from)) this.multivalued.add(r.to);
        }
        return [`RENAME ${s.renames.map((r) => `${id(stripArray(r.from))} AS ${id(r.to)}`).join(", ")}`];
      }
      case "Table":
        this.rowsAreDocuments = false;
        return [`KEEP ${s.fields.map((f) => keepName(stripArray(f))).join(", ")}`];
      case "Fields":
        if (s.mode === "keep") this.rowsAreDocuments = false;
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
    const tsName = this.opts.timestampField ?? "@timestamp";
    const ts = id(tsName);
    const filters = refs.map((r) => normalizeExpr(r!.filter));
    const perValue = this.multivalued.size > 0 && filters.some((f) => this.hasPerValuePredicate(f));
    // With per-value predicates each referenced rule's condition is kept apart (temporal needs
    // one flag per rule); otherwise the single OR of the filters, as before.
    const carried = [tsName, ...c.groupBy, ...(c.field ?? [])];
    const written = perValue ? this.whereWith(filters, [], carried) : this.whereWith([normalizeExpr(or(filters))], [], carried);
    const lines = written.lines;
    const ruleConds = perValue ? written.conds : undefined;
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
        const flags = filters.map((f, i) => `_rule${i} = CASE(COALESCE(${ruleConds ? ruleConds[i] : this.cond(f)}, FALSE), 1, 0)`);
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
