import { and, compare, exists, existsAndNot, field, keyword, match, not, or, TRUE } from "../../ast/builders.js";
import type { Expr } from "../../ast/expr.js";
import type { FieldRef } from "../../ast/field.js";
import { ANY, pattern, type Pattern, type PatternPart } from "../../ast/pattern.js";
import type { SearchNode, SplValue } from "../syntax/tree.js";
import type { TranslateContext } from "./context.js";

/** Fields that name where events come from, not what they contain. */
export const METADATA_FIELDS: ReadonlySet<string> = new Set(["index", "source", "sourcetype"]);

/** Search-time range modifiers: they pick a time window, they are not conditions on events. */
const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  "earliest", "latest", "starttime", "endtime", "starthoursago", "endhoursago", "startdaysago", "enddaysago",
  "startminutesago", "endminutesago", "startmonthsago", "endmonthsago", "_index_earliest", "_index_latest", "timeformat",
]);

/** Thrown inside search translation for a part with no AST meaning (subsearch, unknown macro). */
export class UntranslatableSearch extends Error {
  constructor(readonly what: string, readonly offset: number) {
    super(what);
  }
}

/**
 * The text a search value stands for: in bare words and quoted strings `\"` is a quote and
 * `\\` a backslash; any other backslash is literal (Splunk has no escape for `*`).
 */
export function searchValueText(v: SplValue): string {
  return v.quoted ? v.text : v.text.replace(/\\(["\\|])/g, "$1");
}

/** A search value as a wildcard pattern: `*` is the only wildcard in SPL search. */
export function searchValuePattern(v: SplValue): Pattern {
  const text = searchValueText(v);
  const parts: PatternPart[] = [];
  text.split("*").forEach((lit, i) => {
    if (i > 0) parts.push(ANY);
    parts.push(lit);
  });
  return pattern(parts);
}

/** A field name as written (`"objectRef.resource"` quoted or bare). */
export function searchFieldName(v: SplValue): string {
  return v.quoted ? v.text : searchValueText(v);
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Translates an SPL search expression to a filter expression:
 * `f=v` is a case-insensitive wildcard `Match` (`f=*` is `Exists`), `f!=v` needs `f` to exist,
 * `<`/`>` compare numerically when the value is a number, bare terms search the raw event.
 */
export function translateSearch(node: SearchNode, ctx: TranslateContext): Expr {
  const extra = ctx.locate(node.start);
  switch (node.kind) {
    case "and":
      return and(node.children.map((c) => translateSearch(c, ctx)), extra);
    case "or":
      return or(node.children.map((c) => translateSearch(c, ctx)), extra);
    case "not":
      return not(translateSearch(node.child, ctx), extra);
    case "term": {
      const text = searchValueText(node.value);
      if (text === "*" ) return TRUE;
      return keyword(pattern([ANY, ...searchValuePattern(node.value).parts, ANY]), { caseSensitive: false, scope: "raw", ...extra });
    }
    case "directive":
      return keyword(pattern([ANY, ...searchValuePattern(node.value).parts, ANY]), { caseSensitive: node.name === "CASE", scope: "raw", ...extra });
    case "compare": {
      if (TIME_MODIFIERS.has(searchFieldName(node.field).toLowerCase())) throw new UntranslatableSearch(`time range modifier ${searchFieldName(node.field)}`, node.start);
      const f = fieldRef(node.field, ctx);
      const caseSensitive = node.directive === "CASE";
      if (node.op === "=" || node.op === "!=") {
        const valueText = searchValueText(node.value);
        const positive: Expr = valueText === "*" ? exists(f, extra) : match(f, searchValuePattern(node.value), caseSensitive, extra);
        return node.op === "=" ? positive : existsAndNot(f, positive, extra);
      }
      const text = searchValueText(node.value);
      const op = ({ "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" } as const)[node.op];
      return NUMBER_RE.test(text) ? compare(f, op, Number(text), { numeric: true, ...extra }) : compare(f, op, text, { numeric: false, ...extra });
    }
    case "in": {
      const f = fieldRef(node.field, ctx);
      return or(node.values.map((v) => (searchValueText(v) === "*" ? exists(f, extra) : match(f, searchValuePattern(v), false, extra))), extra);
    }
    case "subsearch":
      throw new UntranslatableSearch("subsearch", node.start);
    case "macro":
      throw new UntranslatableSearch(`unexpanded macro ${node.text}`, node.start);
  }
}

function fieldRef(v: SplValue, ctx: TranslateContext): FieldRef {
  const name = searchFieldName(v);
  return field(name, { ...ctx.locate(v.start), metadata: METADATA_FIELDS.has(name) });
}
