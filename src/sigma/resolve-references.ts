import * as build from "../ast/builders.js";
import { normalizeExpr } from "../ast/normalize.js";
import type { LogSource, Rule } from "../ast/rule.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { ALL_RULES } from "./rule-document.js";

/**
 * Resolves references between Sigma rules of one batch:
 * - each filter rule is applied to the detection rules it names (by `id` or `name`, or
 *   every rule for `rules: any`) whose log source it covers: the target's filter becomes
 *   `And(original, filterCondition)`, exactly as pySigma applies filters (a filter's
 *   condition says which events stay, so filters are usually written `not selection`).
 *   A named rule that is not loaded is a `sigma/unresolved-reference` warning (filters are
 *   often kept apart from the rules they tune);
 * - every rule a correlation names must be loaded: otherwise `sigma/unresolved-reference`
 *   (an error) at the position of the reference.
 * Filter and correlation rules stay in the list. Rules of other formats pass through unchanged.
 */
export function resolveRuleReferences(rules: Rule[]): { rules: Rule[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byRef = new Map<string, Rule[]>();
  const index = (key: string | undefined, r: Rule) => {
    if (key === undefined) return;
    const list = byRef.get(key) ?? [];
    list.push(r);
    byRef.set(key, list);
  };
  for (const r of rules) {
    if (r.format !== "sigma") continue;
    index(r.meta.id, r);
    if (r.meta.name !== r.meta.id) index(r.meta.name, r);
  }
  const refPos = (r: Rule, section: string, i: number) => r.meta.positions?.[`${section}.rules.${i}`] ?? r.pos;

  for (const r of rules) {
    if (r.format !== "sigma" || !r.correlation) continue;
    r.correlation.rules.forEach((name, i) => {
      if (!byRef.has(name)) {
        diagnostics.push(diagnostic("sigma/unresolved-reference", `correlation "${r.meta.title}" names rule \`${name}\`, which is not loaded (no rule has this id or name)`, { file: r.file, pos: refPos(r, "correlation", i) }));
      }
    });
  }

  const filters = rules.filter((r) => r.format === "sigma" && r.ruleType === "filter" && r.appliesTo);
  if (filters.length === 0) return { rules, diagnostics };
  const applied = new Map<Rule, Rule[]>();
  for (const f of filters) {
    let targets: Rule[];
    if (f.appliesTo!.includes(ALL_RULES)) targets = rules.filter((r) => r.format === "sigma" && r.ruleType === "detection");
    else {
      targets = [];
      f.appliesTo!.forEach((name, i) => {
        const found = byRef.get(name);
        if (!found) {
          diagnostics.push(diagnostic("sigma/unresolved-reference", `filter "${f.meta.title}" names rule \`${name}\`, which is not loaded`, { file: f.file, pos: refPos(f, "filter", i), severity: "warning" }));
        } else targets.push(...found.filter((t) => t.ruleType === "detection"));
      });
    }
    for (const t of targets) {
      if (!logSourceCovers(f.logsource, t.logsource)) continue;
      const list = applied.get(t) ?? [];
      if (!list.includes(f)) list.push(f);
      applied.set(t, list);
    }
  }
  const out = rules.map((r) => {
    const fs = applied.get(r);
    if (!fs) return r;
    const filter = normalizeExpr(build.and([r.filter, ...fs.map((f) => f.filter)]));
    return Object.freeze({ ...r, filter });
  });
  return { rules: out, diagnostics };
}

/** A filter covers a rule when each of its product/category/service is unset or equal to the rule's (pySigma's rule.logsource in filter.logsource). */
function logSourceCovers(filter: LogSource, rule: LogSource): boolean {
  return (["product", "category", "service"] as const).every((k) => filter[k] === undefined || filter[k] === rule[k]);
}
