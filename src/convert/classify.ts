/**
 * How completely a Splunk detection converted, from its conversion report: the buckets
 * `docs/spl-to-sigma.md` counts.
 */
import type { Diagnostic } from "../diagnostics/index.js";

export type ConversionGrade =
  /** Nothing to note: the search is only a filter. */
  | "full"
  /** Only output formatting was dropped or kept as `fields` (`convert/output-formatting`). */
  | "formatting"
  /** A correlation, a listed approximation, a dropped enrichment or an unmapped log source. */
  | "partial"
  /** No Sigma rule (the search does not load, or its event filter cannot be said in Sigma). */
  | "failed";

/** The grade of one conversion from its report (`failed` when `converted` is false). */
export function gradeConversion(report: readonly Diagnostic[], converted: boolean): ConversionGrade {
  if (!converted) return "failed";
  const notes = report.filter((d) => d.code !== "convert/output-formatting");
  if (notes.length > 0) return "partial";
  return report.length > 0 ? "formatting" : "full";
}

/** A short, countable reason for a diagnostic: its code and message with the rule-specific parts elided. */
export function reasonKey(d: Diagnostic): string {
  const cmd = /^`\| (\w+)/.exec(d.message);
  if (d.code === "convert/dropped" && cmd) return `${d.code}: \`| ${cmd[1]}\``;
  if (d.code === "convert/unmapped-logsource") {
    const m = /for (`[^`]+`|[a-z]+="[^"]*"|datamodel=\S+)/.exec(d.message);
    return `${d.code}: ${m ? m[1] : "no log source"}`;
  }
  const msg = d.message
    .replace(/`[^`]*`/g, "`…`")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+m\b/g, "N")
    .replace(/data model \S+/g, "data model …");
  return `${d.code}: ${msg.length > 140 ? msg.slice(0, 140) + "…" : msg}`;
}
