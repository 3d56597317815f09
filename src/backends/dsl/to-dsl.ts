import type { estypes } from "@elastic/elasticsearch";
import type { Cidr, Compare, Expr, Keyword, Match, Regex } from "../../ast/expr.js";
import { normalizeExpr } from "../../ast/normalize.js";
import { isWildcard, patternShape, type Pattern } from "../../ast/pattern.js";
import type { Rule } from "../../ast/rule.js";
import { diagnostic, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { ES_MAX_REGEX_LENGTH, ipFieldCidr, ipv4NetworkRegexp, ipv6NetworkRegexp, parseCidr } from "../lucene/cidr.js";
import { DEFAULT_RAW_FIELD, isIpField, type ElasticOptions } from "../lucene/options.js";
import { filterOnlyExpr, type StageHandling } from "../lucene/rule-filter.js";
import { ipv6RegexLimit, lowerEachChar, luceneOfExpr } from "../lucene/to-lucene.js";
import { hasCaseVariants } from "../regex/case-fold.js";
import { pcreToLuceneRegexp, wildcardToLuceneRegexp } from "../regex/lucene-regexp.js";

/** A Query DSL query (Elasticsearch's own type). */
export type QueryDsl = estypes.QueryDslQueryContainer;

/** Options of {@link toQueryDsl}. */
export interface QueryDslOptions extends ElasticOptions, StageHandling {
  /** Warnings (approximations, dropped stages) are pushed here when given. */
  diagnostics?: Diagnostic[];
}

/**
 * A rule's filter as native Query DSL: `bool` (filter / should + minimum_should_match /
 * must_not), `term`, `prefix`, `wildcard`, `regexp`, `range`, `exists`. Never a
 * `query_string` wrapper; the one exception is a Sigma keyword (a value searched in every
 * field) without `keywordFields`, which only `query_string` over `default_field: *` can say,
 * and it is emitted as that one clause.
 *
 * Case-insensitive values (strategy `flag`, the default) use `case_insensitive: true`
 * (Elasticsearch >= 7.10). Elasticsearch 8 folds only ASCII characters that way
 * (AutomatonQueries.toCaseInsensitiveChar), so values whose letters are not all ASCII use an
 * exact character-class `regexp` instead.
 */
export function toQueryDsl(rule: Rule, opts: QueryDslOptions = {}): QueryDsl {
  const expr = filterOnlyExpr(rule, "Query DSL", opts);
  return dslOfExpr(expr, { ...opts, file: rule.file });
}

/** The Query DSL of one filter expression. */
export function dslOfExpr(e: Expr, opts: QueryDslOptions & { file?: string } = {}): QueryDsl {
  const w = new DslWriter(opts);
  const out = w.expr(normalizeExpr(e));
  if (w.errors.length) throw new RuleError(w.errors);
  return out;
}

const MATCH_ALL: QueryDsl = { match_all: {} };

/** Escapes `\`, `*`, `?` for the `wildcard` query (Lucene WildcardQuery syntax). */
export function escapeWildcard(text: string): string {
  return text.replace(/[\\*?]/g, (c) => "\\" + c);
}

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

class DslWriter {
  readonly errors: Diagnostic[] = [];
  constructor(private readonly opts: QueryDslOptions & { file?: string }) {}

  private unsupported(what: string, node: Expr, code: "backend/unsupported" | "backend/regex-untranslatable" = "backend/unsupported"): QueryDsl {
    this.errors.push(diagnostic(code, `Query DSL: ${what}`, { file: this.opts.file, pos: node.pos }));
    return MATCH_ALL;
  }

  expr(e: Expr): QueryDsl {
    switch (e.kind) {
      case "And": {
        const filter = e.children.filter((c) => c.kind !== "Not").map((c) => this.expr(c));
        const mustNot = e.children.filter((c) => c.kind === "Not").map((c) => this.expr((c as { child: Expr }).child));
        const bool: estypes.QueryDslBoolQuery = {};
        if (filter.length) bool.filter = filter;
        if (mustNot.length) bool.must_not = mustNot;
        return { bool };
      }
      case "Or":
        return { bool: { should: e.children.map((c) => this.expr(c)), minimum_should_match: 1 } };
      case "Not":
        return { bool: { must_not: [this.expr(e.child)] } };
      case "Const":
        return e.value ? MATCH_ALL : { match_none: {} };
      case "Match":
        return this.match(e);
      case "Keyword":
        return this.keyword(e);
      case "Exists":
        return { exists: { field: e.field.path } };
      case "Compare":
        return this.compare(e);
      case "Regex":
        return this.regex(e);
      case "Cidr":
        return this.cidr(e);
      case "FieldEquals":
        return this.unsupported(`field-to-field comparison (${e.field.path} = ${e.other.path}) needs a script query`, e);
      case "EvalCondition":
        return this.unsupported("an SPL eval condition has no Query DSL form (use ES|QL)", e);
    }
  }

  private valueQuery(field: string, p: Pattern, caseSensitive: boolean, node: Expr): QueryDsl {
    const shape = patternShape(p);
    if (shape.shape === "any") return { exists: { field } };
    const text = p.parts.filter((x): x is string => typeof x === "string").join("");
    const folds = !caseSensitive && hasCaseVariants(text);
    const strategy = this.opts.caseInsensitive ?? "flag";
    if (folds) {
      if (strategy === "lowercase-field") {
        const lowered: Pattern = { parts: p.parts.map((x) => (isWildcard(x) ? x : lowerEachChar(x))) };
        return this.native(`${field}.${this.opts.lowercaseSuffix ?? "lower"}`, lowered, false);
      }
      if (strategy === "exact") {
        this.opts.diagnostics?.push(diagnostic("backend/approximation", `Query DSL: '${text}' is matched case-sensitively (caseInsensitive: exact)`, { file: this.opts.file, pos: node.pos }));
        return this.native(field, p, false);
      }
      if ((strategy === "flag" || strategy === "to-lower") && isAscii(text)) return this.native(field, p, true);
      return { regexp: { [field]: { value: wildcardToLuceneRegexp(p, true), flags: "ALL" } } };
    }
    return this.native(field, p, false);
  }

  /** The native query for a pattern's shape: term, prefix or wildcard. */
  private native(field: string, p: Pattern, ci: boolean): QueryDsl {
    const shape = patternShape(p);
    const flag = ci ? { case_insensitive: true } : {};
    if (shape.shape === "exact") return { term: { [field]: { value: shape.value, ...flag } } };
    if (shape.shape === "prefix") return { prefix: { [field]: { value: shape.value, ...flag } } };
    const value = p.parts.map((x) => (isWildcard(x) ? x.wildcard : escapeWildcard(x))).join("");
    return { wildcard: { [field]: { value, ...flag } } };
  }

  private match(e: Match): QueryDsl {
    return this.valueQuery(e.field.path, e.pattern, e.caseSensitive, e);
  }

  private keyword(e: Keyword): QueryDsl {
    if (e.scope === "raw") return this.valueQuery(this.opts.rawField ?? DEFAULT_RAW_FIELD, e.pattern, e.caseSensitive, e);
    const fields = this.opts.keywordFields;
    if (fields && fields.length > 0) {
      return { bool: { should: fields.map((f) => this.valueQuery(f, e.pattern, e.caseSensitive, e)), minimum_should_match: 1 } };
    }
    // No per-field form for "any field": the one query_string clause ES offers for it.
    const query = luceneOfExpr(e, { ...this.opts, caseInsensitive: "char-classes", file: this.opts.file });
    return { query_string: { query, default_field: "*", allow_leading_wildcard: true } };
  }

  private compare(e: Compare): QueryDsl {
    if (e.timePart) return this.unsupported(`comparing the ${e.timePart} of a date needs a script`, e);
    if (e.numeric && (typeof e.value !== "number" || !Number.isFinite(e.value))) return this.unsupported(`numeric comparison with '${e.value}'`, e);
    const v = e.value;
    const bounds: estypes.QueryDslNumberRangeQuery | estypes.QueryDslTermRangeQuery =
      e.op === "eq" ? { gte: v as never, lte: v as never } : { [e.op]: v };
    return { range: { [e.field.path]: bounds } };
  }

  private regex(e: Regex): QueryDsl {
    const r = pcreToLuceneRegexp(e.pattern, e.flags);
    if (!r.ok) return this.unsupported(`regex /${e.pattern}/ cannot be written as a Lucene regexp: ${r.reason}`, e, "backend/regex-untranslatable");
    // Case-insensitivity is already folded into the character classes (exact for all of
    // Unicode; the regexp `case_insensitive` flag folds ASCII only).
    return { regexp: { [e.field.path]: { value: r.regexp, flags: "ALL" } } };
  }

  private cidr(e: Cidr): QueryDsl {
    const net = parseCidr(e.cidr);
    if (!net) return this.unsupported(`'${e.cidr}' is not a network`, e);
    if (isIpField(e.field.path, this.opts)) {
      const ip = ipFieldCidr(net, e.cidr);
      if (ip.caveat) this.opts.diagnostics?.push(diagnostic("backend/approximation", `Query DSL: CIDR on the ip field '${e.field.path}': ${ip.caveat}`, { file: this.opts.file, pos: e.pos }));
      const term: QueryDsl = { term: { [e.field.path]: { value: ip.network } } };
      return ip.exclude ? { bool: { filter: [term], must_not: [{ term: { [e.field.path]: { value: ip.exclude } } }] } } : term;
    }
    const re = net.version === 4 ? ipv4NetworkRegexp(net) : ipv6NetworkRegexp(net);
    if (re === undefined) return this.unsupported(`'${e.cidr}' is not a network`, e);
    if (re.length > ES_MAX_REGEX_LENGTH) this.opts.diagnostics?.push(ipv6RegexLimit(e.field.path, e.cidr, re.length, "Query DSL", this.opts.file, e.pos));
    return { regexp: { [e.field.path]: { value: re, flags: "ALL" } } };
  }
}
