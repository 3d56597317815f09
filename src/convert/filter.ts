/**
 * The Splunk rule's event filter in Sigma's terms: log source conditions removed (the
 * Sigma `logsource` says them), CIM field names mapped to the Sigma taxonomy, SPL-only
 * predicates translated (eval conditions) or approximated (raw-text terms), each change
 * reported.
 */
import * as build from "../ast/builders.js";
import type { Expr, Match } from "../ast/expr.js";
import type { FieldRef } from "../ast/field.js";
import { normalizeExpr } from "../ast/normalize.js";
import { ANY, isLiteralPattern, pattern } from "../ast/pattern.js";
import { transformExpr, walkExpr } from "../ast/visit.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { lookupCimField } from "./cim-taxonomy.js";
import { splConditionToExpr } from "./spl-condition.js";

/** Fields SPL treats as where events come from, never as event content. */
const METADATA_FIELDS = new Set(["index", "source", "sourcetype", "eventtype", "splunk_server", "host_index"]);

export interface FilterContext {
  readonly file?: string;
  /** Macros whose expansion is the log source (their predicates are dropped). */
  readonly logSourceMacros: ReadonlySet<string>;
  /** Whether the log source table recognised the rule's log source (macro, source, sourcetype or data model). */
  readonly logSourceKnown: boolean;
  /** `tstats ... from datamodel=X`: field names are CIM names to map. */
  readonly datamodel?: string;
  readonly report: Diagnostic[];
}

function isLogSourcePredicate(e: Expr, ctx: FilterContext): boolean {
  if (e.origin?.macros?.some((m) => ctx.logSourceMacros.has(m))) return true;
  if ("field" in e && (e.field as FieldRef | undefined)?.kind === "Field") {
    const f = e.field as FieldRef;
    return !!f.metadata || METADATA_FIELDS.has(f.path);
  }
  return false;
}

/** Whether any part of the expression came from a log source macro or names a metadata field. */
function mentionsLogSource(e: Expr, ctx: FilterContext): boolean {
  let found = false;
  walkExpr(e, (n) => {
    if (isLogSourcePredicate(n, ctx)) found = true;
  });
  return found;
}

/**
 * Replaces log source conditions by `true`. A top-level AND-ed condition that names a
 * metadata field is the log source (a macro such as `sysmon` expands to
 * `sourcetype=... OR source=...`; `wineventlog_security` also ORs in `Channel=security`).
 * When no known log source accounts for such a group and it mixes in event fields, the
 * replacement is reported as an approximation.
 */
function dropLogSource(filter: Expr, ctx: FilterContext): Expr {
  const e = normalizeExpr(filter);
  const parts = e.kind === "And" ? e.children : [e];
  const kept = parts.filter((p) => {
    if (!mentionsLogSource(p, ctx)) return true;
    let eventFields = false;
    walkExpr(p, (n) => {
      if (n.kind !== "And" && n.kind !== "Or" && n.kind !== "Not" && n.kind !== "Const" && !isLogSourcePredicate(n, ctx)) eventFields = true;
    });
    const flat = p.kind !== "And" && (p.kind !== "Or" || p.children.every((c) => c.kind !== "And" && c.kind !== "Or"));
    if (eventFields && (!ctx.logSourceKnown || !flat)) {
      ctx.report.push(diagnostic("backend/approximation", "a log source condition (index/source/sourcetype/eventtype) is OR-ed with event conditions; the group was replaced by the Sigma logsource, which applies to the whole rule", { file: ctx.file, pos: p.pos }));
    }
    return false;
  });
  const rest = build.and(kept);
  // Metadata conditions nested deeper (under OR/NOT with event conditions) stay visible as a report.
  return transformExpr(rest, (n) => {
    if (n.kind === "Not" || n.kind === "And" || n.kind === "Or" || n.kind === "Const") return n;
    if (!isLogSourcePredicate(n, ctx)) return n;
    ctx.report.push(diagnostic("backend/approximation", "a log source condition nested under OR/NOT was replaced by `true` (the Sigma logsource applies to the whole rule)", { file: ctx.file, pos: n.pos }));
    return build.TRUE;
  });
}

/** Maps one CIM field reference; basename fields come back with `basename: true`. */
function mapCimField(f: FieldRef, ctx: FilterContext): { field: FieldRef; basename: boolean } {
  if (!ctx.datamodel) return { field: f, basename: false };
  const found = lookupCimField(ctx.datamodel, f.path);
  if (found.kind === "mapped") return { field: build.field(found.mapping.sigma, { pos: f.pos }), basename: !!found.mapping.basename };
  if (found.kind === "unmapped") {
    ctx.report.push(diagnostic("backend/approximation", `CIM field \`${f.path}\` of data model ${ctx.datamodel} has no Sigma taxonomy name; kept as \`${found.bare}\``, { file: ctx.file, pos: f.pos }));
    return { field: build.field(found.bare, { pos: f.pos }), basename: false };
  }
  return { field: f, basename: false };
}

/** A CIM basename value (`cmd.exe`) as a Sigma full-path match (`*\cmd.exe`). */
function basenameMatch(m: Match, field: FieldRef, ctx: FilterContext): Expr {
  const parts = m.pattern.parts;
  const first = parts[0];
  if (first !== undefined && typeof first !== "string" && first.wildcard === "*") return build.match(field, m.pattern, m.caseSensitive, { pos: m.pos });
  if (!isLiteralPattern(m.pattern)) {
    ctx.report.push(diagnostic("backend/approximation", `\`${m.field.path}\` holds a file name; its pattern is matched against the end of the full path \`${field.path}\` (a path whose directory matches the pattern also matches)`, { file: ctx.file, pos: m.pos }));
  }
  // The last path component after a Windows or a POSIX separator.
  return build.or([
    build.match(field, pattern([ANY, "\\", ...parts]), m.caseSensitive, { pos: m.pos }),
    build.match(field, pattern([ANY, "/", ...parts]), m.caseSensitive, { pos: m.pos }),
  ]);
}

function mapFieldsOf(e: Expr, ctx: FilterContext): Expr {
  return transformExpr(e, (n) => {
    switch (n.kind) {
      case "Match": {
        const { field, basename } = mapCimField(n.field, ctx);
        if (basename) return basenameMatch(n, field, ctx);
        return field === n.field ? n : Object.freeze({ ...n, field });
      }
      case "Compare":
      case "Regex":
      case "Cidr":
      case "Exists": {
        const { field, basename } = mapCimField(n.field, ctx);
        if (basename && n.kind !== "Exists") {
          ctx.report.push(diagnostic("backend/approximation", `\`${n.field.path}\` holds a file name; the ${n.kind.toLowerCase()} is applied to the full path \`${field.path}\``, { file: ctx.file, pos: n.pos }));
        }
        return field === n.field ? n : Object.freeze({ ...n, field });
      }
      case "FieldEquals":
        return Object.freeze({ ...n, field: mapCimField(n.field, ctx).field, other: mapCimField(n.other, ctx).field });
      default:
        return n;
    }
  });
}

/** SPL-only predicates -> Sigma-expressible ones (or reported approximations). */
function translateSplPredicates(e: Expr, ctx: FilterContext): Expr {
  return transformExpr(e, (n) => {
    if (n.kind === "EvalCondition") {
      const t = splConditionToExpr(n.expr);
      if (t) return t;
      return n; // reported by the caller as not convertible
    }
    if (n.kind === "Keyword" && n.scope === "raw") {
      ctx.report.push(diagnostic("backend/approximation", "an SPL bare search term matches the raw event text; Sigma keywords match field values, so a term that spans a field name or JSON syntax is not found the same way", { file: ctx.file, pos: n.pos }));
      const parts = n.pattern.parts;
      const wrapped = pattern([ANY, ...parts, ANY]);
      return build.keyword(wrapped, { caseSensitive: n.caseSensitive, scope: "values", pos: n.pos });
    }
    if (n.kind === "Compare" && n.op === "eq" && n.numeric && n.timePart === undefined) {
      ctx.report.push(diagnostic("backend/approximation", `numeric equality on \`${n.field.path}\` is written as a Sigma value, which compares text (\`5\` does not equal \`5.0\`)`, { file: ctx.file, pos: n.pos }));
    }
    return n;
  });
}

/** Every eval condition left in an expression (nothing Sigma can say). */
export function untranslatable(e: Expr): Expr[] {
  const out: Expr[] = [];
  walkExpr(e, (n) => {
    if (n.kind === "EvalCondition") out.push(n);
  });
  return out;
}

/**
 * The Sigma filter for a Splunk filter: log source removed, SPL-only predicates translated,
 * CIM names mapped, normalized.
 */
export function sigmaFilter(e: Expr, ctx: FilterContext): Expr {
  return normalizeExpr(mapFieldsOf(translateSplPredicates(dropLogSource(e, ctx), ctx), ctx));
}
