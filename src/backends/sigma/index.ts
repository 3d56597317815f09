/**
 * Normalized Sigma out: `toSigma(rule)` writes canonical Sigma YAML for any rule.
 * Sigma rules are written as they are (normalized); Splunk detections and SPL searches
 * are first converted to Sigma terms by `src/convert/` (log source, field names,
 * metadata, thresholds -> correlation), which may give two documents.
 */
import type { Rule } from "../../ast/rule.js";
import { convertSplunkToSigma, type SplunkToSigmaOptions } from "../../convert/index.js";
import type { Diagnostic } from "../../diagnostics/index.js";
import { sigmaDocument } from "./document.js";
import { multiDocumentText, yamlText } from "./yaml-text.js";

export interface ToSigmaOptions extends SplunkToSigmaOptions {}

/** One emitted Sigma document and the rule (in Sigma terms) it was written from. */
export interface SigmaDocumentOutput {
  readonly rule: Rule;
  readonly yaml: string;
}

/**
 * What `toSigma` gives: `yaml` is the whole file (documents joined with `---`);
 * `rules` has one entry per document, base rule first, then the correlation that
 * references it (a Splunk threshold such as `stats count by x | where count > 5`);
 * `report` says what was dropped or approximated (`convert/dropped`, `backend/approximation`).
 */
export interface SigmaOutput {
  readonly yaml: string;
  readonly report: Diagnostic[];
  readonly rules: readonly SigmaDocumentOutput[];
}

/**
 * Writes a rule as normalized Sigma YAML.
 *
 * @param rule - any loaded rule (Sigma, Splunk detection or SPL search).
 * @throws {@link RuleError} (`backend/unsupported`) when the rule's filter cannot be said in Sigma.
 * @example
 * ```ts
 * const { yaml, report } = toSigma(loadRule(text));
 * ```
 */
export function toSigma(rule: Rule, opts: ToSigmaOptions = {}): SigmaOutput {
  const { rules, report } = rule.format === "sigma" ? { rules: [rule], report: [] as Diagnostic[] } : convertSplunkToSigma(rule, opts);
  const docs = rules.map((r) => sigmaDocument(r));
  return {
    yaml: multiDocumentText(docs),
    report,
    rules: rules.map((r, i) => ({ rule: r, yaml: yamlText(docs[i]!) })),
  };
}

export { sigmaDocument, SIGMA_KEY_ORDER } from "./document.js";
export { buildDetection, type SigmaDetection, type SelectionBody } from "./detection.js";
export { yamlText, multiDocumentText } from "./yaml-text.js";
export { checkSigmaFixedPoint, sameRule, placeholdersOf, type FixedPointResult, type FixedPointStatus } from "./fixed-point.js";
