import type { Diagnostic } from "../diagnostics/index.js";
import { createStyle, type Style } from "./style.js";

/** Gives the text of a source file, or `undefined` when it is not available. */
export type SourceLookup = (file: string) => string | undefined;

export interface RenderOptions {
  /** Source text by file name, to show the offending line under the message. */
  sources?: SourceLookup;
  style?: Style;
}

const TAB_WIDTH = 4;
/** Widest source excerpt shown, in characters. */
const MAX_EXCERPT = 100;

/**
 * Renders one diagnostic the way compilers do:
 *
 * ```text
 * rules/x.yml:12:7: error[sigma/unknown-modifier]: unknown modifier `contain`
 *    12 |     Image|contain: foo
 *       |       ^
 * ```
 *
 * The source excerpt appears only when the file's text is available and the line exists.
 * Control characters in the excerpt are shown escaped so a rule cannot drive the terminal.
 */
export function renderDiagnostic(d: Diagnostic, options: RenderOptions = {}): string {
  const style = options.style ?? createStyle(false);
  const where = [d.file ?? "<input>", d.line, d.column].filter((x) => x !== undefined).join(":");
  const sev = d.severity === "error" ? style.red(style.bold("error")) : d.severity === "warning" ? style.yellow(style.bold("warning")) : style.cyan(style.bold(d.severity));
  const head = `${style.bold(where)}: ${sev}${style.dim(`[${d.code}]`)}: ${style.bold(printable(d.message))}`;
  const excerpt = d.file !== undefined && d.line !== undefined ? sourceExcerpt(options.sources?.(d.file), d, style) : [];
  return [head, ...excerpt].join("\n");
}

function sourceExcerpt(text: string | undefined, d: Diagnostic, style: Style): string[] {
  if (text === undefined || d.line === undefined) return [];
  const lines = text.split(/\r?\n/);
  const raw = lines[d.line - 1];
  if (raw === undefined) return [];
  const gutter = String(d.line).padStart(5);
  const pad = " ".repeat(gutter.length);
  const expand = (t: string) => printable(t.replace(/\t/g, " ".repeat(TAB_WIDTH)));
  const shown = expand(raw);
  const col = d.column !== undefined && d.column >= 1 ? expand(raw.slice(0, d.column - 1)).length : undefined;
  // Long lines (a one-line SPL search) show a window around the column, marked with `…`.
  const start = col !== undefined && shown.length > MAX_EXCERPT && col > MAX_EXCERPT / 2 ? Math.min(col - MAX_EXCERPT / 2, Math.max(0, shown.length - MAX_EXCERPT)) : 0;
  const end = Math.min(shown.length, start + MAX_EXCERPT);
  const lead = start > 0 ? "…" : "";
  const out = [`${style.dim(`${gutter} |`)} ${lead}${shown.slice(start, end)}${end < shown.length ? "…" : ""}`];
  if (col !== undefined) {
    // The caret goes under the column as displayed: tabs expanded, escapes counted.
    const sameLineEnd = d.endLine === d.line && d.endColumn !== undefined && d.endColumn > d.column!;
    const width = sameLineEnd ? Math.min(printable(raw.slice(d.column! - 1, d.endColumn! - 1)).length, Math.max(1, end - col)) : 1;
    const marker = "^" + "~".repeat(Math.max(0, width - 1));
    const paint = d.severity === "error" ? style.red : style.yellow;
    out.push(`${style.dim(`${pad} |`)} ${" ".repeat(lead.length + col - start)}${paint(style.bold(marker))}`);
  }
  return out;
}

/** Escapes control characters (ESC, CR, NUL...) so rule text cannot inject terminal sequences. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
