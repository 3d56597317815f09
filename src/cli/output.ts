import type { Rule } from "../ast/rule.js";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/index.js";

/** Exit codes of every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

/** The `--json` line for one rule (or one file that gave no rule): the CLI's shared contract. */
export interface JsonRecord {
  file: string | null;
  id: string | null;
  title: string | null;
  ok: boolean;
  output?: unknown;
  diagnostics: { code: string; severity: string; message: string; line: number | null; column: number | null }[];
}

export function jsonRecord(file: string | undefined, rule: Rule | undefined, diagnostics: readonly Diagnostic[], output?: unknown): JsonRecord {
  const rec: JsonRecord = {
    file: file ?? null,
    id: rule?.meta.id ?? null,
    title: rule?.meta.title ?? null,
    ok: !diagnostics.some((d) => d.severity === "error"),
    diagnostics: diagnostics.map((d) => ({
      code: d.code, severity: d.severity, message: d.message, line: d.line ?? null, column: d.column ?? null,
    })),
  };
  if (output !== undefined) rec.output = output;
  return rec;
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + "\n");
}

export function writeDiagnostics(ds: readonly Diagnostic[]): void {
  for (const d of ds) process.stderr.write(formatDiagnostic(d) + "\n");
}
