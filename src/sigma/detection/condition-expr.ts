import * as build from "../../ast/builders.js";
import type { Expr } from "../../ast/expr.js";
import type { SourcePos } from "../../ast/position.js";
import { parseSigmaCondition, type ConditionNode } from "../condition/index.js";
import type { RuleContext } from "../context.js";

/** A condition string and where it was written. */
export interface WrittenCondition {
  readonly text: string;
  readonly pos?: SourcePos;
}

/**
 * Parses every condition (a list of conditions is OR'ed, as pySigma does) and builds
 * the expression from the converted selections. Returns undefined after reporting
 * when a condition does not parse or names an unknown selection.
 */
export function conditionsExpr(ctx: RuleContext, conditions: readonly WrittenCondition[], selections: ReadonlyMap<string, Expr>): Expr | undefined {
  const parts: Expr[] = [];
  let ok = true;
  for (const c of conditions) {
    const e = conditionExpr(ctx, c, selections);
    if (e) parts.push(e);
    else ok = false;
  }
  if (!ok) return undefined;
  return parts.length === 1 ? parts[0]! : build.or(parts, { pos: conditions[0]?.pos });
}

function conditionExpr(ctx: RuleContext, c: WrittenCondition, selections: ReadonlyMap<string, Expr>): Expr | undefined {
  const parsed = parseSigmaCondition(c.text);
  const at = conditionPositions(ctx, c);
  for (const p of parsed.problems) {
    if (p.kind === "deprecated") ctx.report("sigma/deprecated-syntax", p.message, at(p.offset), "error");
    else ctx.report("sigma/condition-syntax", `${p.message} in condition \`${c.text.trim()}\``, at(p.offset));
  }
  if (!parsed.node) return undefined;
  let ok = true;
  const build1 = (n: ConditionNode): Expr => {
    const pos = at(n.start);
    switch (n.kind) {
      case "and":
        return build.and(n.children.map(build1), { pos });
      case "or":
        return build.or(n.children.map(build1), { pos });
      case "not":
        return build.not(build1(n.child), { pos });
      case "ref": {
        const e = selections.get(n.name);
        if (e) return e;
        ok = false;
        ctx.report("sigma/unknown-selection", `the condition names \`${n.name}\`, which the detection does not define`, pos);
        return build.FALSE;
      }
      case "of": {
        const names = matchingSelections(n.target, [...selections.keys()]);
        if (names.length === 0) {
          ok = false;
          ctx.report("sigma/unknown-selection", `\`${n.target ?? "them"}\` matches no selection of the detection`, pos);
          return build.FALSE;
        }
        const exprs = names.map((name) => selections.get(name)!);
        if (exprs.length === 1) return exprs[0]!;
        return n.quantifier === "all" ? build.and(exprs, { pos }) : build.or(exprs, { pos });
      }
    }
  };
  const e = build1(parsed.node);
  return ok ? e : undefined;
}

/**
 * Selection names a quantifier covers: `them` is every selection not starting with `_`
 * (the specification's convention); a pattern matches with `*` (and `?`) wildcards.
 */
export function matchingSelections(target: string | undefined, names: readonly string[]): string[] {
  if (target === undefined) return names.filter((n) => !n.startsWith("_"));
  const re = new RegExp(`^${target.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "s");
  return names.filter((n) => re.test(n));
}

/** Maps an offset inside the condition text to its line/column in the file (exact for single-line scalars). */
function conditionPositions(ctx: RuleContext, c: WrittenCondition): (offset: number) => SourcePos | undefined {
  const start = c.pos?.offset;
  if (start === undefined) return () => c.pos;
  const found = ctx.source.text.indexOf(c.text, start);
  if (found < 0 || found > start + 4) return () => c.pos;
  return (offset) => ctx.source.posAt(found + offset);
}
