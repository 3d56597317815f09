/**
 * Probes what rulecast does with one fixture rule: does it load, and what does each
 * registered conversion target do with it. Used by scripts/docs-matrices.ts to generate
 * the support matrices, so they describe the code as it is.
 */
import { TARGETS, findTarget } from "../../src/api/registry.js";
import { parseRuleText } from "../../src/api/load.js";
import type { Rule, RuleFormat } from "../../src/ast/rule.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { toSigma } from "../../src/backends/sigma/index.js";
import { isRuleError, type Diagnostic } from "../../src/diagnostics/index.js";
import { resolveRuleReferences } from "../../src/sigma/index.js";

/** One matrix cell: supported, supported with a caveat, or refused with a typed diagnostic. */
export interface Cell {
  readonly status: "yes" | "approx" | "no" | "n/a";
  /** The diagnostic code that explains an `approx` or `no`. */
  readonly code?: string;
}

export const YES: Cell = { status: "yes" };

/** The cell for a thrown error: a RuleError's first error code; anything else is a bug and is shown as such. */
export function cellOfError(e: unknown): Cell {
  if (isRuleError(e)) return { status: "no", code: (e.diagnostics.find((d) => d.severity === "error") ?? e.diagnostics[0])?.code };
  return { status: "no", code: `internal/unexpected (${e instanceof Error ? e.message.split("\n")[0] : String(e)})` };
}

/** The cell for a success with notes: warnings make it `approx`. */
export function cellOfNotes(notes: readonly Diagnostic[], codes: readonly string[] = ["backend/approximation", "convert/dropped", "spl/unsupported-command", "spl/unsupported-expression"]): Cell {
  const caveat = notes.find((d) => d.severity === "error" || (d.severity === "warning" && codes.includes(d.code)));
  return caveat ? { status: caveat.severity === "error" ? "no" : "approx", code: caveat.code } : YES;
}

/** Loads a fixture (one or more YAML documents, or an SPL search) and resolves references. */
export function loadFixture(text: string, format: RuleFormat): { rules: Rule[]; diagnostics: Diagnostic[] } {
  const file = format === "spl" ? "probe.spl" : "probe.yml";
  const loaded = parseRuleText(text, { file, format });
  if (loaded.diagnostics.some((d) => d.severity === "error")) return loaded;
  const resolved = resolveRuleReferences(loaded.rules);
  return { rules: [...resolved.rules], diagnostics: [...loaded.diagnostics, ...resolved.diagnostics] };
}

/** The rule a fixture is about: the last document (a correlation or filter comes after the rules it names). */
export function mainRule(rules: readonly Rule[]): Rule | undefined {
  return rules[rules.length - 1];
}

/** Converts the rule with one target. */
export function probeTarget(name: string, rule: Rule, rules: readonly Rule[]): Cell {
  const target = findTarget(name);
  if (!target) return { status: "n/a" };
  try {
    return cellOfNotes(target.convert(rule, { rules }).diagnostics);
  } catch (e) {
    return cellOfError(e);
  }
}

/** Compiles the rule to a matcher and runs it over sample events (filter and pipeline). */
export function probeExecution(rule: Rule, rules: readonly Rule[], events: readonly unknown[]): Cell {
  try {
    const m = compileMatcher(rule, { rules });
    for (const _ of m.run(events)) void _;
    return YES;
  } catch (e) {
    return cellOfError(e);
  }
}

/** Writes the rule as Sigma (a Splunk search goes through the Splunk-to-Sigma converter). */
export function probeSigma(rule: Rule): Cell {
  try {
    return cellOfNotes(toSigma(rule).report);
  } catch (e) {
    return cellOfError(e);
  }
}

/** The names of every registered conversion target, in registry order. */
export function targetNames(): string[] {
  return TARGETS.map((t) => t.name);
}

/** Markdown for a cell. */
export function renderCell(c: Cell): string {
  switch (c.status) {
    case "yes": return "yes";
    case "approx": return `approx: \`${c.code}\``;
    case "no": return `no: \`${c.code}\``;
    case "n/a": return "—";
  }
}
