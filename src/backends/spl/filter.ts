/**
 * Filter expression -> SPL: the base search where SPL search can say it exactly
 * (case-insensitive `*` wildcards, `IN`, `NOT`, numeric `<`/`>`, `f=*`), `| regex` and
 * `| where` (eval semantics: case-sensitive `==`, `like`, `match()`, `cidrmatch()`) for the rest.
 */
import type { Expr, Match } from "../../ast/expr.js";
import type { FieldRef } from "../../ast/field.js";
import { normalizeExpr } from "../../ast/normalize.js";
import { isWildcard, type Pattern } from "../../ast/pattern.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import { diagnostic, fail, type Diagnostic } from "../../diagnostics/index.js";
import { evalField, regexLiteral, searchField, splString, UNSAFE_IN_SEARCH } from "./quote.js";

export interface SplFilterContext {
  readonly file?: string;
  readonly report: Diagnostic[];
}

/** The SPL name of a field: as written in SPL when it came from SPL (`sourceIPs{}`), else its path. */
function splName(f: FieldRef): string {
  return f.written ?? f.path;
}

/** A pattern as SPL search text, or undefined when SPL search cannot say it (`?`, a literal `*`, unsafe characters). */
function searchPatternText(p: Pattern): string | undefined {
  let out = "";
  for (const part of p.parts) {
    if (isWildcard(part)) {
      if (part.wildcard === "?") return undefined;
      out += "*";
    } else {
      if (part.includes("*") || UNSAFE_IN_SEARCH.test(part)) return undefined;
      out += part;
    }
  }
  return out;
}

/** Anchored PCRE for a wildcard pattern (to run with the `s` flag, so `.` also matches newlines). */
function patternRegex(p: Pattern): string {
  return "^" + p.parts.map((x) => (isWildcard(x) ? (x.wildcard === "*" ? ".*" : ".") : regexLiteral(x))).join("") + "\\z";
}

function regexText(pattern: string, flags: { i: boolean; m: boolean; s: boolean }): string {
  const f = `${flags.i ? "i" : ""}${flags.m ? "m" : ""}${flags.s ? "s" : ""}`;
  // A backtick would start a macro call in Splunk; \x60 is the same character to PCRE.
  return (f ? `(?${f})` : "") + pattern.replace(/`/g, "\\x60");
}

function matchSearch(m: Match): string | undefined {
  if (m.caseSensitive) return undefined;
  const name = searchField(splName(m.field));
  const text = searchPatternText(m.pattern);
  if (name === undefined || text === undefined) return undefined;
  // A bare `*` value means "has a value" to SPL, which is what a `*` pattern matches.
  return `${name}=${splString(text)}`;
}

/** Or of case-insensitive matches on one field -> `f IN (...)`. */
function inList(children: readonly Expr[]): string | undefined {
  if (children.length < 2 || !children.every((c) => c.kind === "Match" && !c.caseSensitive)) return undefined;
  const ms = children as Match[];
  const name = splName(ms[0]!.field);
  if (!ms.every((m) => splName(m.field) === name)) return undefined;
  const texts = ms.map((m) => searchPatternText(m.pattern));
  const f = searchField(name);
  if (f === undefined || texts.some((t) => t === undefined || t === "*")) return undefined;
  return `${f} IN (${texts.map((t) => splString(t!)).join(", ")})`;
}

/** SPL search text for an expression, or undefined when part of it needs `| where`. */
export function searchText(e: Expr, ctx: SplFilterContext): string | undefined {
  switch (e.kind) {
    case "And": {
      const parts = e.children.map((c) => searchText(c, ctx));
      if (parts.some((p) => p === undefined)) return undefined;
      return parts.map((p, i) => (e.children[i]!.kind === "Or" && / OR /.test(p!) ? `(${p})` : p)).join(" ");
    }
    case "Or": {
      const list = inList(e.children);
      if (list) return list;
      // Runs of values of one field read best as `f IN (...)`.
      const groups: Expr[][] = [];
      for (const c of e.children) {
        const last = groups[groups.length - 1];
        if (last && inList([...last, c])) last.push(c);
        else groups.push([c]);
      }
      const parts = groups.map((g) => (g.length > 1 ? inList(g) : g[0]!.kind === "And" ? wrapped(searchText(g[0]!, ctx)) : searchText(g[0]!, ctx)));
      if (parts.some((p) => p === undefined)) return undefined;
      return parts.join(" OR ");
    }
    case "Not": {
      const inner = searchText(e.child, ctx);
      if (inner === undefined) return undefined;
      return e.child.kind === "And" || e.child.kind === "Or" ? `NOT (${inner})` : `NOT ${inner}`;
    }
    case "Const":
      return e.value ? "*" : undefined;
    case "Match":
      return matchSearch(e);
    case "Exists": {
      const name = searchField(splName(e.field));
      return name === undefined ? undefined : `${name}=*`;
    }
    case "Compare": {
      if (!e.numeric || e.op === "eq" || e.timePart || typeof e.value !== "number") return undefined;
      const name = searchField(splName(e.field));
      const op = { lt: "<", lte: "<=", gt: ">", gte: ">=" }[e.op];
      return name === undefined ? undefined : `${name}${op}${e.value}`;
    }
    case "Keyword": {
      const text = searchPatternText({ parts: stripStars(e.pattern) });
      if (text === undefined || e.caseSensitive) return undefined;
      if (e.scope === "values") {
        ctx.report.push(diagnostic("backend/approximation", "a Sigma keyword (any field value contains the text) becomes an SPL search term, which looks for the text in the raw event", { file: ctx.file, pos: e.pos }));
      }
      return splString(text);
    }
    default:
      return undefined;
  }
}

function wrapped(s: string | undefined): string | undefined {
  return s === undefined ? undefined : `(${s})`;
}

function stripStars(p: Pattern) {
  const parts = [...p.parts];
  const star = (x: (typeof parts)[number] | undefined) => x !== undefined && isWildcard(x) && x.wildcard === "*";
  if (star(parts[0])) parts.shift();
  if (star(parts[parts.length - 1])) parts.pop();
  return parts;
}

/** An eval condition that is true exactly when the predicate holds, false otherwise (never null). */
function evalPredicate(e: Expr, ctx: SplFilterContext): string {
  const field = (f: FieldRef) => evalField(splName(f)) ?? fail("backend/unsupported", `field name \`${splName(f)}\` cannot be written in an SPL eval expression`, { file: ctx.file, pos: f.pos });
  const guard = (f: FieldRef, cond: string) => `(isnotnull(${field(f)}) AND ${cond})`;
  switch (e.kind) {
    case "And":
      return `(${e.children.map((c) => evalPredicate(c, ctx)).join(" AND ")})`;
    case "Or":
      return `(${e.children.map((c) => evalPredicate(c, ctx)).join(" OR ")})`;
    case "Not":
      return `NOT ${evalPredicate(e.child, ctx)}`;
    case "Const":
      return e.value ? "true()" : "false()";
    case "Match": {
      const f = field(e.field);
      const lit = e.pattern.parts.every((p) => typeof p === "string") ? e.pattern.parts.join("") : undefined;
      if (lit !== undefined && e.caseSensitive && !UNSAFE_IN_SEARCH.test(lit)) return guard(e.field, `${f}==${splString(lit)}`);
      return guard(e.field, `match(${f}, ${splString(regexText(patternRegex(e.pattern), { i: !e.caseSensitive, m: false, s: true }))})`);
    }
    case "Regex":
      return guard(e.field, `match(${field(e.field)}, ${splString(regexText(e.pattern, e.flags))})`);
    case "Cidr":
      return guard(e.field, `cidrmatch(${splString(e.cidr)}, ${field(e.field)})`);
    case "Exists":
      return `isnotnull(${field(e.field)})`;
    case "Compare": {
      if (e.timePart) return fail("backend/unsupported", `SPL has no exact form for the Sigma time modifier \`${e.timePart}\``, { file: ctx.file, pos: e.pos });
      const op = { eq: "==", lt: "<", lte: "<=", gt: ">", gte: ">=" }[e.op];
      const v = typeof e.value === "number" ? String(e.value) : splString(e.value);
      return guard(e.field, `${field(e.field)}${op}${v}`);
    }
    case "FieldEquals": {
      const [a, b] = [field(e.field), field(e.other)];
      ctx.report.push(diagnostic("backend/approximation", "a field-to-field comparison in SPL `where` compares the first values of multivalue fields, not any pair", { file: ctx.file, pos: e.pos }));
      return `(isnotnull(${a}) AND isnotnull(${b}) AND ${e.caseSensitive ? `${a}==${b}` : `lower(${a})==lower(${b})`})`;
    }
    case "EvalCondition":
      return `(${valueText(e.expr, ctx)})==true()`;
    case "Keyword":
      return fail("backend/unsupported", "a keyword search under OR/NOT together with conditions that need `| where`", { file: ctx.file, pos: e.pos });
  }
}

const PRECEDENCE: Record<string, number> = { OR: 1, XOR: 1, AND: 2, "=": 3, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3, LIKE: 3, "+": 4, "-": 4, ".": 4, "*": 5, "/": 5, "%": 5 };

/** An SPL eval expression as text (for SPL rules carried through unchanged). */
export function valueText(v: ValueExpr, ctx: SplFilterContext): string {
  switch (v.kind) {
    case "Literal":
      return v.value === null ? "null()" : typeof v.value === "string" ? splString(v.value) : typeof v.value === "boolean" ? `${v.value}()` : String(v.value);
    case "FieldValue":
      return evalField(splName(v.field)) ?? fail("backend/unsupported", `field name \`${splName(v.field)}\` cannot be written in an SPL eval expression`, { file: ctx.file, pos: v.pos });
    case "Call":
      return `${v.name}(${v.args.map((a) => valueText(a, ctx)).join(", ")})`;
    case "Unary":
      return v.op === "NOT" ? `NOT (${valueText(v.operand, ctx)})` : `-(${valueText(v.operand, ctx)})`;
    case "Binary": {
      const wrap = (x: ValueExpr) => (x.kind === "Binary" && PRECEDENCE[x.op]! <= PRECEDENCE[v.op]! ? `(${valueText(x, ctx)})` : valueText(x, ctx));
      return `${wrap(v.left)} ${v.op} ${wrap(v.right)}`;
    }
  }
}

/** The search part and the pipeline commands (`| regex`, `| where`) of a filter. */
export interface SplFilter {
  readonly search: string;
  readonly commands: readonly string[];
}

/**
 * Writes a filter as SPL. Conjuncts SPL search can say go into the search; a regex on a
 * field becomes `| regex`; anything else one `| where`.
 */
export function splFilter(filter: Expr, ctx: SplFilterContext): SplFilter {
  const e = normalizeExpr(filter);
  const parts = e.kind === "And" ? e.children : [e];
  const search: string[] = [];
  const commands: string[] = [];
  const rest: Expr[] = [];
  for (const p of parts) {
    const s = searchText(p, ctx);
    if (s !== undefined) {
      search.push(p.kind === "Or" && / OR /.test(s) ? `(${s})` : s);
      continue;
    }
    const f = p.kind === "Regex" ? searchField(splName(p.field)) : undefined;
    if (p.kind === "Regex" && f !== undefined) {
      commands.push(`| regex ${f}=${splString(regexText(p.pattern, p.flags))}`);
      continue;
    }
    rest.push(p);
  }
  if (rest.length > 0) commands.push(`| where ${rest.map((r) => evalPredicate(r, ctx)).join(" AND ")}`);
  return { search: search.filter((s) => s !== "*").join(" "), commands };
}
