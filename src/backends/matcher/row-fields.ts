import type { Stage } from "../../ast/stage.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import type { Expr } from "../../ast/expr.js";
import type { FieldRef } from "../../ast/field.js";
import { fieldsOfExpr, walkExpr, walkValue } from "../../ast/visit.js";
import { rcStripBraces } from "./runtime.js";

/** "Every field": the pipeline may read fields it does not name. */
const ALL = null;
type Needed = Set<string> | typeof ALL;

/** A row field name as rows are looked up (`rcGet`, `rcRowView`): without `{}` markers. */
const bare = rcStripBraces;

/** The names a field reference can be looked up by: its path and its name as written. */
const namesOf = (f: FieldRef): string[] => (f.written === undefined ? [f.path] : [f.path, f.written]);

/**
 * The fields a pipeline can read from the rows of its selected events, as bare names (no
 * `{}`), or `null` when it may read any field (its output keeps the event's fields, or a
 * stage reads fields it does not name: wildcards, free-text search, commands without a
 * field analysis). Rows built with only these fields (and `_time`) give the same output as
 * full rows: the analysis runs backwards from the output, and each stage adds the names it
 * reads; `stats`, `table` and `fields` (keep) replace the set with what they pass on. Every
 * step may keep more names than needed, never fewer.
 */
export function pipelineRowFields(stages: readonly Stage[]): string[] | null {
  let needed: Needed = ALL;
  for (let i = stages.length - 1; i >= 0; i--) {
    needed = neededBefore(stages[i]!, needed);
  }
  return needed === ALL ? null : [...needed].sort();
}

/** The names a stage's input rows must keep for its output to keep `after`. */
function neededBefore(s: Stage, after: Needed): Needed {
  const plus = (names: readonly string[]): Needed => {
    if (after === ALL || names.some((n) => n.includes("*"))) return ALL;
    const out = new Set(after);
    for (const n of names) out.add(bare(n));
    return out;
  };
  const only = (names: readonly string[]): Needed => (names.some((n) => n.includes("*")) ? ALL : new Set(names.map(bare)));
  switch (s.kind) {
    case "Filter": {
      const names = exprReads(s.filter);
      return names === ALL ? ALL : plus(names);
    }
    case "Fillnull":
      // Without a list it fills the fields some row has: restricted to `after`, the same fields.
      return s.fields === null ? after : plus(s.fields);
    case "Stats": {
      const names: string[] = s.by.flatMap(namesOf);
      for (const a of s.aggregations) {
        if (a.field) names.push(...namesOf(a.field));
        if (a.eval) names.push(...valueReads(a.eval));
      }
      // `stats` (and `tstats`) output only their groups and aggregates; the others keep each row's fields.
      return s.command === "stats" || s.command === "tstats" ? only(names) : plus(names);
    }
    case "Eval":
      return plus(s.assignments.flatMap((a) => [a.field, ...valueReads(a.expr)]));
    case "Rename":
      return plus(s.renames.flatMap((r) => [r.from, r.to]));
    case "Table":
      return only(s.fields);
    case "Fields":
      return s.mode === "keep" ? only(s.fields) : plus(s.fields);
    case "Dedup":
      return plus([...s.fields, ...(s.sortBy ?? []).map((k) => k.field)]);
    case "Sort":
      return plus(s.keys.map((k) => k.field));
    case "Head":
      return after;
    case "Convert":
      return plus(s.conversions.flatMap((c) => (c.as ? [c.field, c.as] : [c.field])));
    case "Bin":
      return plus(s.as ? [s.field, s.as] : [s.field]);
    case "Command":
      // rex, spath, mvexpand: read fields in command-specific ways; keep every field.
      return ALL;
  }
}

/** The names a row filter reads, or ALL (free-text search reads every value). */
function exprReads(e: Expr): string[] | typeof ALL {
  let all = false;
  walkExpr(e, (n) => {
    if (n.kind === "Keyword") all = true;
  });
  return all ? ALL : fieldsOfExpr(e).flatMap(namesOf);
}

/** The names an eval expression reads (eval functions see only their arguments' values). */
function valueReads(v: ValueExpr): string[] {
  const names: string[] = [];
  walkValue(v, (n) => {
    if (n.kind === "FieldValue") names.push(...namesOf(n.field));
  });
  return names;
}
