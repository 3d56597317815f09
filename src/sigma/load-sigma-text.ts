import type { Rule } from "../ast/rule.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { RuleContext, type SigmaLoadOptions } from "./context.js";
import { convertRuleDocument } from "./rule-document.js";
import { readSigmaDocuments } from "./source/yaml-documents.js";

/**
 * Reads a Sigma file (one or more YAML documents) into rules. Never throws for bad
 * input: every problem is a diagnostic with file, line and column, and the other rules of
 * the file still load. A rule whose logic could not be built is left out of `rules`;
 * a rule that only violates the JSON schema is kept (with its `sigma/schema` errors).
 *
 * @example
 * ```ts
 * const { rules, diagnostics } = loadSigmaText(text, { file: "rule.yml" });
 * ```
 */
export function loadSigmaText(text: string, opts: SigmaLoadOptions = {}): { rules: Rule[]; diagnostics: Diagnostic[] } {
  const read = readSigmaDocuments(text, opts.file, opts.yamlReader);
  const rules: Rule[] = [];
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  for (const document of read.documents) {
    const ctx = new RuleContext(read.source, read.positions, opts);
    const rule = convertRuleDocument(ctx, document);
    if (rule) rules.push(rule);
    // A merged `action: global` part is checked once per rule; report each problem once.
    for (const d of ctx.diagnostics) if (!diagnostics.some((x) => sameDiagnostic(x, d))) diagnostics.push(d);
  }
  if (read.documents.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ code: "yaml/not-a-mapping", severity: "error", message: "the file holds no Sigma rule document", ...(opts.file !== undefined ? { file: opts.file } : {}), line: 1, column: 1 });
  }
  return { rules, diagnostics };
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.line === b.line && a.column === b.column && a.message === b.message;
}
