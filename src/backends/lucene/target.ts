import type { ConversionTarget, ConvertOptions } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import { fail, type Diagnostic } from "../../diagnostics/index.js";
import type { ElasticOptions } from "./options.js";
import { toLucene } from "./to-lucene.js";
import type { StageHandling } from "./rule-filter.js";

const STRATEGIES = new Set(["char-classes", "flag", "lowercase-field", "to-lower", "exact"]);

/**
 * Elasticsearch options from `convert` options (CLI `--option key=value` style or API objects).
 * Targets convert the event filter of SPL detections and report the dropped tail as a warning
 * (`stages: filter-only`), since a CLI user converting a detection wants its query.
 */
export function elasticOptionsOf(options: ConvertOptions, diagnostics: Diagnostic[]): ElasticOptions & StageHandling & { diagnostics: Diagnostic[] } {
  const out: ElasticOptions & StageHandling & { diagnostics: Diagnostic[] } = { diagnostics, stages: options.stages === "refuse" ? "refuse" : "filter-only" };
  if (options.caseInsensitive !== undefined) {
    if (typeof options.caseInsensitive !== "string" || !STRATEGIES.has(options.caseInsensitive)) {
      fail("backend/unsupported", `unknown case-insensitivity strategy ${JSON.stringify(options.caseInsensitive)} (one of: ${[...STRATEGIES].join(", ")})`);
    }
    out.caseInsensitive = options.caseInsensitive as ElasticOptions["caseInsensitive"];
  }
  if (options.cidr === "ip-field" || options.cidr === "keyword") out.cidr = options.cidr;
  if (typeof options.rawField === "string") out.rawField = options.rawField;
  if (typeof options.lowercaseSuffix === "string") out.lowercaseSuffix = options.lowercaseSuffix;
  if (Array.isArray(options.keywordFields)) out.keywordFields = options.keywordFields as string[];
  if (Array.isArray(options.ipFields)) out.ipFields = stringList(options.ipFields, "ipFields");
  return out;
}

/** A list option given as strings (CLI variadic flags, API arrays). */
export function stringList(value: readonly unknown[], name: string): string[] {
  if (!value.every((v) => typeof v === "string" && v !== "")) fail("backend/unsupported", `${name} must be a list of field names, got ${JSON.stringify(value)}`);
  return value as string[];
}

/** `rulecast convert --to lucene`: the rule's filter as an Elasticsearch query_string / Kibana Lucene query. */
export const luceneTarget: ConversionTarget = {
  name: "lucene",
  description: "Elasticsearch query_string / Kibana Lucene query (classic query parser syntax; keyword fields)",
  convert(rule: Rule, options: ConvertOptions) {
    const diagnostics: Diagnostic[] = [];
    const output = toLucene(rule, elasticOptionsOf(options, diagnostics));
    return { output, extension: "lucene", diagnostics };
  },
};
