/*
 * Which fields a rule treats as multivalued, and which columns later stages read, for the
 * ES|QL backend's per-value evaluation (docs/elastic.md, "Multivalued fields").
 *
 * Why: in ES|QL's compute engine a comparison, LIKE, RLIKE or function given a multivalued
 * value returns null with a warning ("single-value function encountered multi-value"), and a
 * WHERE pushed down to Lucene is wrapped so multivalued documents do not match either
 * (https://www.elastic.co/docs/reference/query-languages/esql/esql-multivalued-fields). The AST
 * says a predicate holds when ANY value satisfies it, so those predicates are evaluated per value.
 */
import type { Expr } from "../../ast/expr.js";
import type { Rule } from "../../ast/rule.js";
import type { Stage } from "../../ast/stage.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import { walkExpr, walkValue } from "../../ast/visit.js";
import { patternShape } from "../../ast/pattern.js";

/**
 * The fields of a rule that may hold several values: every field written with SPL's array
 * marker (`sourceIPs{}`), in the filter, in filter stages and in the rules a correlation
 * references, plus the paths the caller declares (`multivaluedFields`).
 */
export function multivaluedFieldsOf(rule: Rule, declared: readonly string[] = [], referenced: readonly Rule[] = []): Set<string> {
  const out = new Set(declared);
  const visit = (e: Expr) =>
    walkExpr(e, (n) => {
      for (const f of fieldRefsOf(n)) if (f.written?.includes("{}")) out.add(f.path);
    });
  visit(rule.filter);
  for (const s of rule.pipeline) if (s.kind === "Filter") visit(s.filter);
  for (const r of referenced) visit(r.filter);
  return out;
}

function fieldRefsOf(e: Expr): { path: string; written?: string }[] {
  switch (e.kind) {
    case "Match": case "Compare": case "Regex": case "Cidr": case "Exists":
      return [e.field];
    case "FieldEquals":
      return [e.field, e.other];
    case "EvalCondition": {
      const out: { path: string; written?: string }[] = [];
      walkValue(e.expr, (v) => {
        if (v.kind === "FieldValue") out.push(v.field);
      });
      return out;
    }
    default:
      return [];
  }
}

/** Field paths a value expression reads. */
export function valueFields(v: ValueExpr): string[] {
  const out: string[] = [];
  walkValue(v, (x) => {
    if (x.kind === "FieldValue") out.push(x.field.path);
  });
  return out;
}

/**
 * The paths a predicate reads that are multivalued, when it must be evaluated per value.
 * `Exists` and a match-anything pattern are `IS NOT NULL`, which ES|QL answers for multivalued
 * columns too, so they need no expansion. Keyword predicates read the fields the caller names.
 */
export function multivaluedReads(e: Expr, isMultivalued: (path: string) => boolean, keywordFields: readonly string[], rawField: string): string[] {
  if (e.kind === "Exists") return [];
  if (e.kind === "Match" && patternShape(e.pattern).shape === "any") return [];
  let paths: string[];
  if (e.kind === "Keyword") paths = e.scope === "raw" ? [rawField] : [...keywordFields];
  else if (e.kind === "EvalCondition") paths = valueFields(e.expr);
  else paths = fieldRefsOf(e).map((f) => f.path);
  return [...new Set(paths.filter(isMultivalued))];
}

const STRIP = (name: string) => name.replace(/\{\}/g, "");

/**
 * The input columns the stages read before the rows are replaced (up to and including the first
 * `stats`), minus the columns a stage creates first (`eval` targets, `rename ... as`). `unknown`
 * names a wildcard column list, whose columns cannot be known from the query.
 */
export function columnsReadBy(stages: readonly Stage[]): { columns: string[]; unknown?: string } {
  const read = new Set<string>();
  const created = new Set<string>();
  const use = (name: string) => {
    const n = STRIP(name);
    if (!created.has(n)) read.add(n);
  };
  for (const s of stages) {
    switch (s.kind) {
      case "Filter":
        walkExpr(s.filter, (n) => {
          for (const f of fieldRefsOf(n)) use(f.path);
        });
        break;
      case "Fillnull":
        (s.fields ?? columnsReadBy(stages.slice(stages.indexOf(s) + 1)).columns).forEach(use);
        break;
      case "Stats":
        s.by.forEach((b) => use(b.path));
        for (const a of s.aggregations) {
          if (a.field) use(a.field.path);
          if (a.eval) valueFields(a.eval).forEach(use);
        }
        return { columns: [...read] };
      case "Eval":
        for (const a of s.assignments) {
          valueFields(a.expr).forEach(use);
          created.add(a.field);
        }
        break;
      case "Rename":
        for (const r of s.renames) {
          use(r.from);
          created.add(STRIP(r.to));
        }
        break;
      case "Table":
      case "Fields": {
        const wild = s.fields.find((f) => f.includes("*"));
        if (wild && !(s.kind === "Fields" && s.mode === "remove")) return { columns: [...read], unknown: wild };
        if (s.kind === "Table" || s.mode === "keep") {
          s.fields.forEach(use);
          return { columns: [...read] };
        }
        break;
      }
      case "Sort":
        s.keys.forEach((k) => use(k.field));
        break;
      case "Dedup":
        s.fields.forEach(use);
        break;
      case "Bin":
        use(s.field);
        if (s.as) created.add(s.as);
        break;
      case "Convert":
        for (const c of s.conversions) {
          use(c.field);
          if (c.as) created.add(c.as);
        }
        break;
      default:
        break;
    }
  }
  return { columns: [...read] };
}
