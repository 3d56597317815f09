import { readFileSync } from "node:fs";
import type { Rule } from "../ast/rule.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { renderDiagnostic, type SourceLookup } from "./render-diagnostic.js";
import { colorEnabled, createStyle } from "./style.js";

/**
 * Exit codes of every command (docs/cli.md): 0 all good; 1 a rule, validation or test
 * failed; 2 the command line was wrong; 70 a bug in rulecast (EX_SOFTWARE).
 */
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

/** Builds the `--json` line for one rule; `ok` is false when any diagnostic is an error. */
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

/** Prints one `--json` record (one line of NDJSON) on stdout. */
export function writeJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + "\n");
}

export interface WriteDiagnosticsOptions {
  /**
   * Source text by file, for the excerpt under each message. Defaults to reading the
   * file from disk (once per file); pass it when the text is at hand (stdin, generated).
   */
  sources?: SourceLookup | ReadonlyMap<string, string>;
  /** Colour on or off; defaults to on for a TTY stderr without `NO_COLOR`. */
  color?: boolean;
}

/**
 * Prints diagnostics on stderr in compiler style: `file:line:column: error[code]: message`,
 * then the source line and a caret under the column (see `renderDiagnostic`).
 */
export function writeDiagnostics(ds: readonly Diagnostic[], options: WriteDiagnosticsOptions = {}): void {
  if (ds.length === 0) return;
  const style = createStyle(options.color ?? colorEnabled(process.stderr));
  const given = options.sources;
  const sources: SourceLookup = given instanceof Map ? (f) => given.get(f) : typeof given === "function" ? given : fileSources();
  for (const d of ds) process.stderr.write(renderDiagnostic(d, { sources, style }) + "\n");
}

/** Reads each source file once; unreadable or huge files give no excerpt. */
function fileSources(): SourceLookup {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        const buf = readFileSync(file);
        text = buf.length <= 16 * 1024 * 1024 ? buf.toString("utf8") : undefined;
      } catch {
        text = undefined;
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}
