import type { Rule } from "../ast/rule.js";
import type { Diagnostic } from "../diagnostics/index.js";

/** Options every conversion target accepts (targets add their own). */
export interface ConvertOptions {
  /** A processing pipeline name or definition (field mapping, index, log source), where the target uses one. */
  pipeline?: unknown;
  [option: string]: unknown;
}

/** What converting one rule gives: the text to print or write, and notes (warnings, approximations). */
export interface ConversionOutput {
  output: string;
  /** File extension for `--out` (without dot). */
  extension: string;
  diagnostics: Diagnostic[];
}

/**
 * A `rulecast convert --to <name>` target. Each backend registers one in `registry.ts`;
 * the CLI knows nothing else about backends.
 * - `convert` turns one rule into output, throwing RuleError when it cannot.
 * - `convertAll`, when present, turns a whole batch into one output (e.g. one matcher module).
 */
export interface ConversionTarget {
  readonly name: string;
  readonly description: string;
  convert(rule: Rule, options: ConvertOptions): ConversionOutput;
  convertAll?(rules: readonly Rule[], options: ConvertOptions): ConversionOutput;
}
