import type { Rule, RuleFormat } from "../ast/rule.js";
import { diagnostic, RuleError, type Diagnostic, hasErrors } from "../diagnostics/index.js";
import { loadSigmaText } from "../sigma/index.js";
import { loadSplText, loadSplunkDetectionText, type MacroTable } from "../spl/index.js";
import { detectFormat } from "./detect-format.js";

export interface LoadOptions {
  /** The format; detected from `file` and the text when absent. */
  format?: RuleFormat;
  /** The file name, used in diagnostics and for relative test datasets. */
  file?: string;
  /** SPL macro definitions (security_content `macros/*.yml`), for Splunk detections and raw SPL. */
  macros?: MacroTable;
}

/** Every rule in a text (a YAML file may hold several documents), with every diagnostic. Never throws for bad input. */
export interface LoadResult {
  rules: Rule[];
  diagnostics: Diagnostic[];
}

/**
 * Reads one rule text into rules and diagnostics, without throwing on bad input: a
 * front-end bug is caught and reported as `internal/unexpected` so a batch goes on.
 */
export function parseRuleText(text: string, options: LoadOptions = {}): LoadResult {
  const file = options.file;
  const format = options.format ?? detectFormat(text, file);
  try {
    switch (format) {
      case "sigma":
        return loadSigmaText(text, { file });
      case "splunk":
        return loadSplunkDetectionText(text, { file, macros: options.macros });
      case "spl":
        return loadSplText(text, { file, macros: options.macros });
      default:
        return {
          rules: [],
          diagnostics: [diagnostic("input/unknown-format", "not a Sigma rule (no `detection:`), a Splunk detection (no `search:`) or a `.spl` file", { file, pos: { line: 1, column: 1 } })],
        };
    }
  } catch (e) {
    if (e instanceof RuleError) return { rules: [], diagnostics: [...e.diagnostics] };
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { rules: [], diagnostics: [diagnostic("internal/unexpected", message, { file, pos: { line: 1, column: 1 } })] };
  }
}

/**
 * Loads one rule from its text.
 *
 * @param text - a Sigma rule (YAML), a Splunk security_content detection (YAML) or an SPL search.
 * @returns the rule as the shared AST.
 * @throws {@link RuleError} carrying every diagnostic when the rule is invalid, or when
 *   the text holds more than one rule (use {@link parseRuleText} for those).
 *
 * @example
 * ```ts
 * const rule = loadRule(fs.readFileSync("rule.yml", "utf8"), { file: "rule.yml" });
 * ```
 */
export function loadRule(text: string, options: LoadOptions = {}): Rule {
  const { rules, diagnostics } = parseRuleText(text, options);
  if (hasErrors(diagnostics)) throw new RuleError(diagnostics);
  if (rules.length !== 1) {
    throw new RuleError([
      diagnostic("input/unknown-format", `expected one rule, found ${rules.length} (use parseRuleText for multi-document files)`, {
        file: options.file, pos: { line: 1, column: 1 },
      }),
    ]);
  }
  return rules[0]!;
}
