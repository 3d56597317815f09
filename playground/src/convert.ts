/**
 * What the playground shows for one input, computed without the DOM (so it is testable
 * anywhere): the rules' AST, every registered conversion target's output, and every
 * diagnostic. Uses only the browser-safe core.
 */
import { isRuleError, parseRuleText, stripPositions, TARGETS, type Diagnostic, type Rule, type RuleFormat } from "../../src/index.js";
import { BUILTIN_MACROS, createMacroTable, mergeMacroTables, parseMacroDefinitions } from "../../src/spl/index.js";

export interface PanelResult {
  /** Target name (`lucene`, `dsl`, ...), or `ast`. */
  readonly name: string;
  readonly title: string;
  readonly ok: boolean;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface PlaygroundResult {
  /** Diagnostics of loading the rule (and of the macro definitions). */
  readonly diagnostics: readonly Diagnostic[];
  readonly rules: readonly Rule[];
  readonly panels: readonly PanelResult[];
}

/** The panels the playground puts first, with their display titles; other targets follow. */
export const PANEL_ORDER: readonly (readonly [string, string])[] = [
  ["lucene", "Lucene"],
  ["dsl", "Query DSL"],
  ["esql", "ES|QL"],
  ["sigma", "Sigma"],
  ["spl", "SPL"],
  ["elastic-rule", "Elastic Security rule"],
  ["matcher", "TypeScript matcher"],
];

/** Converts `text` (Sigma YAML, Splunk detection YAML or SPL) to every target. Never throws. */
export function convertText(text: string, format: RuleFormat | "auto", macrosText = ""): PlaygroundResult {
  const macroDefs = parseMacroDefinitions(macrosText, "macros.yml");
  const macros = mergeMacroTables(BUILTIN_MACROS, createMacroTable(macroDefs.macros));
  const file = format === "spl" ? "search.spl" : "rule.yml";
  const loaded = parseRuleText(text, { file, format: format === "auto" ? undefined : format, macros });
  const diagnostics = [...macroDefs.diagnostics, ...loaded.diagnostics];
  const rules = loaded.rules;
  const panels: PanelResult[] = [];
  if (rules.length === 0) return { diagnostics, rules, panels };
  panels.push({ name: "ast", title: "AST", ok: true, text: JSON.stringify(rules.length === 1 ? stripPositions(rules[0]!) : rules.map(stripPositions), null, 2), diagnostics: [] });
  const order = new Map(PANEL_ORDER.map(([name], i) => [name, i]));
  const targets = [...TARGETS].sort((a, b) => (order.get(a.name) ?? 99) - (order.get(b.name) ?? 99));
  for (const target of targets) {
    const title = PANEL_ORDER.find(([n]) => n === target.name)?.[1] ?? target.name;
    const outputs: string[] = [];
    const notes: Diagnostic[] = [];
    let ok = true;
    for (const rule of rules) {
      try {
        const out = target.convert(rule, {});
        outputs.push(out.output);
        notes.push(...out.diagnostics);
      } catch (e) {
        ok = false;
        if (isRuleError(e)) notes.push(...e.diagnostics);
        else notes.push({ code: "internal/unexpected", severity: "error", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    }
    const problemText = notes.map((d) => `${d.severity}[${d.code}]: ${d.message}`).join("\n");
    panels.push({ name: target.name, title, ok, text: ok ? outputs.join("\n\n") : problemText, diagnostics: notes });
  }
  return { diagnostics, rules, panels };
}
