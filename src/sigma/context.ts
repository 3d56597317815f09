import type { SourcePos } from "../ast/position.js";
import { diagnostic, type Diagnostic, type DiagnosticCode, type Severity } from "../diagnostics/index.js";
import type { PositionIndex } from "./source/positions.js";
import type { SourceText } from "./source/yaml-documents.js";

/** Options of the Sigma front-end. */
export interface SigmaLoadOptions {
  /** The file name, used in diagnostics and kept on each rule. */
  file?: string;
  /**
   * Values of `expand` placeholders (`%name%` -> values), as a processing pipeline's
   * `value_placeholders` would give them. Without a value a placeholder is a
   * `sigma/unsupported-placeholder` error, never a silent wildcard.
   */
  placeholders?: Readonly<Record<string, readonly string[]>>;
  /** Validate against the official Sigma JSON schemas (default true). */
  schema?: boolean;
  /**
   * How the YAML is read: `auto` (default) tries the fast reader for the YAML subset rules
   * are written in and falls back to the `yaml` package; `yaml` always uses the package
   * (same results, slower; for benchmarks and for checking the fast reader).
   */
  yamlReader?: "auto" | "yaml";
}

/** What converting one rule document needs: where things are, and where problems go. */
export class RuleContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly source: SourceText,
    readonly positions: PositionIndex,
    readonly options: SigmaLoadOptions,
  ) {}

  get file(): string | undefined {
    return this.options.file;
  }

  report(code: DiagnosticCode, message: string, pos: SourcePos | undefined, severity?: Severity): void {
    this.diagnostics.push(diagnostic(code, message, { file: this.file, pos: pos ?? { line: 1, column: 1 }, severity }));
  }

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }
}
