import type { Cidr, Compare, Expr, Keyword, Match, Regex } from "../../ast/expr.js";
import { isWildcard, patternShape, type Pattern } from "../../ast/pattern.js";
import { normalizeExpr } from "../../ast/normalize.js";
import type { Rule } from "../../ast/rule.js";
import { diagnostic, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { hasCaseVariants } from "../regex/case-fold.js";
import { pcreToLuceneRegexp, wildcardToLuceneRegexp } from "../regex/lucene-regexp.js";
import { ES_MAX_REGEX_LENGTH, ipFieldCidr, ipv4NetworkRegexp, ipv6NetworkRegexp, parseCidr } from "./cidr.js";
import { escapeField, escapeTerm, quotePhrase, regexpTerm } from "./escape.js";
import { DEFAULT_RAW_FIELD, isIpField, type ElasticOptions } from "./options.js";
import { filterOnlyExpr, type StageHandling } from "./rule-filter.js";

/** Options of {@link toLucene}. */
export interface LuceneOptions extends ElasticOptions, StageHandling {
  /** Warnings (approximations) are pushed here when given. */
  diagnostics?: Diagnostic[];
}

const MATCH_ALL = "*:*";

/**
 * A rule's filter as an Elasticsearch `query_string` / Kibana Lucene query (classic query
 * parser syntax). Every value is escaped; case-insensitive values use the chosen
 * {@link CaseStrategy} (default `char-classes`, exact on keyword fields).
 * Throws RuleError (`backend/unsupported`, `backend/regex-untranslatable`) for what the
 * syntax cannot express; pipeline stages after the filter are refused (use ES|QL).
 */
export function toLucene(rule: Rule, opts: LuceneOptions = {}): string {
  const expr = filterOnlyExpr(rule, "Lucene", opts);
  return luceneOfExpr(expr, { ...opts, file: rule.file });
}

/** The Lucene query string of one filter expression (no rule context). */
export function luceneOfExpr(e: Expr, opts: LuceneOptions & { file?: string } = {}): string {
  const w = new LuceneWriter(opts);
  const out = w.top(normalizeExpr(e));
  if (w.errors.length) throw new RuleError(w.errors);
  return out;
}

class LuceneWriter {
  readonly errors: Diagnostic[] = [];
  constructor(private readonly opts: LuceneOptions & { file?: string }) {}

  private unsupported(what: string, node: Expr, code: "backend/unsupported" | "backend/regex-untranslatable" = "backend/unsupported"): string {
    this.errors.push(diagnostic(code, `Lucene: ${what}`, { file: this.opts.file, pos: node.pos }));
    return MATCH_ALL;
  }

  private warn(message: string, node: Expr): void {
    this.opts.diagnostics?.push(diagnostic("backend/approximation", `Lucene: ${message}`, { file: this.opts.file, pos: node.pos }));
  }

  top(e: Expr): string {
    if (e.kind === "Not") return `${MATCH_ALL} AND NOT ${this.expr(e.child)}`;
    return this.expr(e);
  }


  /*
   * Booleans: every And/Or is parenthesised and uses one operator, because the classic
   * parser turns `a OR NOT b` into SHOULD a, MUST_NOT b (wrong); a Not inside an Or, or an
   * And with only negations, gets `*:*` so it never becomes a pure-negative query.
   */
  expr(e: Expr): string {
    switch (e.kind) {
      case "And": {
        const pos = e.children.filter((c) => c.kind !== "Not").map((c) => this.expr(c));
        const neg = e.children.filter((c) => c.kind === "Not").map((c) => "NOT " + this.expr((c as { child: Expr }).child));
        if (pos.length === 0) pos.push(MATCH_ALL);
        return "(" + [...pos, ...neg].join(" AND ") + ")";
      }
      case "Or":
        return "(" + e.children.map((c) => (c.kind === "Not" ? `(${MATCH_ALL} AND NOT ${this.expr(c.child)})` : this.expr(c))).join(" OR ") + ")";
      case "Not":
        return `(${MATCH_ALL} AND NOT ${this.expr(e.child)})`;
      case "Const":
        return e.value ? MATCH_ALL : `(NOT ${MATCH_ALL})`;
      case "Match":
        return this.match(e);
      case "Keyword":
        return this.keyword(e);
      case "Exists":
        return `_exists_:${escapeField(e.field.path)}`;
      case "Compare":
        return this.compare(e);
      case "Regex":
        return this.regex(e);
      case "Cidr":
        return this.cidr(e);
      case "FieldEquals":
        return this.unsupported(`field-to-field comparison (${e.field.path} = ${e.other.path}) needs a script query`, e);
      case "EvalCondition":
        return this.unsupported("an SPL eval condition has no query-string form (use ES|QL)", e);
    }
  }

  /** `field:` prefix, or nothing for an unbound (every-field) term. */
  private valueQuery(field: string | undefined, p: Pattern, caseSensitive: boolean, node: Expr): string {
    const prefix = field === undefined ? "" : `${escapeField(field)}:`;
    const shape = patternShape(p);
    if (shape.shape === "any") return field === undefined ? "/.*/" : `_exists_:${escapeField(field)}`;
    const text = p.parts.filter((x): x is string => typeof x === "string").join("");
    const folds = !caseSensitive && hasCaseVariants(text);
    const strategy = this.opts.caseInsensitive ?? "char-classes";
    if (folds) {
      if (strategy === "lowercase-field" && field !== undefined) {
        const lowered: Pattern = { parts: p.parts.map((x) => (isWildcard(x) ? x : lowerEachChar(x))) };
        return this.exactOrWildcard(`${escapeField(`${field}.${this.opts.lowercaseSuffix ?? "lower"}`)}:`, lowered);
      }
      if (strategy === "exact") {
        this.warn(`'${text}' is matched case-sensitively (caseInsensitive: exact)`, node);
        return this.exactOrWildcard(prefix, p);
      }
      return prefix + regexpTerm(wildcardToLuceneRegexp(p, true));
    }
    return this.exactOrWildcard(prefix, p);
  }

  private exactOrWildcard(prefix: string, p: Pattern): string {
    const shape = patternShape(p);
    if (shape.shape === "exact") return prefix + quotePhrase(shape.value);
    // Bare term: literals escaped, `*`/`?` left as wildcards.
    return prefix + p.parts.map((x) => (isWildcard(x) ? x.wildcard : escapeTerm(x))).join("");
  }

  private match(e: Match): string {
    return this.valueQuery(e.field.path, e.pattern, e.caseSensitive, e);
  }

  private keyword(e: Keyword): string {
    if (e.scope === "raw") return this.valueQuery(this.opts.rawField ?? DEFAULT_RAW_FIELD, e.pattern, e.caseSensitive, e);
    const fields = this.opts.keywordFields;
    if (fields && fields.length > 0) return "(" + fields.map((f) => this.valueQuery(f, e.pattern, e.caseSensitive, e)).join(" OR ") + ")";
    return this.valueQuery(undefined, e.pattern, e.caseSensitive, e);
  }

  /*
   * Ranges: `[a TO b]` inclusive, `{a TO b}` exclusive, `*` open. A numeric comparison assumes
   * the field is mapped numeric (long/double); a text comparison assumes keyword (byte order).
   */
  private compare(e: Compare): string {
    if (e.timePart) return this.unsupported(`comparing the ${e.timePart} of a date needs a script`, e);
    const f = escapeField(e.field.path);
    const v = typeof e.value === "number" ? String(e.value) : quotePhrase(e.value);
    if (e.numeric && (typeof e.value !== "number" || !Number.isFinite(e.value))) return this.unsupported(`numeric comparison with '${e.value}'`, e);
    switch (e.op) {
      case "eq":
        return `${f}:[${v} TO ${v}]`;
      case "gt":
        return `${f}:{${v} TO *]`;
      case "gte":
        return `${f}:[${v} TO *]`;
      case "lt":
        return `${f}:[* TO ${v}}`;
      case "lte":
        return `${f}:[* TO ${v}]`;
    }
  }

  private regex(e: Regex): string {
    const r = pcreToLuceneRegexp(e.pattern, e.flags);
    if (!r.ok) return this.unsupported(`regex /${e.pattern}/ cannot be written as a Lucene regexp: ${r.reason}`, e, "backend/regex-untranslatable");
    return `${escapeField(e.field.path)}:${regexpTerm(r.regexp)}`;
  }

  private cidr(e: Cidr): string {
    const net = parseCidr(e.cidr);
    if (!net) return this.unsupported(`'${e.cidr}' is not a network`, e);
    const f = escapeField(e.field.path);
    // An `ip` field parses the CIDR term itself (query_string turns `f:"net/len"` into a range on the 16-byte form).
    if (isIpField(e.field.path, this.opts)) {
      const ip = ipFieldCidr(net, e.cidr);
      if (ip.caveat) this.warn(`CIDR on the ip field '${e.field.path}': ${ip.caveat}`, e);
      return ip.exclude ? `(${f}:${quotePhrase(ip.network)} AND NOT ${f}:${quotePhrase(ip.exclude)})` : `${f}:${quotePhrase(ip.network)}`;
    }
    const re = net.version === 4 ? ipv4NetworkRegexp(net) : ipv6NetworkRegexp(net);
    if (re === undefined) return this.unsupported(`'${e.cidr}' is not a network`, e);
    if (re.length > ES_MAX_REGEX_LENGTH) this.opts.diagnostics?.push(ipv6RegexLimit(e.field.path, e.cidr, re.length, "Lucene", this.opts.file, e.pos));
    return `${f}:${regexpTerm(re)}`;
  }
}

/**
 * The `backend/query-limit` warning for a CIDR regexp over keyword text longer than ES's default
 * `index.max_regex_length` (an IPv6 network: every spelling of every address is in the regexp).
 */
export function ipv6RegexLimit(field: string, network: string, length: number, backend: string, file: string | undefined, pos: Expr["pos"]): Diagnostic {
  return diagnostic("backend/query-limit", `${backend}: the exact regexp for ${network} on the keyword field '${field}' is ${length} characters, over Elasticsearch's default index.max_regex_length (${ES_MAX_REGEX_LENGTH}): raise that index setting, or map the field as \`ip\` and pass --ip-field ${field}`, { file, pos });
}

/** Lower-cases per code point, like Elasticsearch's `lowercase` normalizer (Lucene LowerCaseFilter). */
export function lowerEachChar(text: string): string {
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += [...l].length === 1 ? l : ch;
  }
  return out;
}
