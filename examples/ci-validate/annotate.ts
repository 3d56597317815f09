/**
 * Example: validate a rule folder in CI. Reads `rulecast validate --json` output (one JSON
 * object per rule per line) on stdin and turns every diagnostic into a GitHub Actions
 * annotation at the rule's file and line, then prints a summary. Exit code 1 when any rule
 * is invalid, so the CI step fails.
 *
 *   npx rulecast validate rules/ --json | npx tsx annotate.ts
 *   npm run example:ci-validate            (this repository's rules/)
 *
 * See github-workflow.yml beside this file for a complete job.
 */
import { createInterface } from "node:readline";

/** The `--json` record of one rule (see docs/cli.md). */
interface JsonRecord {
  file: string | null;
  id: string | null;
  title: string | null;
  ok: boolean;
  diagnostics: { code: string; severity: string; message: string; line: number | null; column: number | null }[];
}

/** Escapes a workflow-command value (GitHub's rules: %, CR, LF; in properties also `:` and `,`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** One `::error file=...,line=...,col=...,title=...::message` line per diagnostic. */
export function annotations(rec: JsonRecord): string[] {
  return rec.diagnostics.map((d) => {
    const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
    const props = [
      rec.file !== null ? `file=${escapeProperty(rec.file)}` : undefined,
      d.line !== null ? `line=${d.line}` : undefined,
      d.column !== null ? `col=${d.column}` : undefined,
      `title=${escapeProperty(`rulecast ${d.code}`)}`,
    ].filter((p) => p !== undefined);
    return `::${level} ${props.join(",")}::${escapeData(d.message)}`;
  });
}

if (process.argv[1] && import.meta.filename === (await import("node:path")).resolve(process.argv[1])) {
  let rules = 0;
  let invalid = 0;
  let problems = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    const rec = JSON.parse(line) as JsonRecord;
    rules++;
    if (!rec.ok) invalid++;
    problems += rec.diagnostics.length;
    for (const a of annotations(rec)) console.log(a);
  }
  console.log(`rulecast: ${rules} rules, ${invalid} invalid, ${problems} diagnostics`);
  if (rules === 0) {
    console.log("::error title=rulecast::no validation output (did `rulecast validate --json` run?)");
    process.exitCode = 2;
  } else process.exitCode = invalid > 0 ? 1 : 0;
}
