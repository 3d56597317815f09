import type { SourcePos } from "../ast/position.js";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "./codes.js";

export type Severity = "error" | "warning" | "info";

/**
 * The one diagnostic shape of the library. `code` is a stable `area/what` string
 * (see docs/diagnostics.md); `line`/`column` are 1-based and point into `file`.
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  at?: { file?: string; pos?: SourcePos; severity?: Severity },
): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: at?.severity ?? DIAGNOSTIC_CODES[code].severity,
    message,
  };
  if (at?.file !== undefined) d.file = at.file;
  if (at?.pos) {
    d.line = at.pos.line;
    d.column = at.pos.column;
    if (at.pos.endLine !== undefined) d.endLine = at.pos.endLine;
    if (at.pos.endColumn !== undefined) d.endColumn = at.pos.endColumn;
  }
  return Object.freeze(d);
}

/** The only error the library throws for bad input: it carries every diagnostic found. */
export class RuleError extends Error {
  override readonly name = "RuleError";
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n") || "invalid rule");
    this.diagnostics = Object.freeze([...diagnostics]);
  }

  /** The first error's code, handy in tests and `catch` blocks. */
  get code(): DiagnosticCode | undefined {
    return this.diagnostics[0]?.code;
  }
}

/** Throws a RuleError with a single diagnostic. */
export function fail(code: DiagnosticCode, message: string, at?: { file?: string; pos?: SourcePos }): never {
  throw new RuleError([diagnostic(code, message, at)]);
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}

/** `file:line:column: severity[code]: message`, the compiler-style one-line form. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file ?? "<input>", d.line, d.column].filter((x) => x !== undefined).join(":");
  return `${where}: ${d.severity}[${d.code}]: ${d.message}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === "error");
}

/** Adds a file name to diagnostics that lack one (front-ends work on text; loaders know the file). */
export function inFile(ds: readonly Diagnostic[], file: string | undefined): Diagnostic[] {
  return ds.map((d) => (d.file !== undefined || file === undefined ? d : Object.freeze({ ...d, file })));
}
