import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { TRUE } from "../ast/builders.js";
import type { SourcePos } from "../ast/position.js";
import type { Rule, RuleMeta, RuleTest, SplunkMeta } from "../ast/rule.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import type { MacroTable } from "./macros/table.js";
import { readSearch, textPositions, type ReadSearch } from "./search.js";
import { scalarOffsetMap } from "./source-map.js";
import { indentQuotedContinuations } from "./yaml-compat.js";

export interface SplLoadOptions {
  /** The file name, for diagnostics. */
  file?: string;
  /** Macro definitions (security_content `macros/*.yml`); built-ins are added. */
  macros?: MacroTable;
}

/** Rules and diagnostics read from one text. */
export interface SplLoadResult {
  rules: Rule[];
  diagnostics: Diagnostic[];
}

/** Top-level keys of a security_content detection that map onto `RuleMeta`; the rest go to `meta.custom`. */
const KNOWN_KEYS = new Set([
  "name", "id", "version", "date", "author", "type", "status", "description", "data_source", "search",
  "how_to_implement", "known_false_positives", "references", "tags", "tests",
]);

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter((x): x is string => x !== undefined) : typeof v === "string" ? [v] : []);

/** The "translates fully" verdict as an info diagnostic, so `validate --json` shows it per detection. */
export function translationSummary(read: ReadSearch, file: string | undefined, pos: SourcePos): Diagnostic | undefined {
  const t = read.translated;
  if (!t) return undefined;
  const full = t.filterTranslated && t.pipelineTranslated;
  const kept = [...new Set(t.pipeline.filter((s) => s.kind === "Command").map((s) => (s as { name: string }).name))];
  const message = full
    ? "translates fully: filter yes, pipeline yes"
    : `translates partly: filter ${t.filterTranslated ? "yes" : "no"}, pipeline ${t.pipelineTranslated ? "yes" : "no"}${kept.length ? ` (kept as commands: ${kept.join(", ")})` : " (unknown eval functions)"}`;
  return diagnostic("spl/translation", message, { file, pos, severity: "info" });
}

/** True when a rule loaded from SPL translated with no `Command` stage (see the `spl/translation` diagnostic). */
export function translatesFully(rule: Rule): boolean {
  return !rule.pipeline.some((s) => s.kind === "Command");
}

/**
 * Reads a Splunk security_content detection (YAML) into a rule: metadata into `meta` and
 * `meta.splunk`, `tests[].attack_data[]` into `meta.tests`, and the search (macros
 * expanded) into log source, filter and pipeline. Diagnostics inside the search point at
 * the line and column of the YAML file. Never throws for bad input.
 */
export function loadSplunkDetectionText(text: string, options: SplLoadOptions = {}): SplLoadResult {
  const file = options.file;
  let lineCounter = new LineCounter();
  let doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  let source = text;
  let shifted: ReadonlySet<number> = new Set();
  const diagnostics: Diagnostic[] = [];
  if (doc.errors.length) {
    // PyYAML-style quoted scalars continuing at column 0: read them as security_content's tools do.
    const fixed = indentQuotedContinuations(text);
    const retryCounter = new LineCounter();
    const retry = fixed && parseDocument(fixed.text, { lineCounter: retryCounter, uniqueKeys: true, prettyErrors: false });
    if (fixed && retry && retry.errors.length === 0) {
      ({ text: source, shifted } = fixed);
      doc = retry;
      lineCounter = retryCounter;
      const first = Math.min(...shifted);
      diagnostics.push(diagnostic("yaml/syntax", "a quoted scalar continues at column 0, which YAML 1.2 does not allow; read as PyYAML reads it", {
        file, pos: { line: first, column: 1 }, severity: "warning",
      }));
    }
  }
  const shiftedBefore = (line: number) => [...shifted].filter((l) => l < line).length;
  const posOf = (offset: number): SourcePos => {
    const p = lineCounter.linePos(offset);
    if (!shifted.size) return { line: p.line, column: p.col, offset };
    // Undo the two-space indent the compatibility read added to some lines.
    const own = shifted.has(p.line) ? Math.min(2, p.col - 1) : 0;
    return { line: p.line, column: p.col - own, offset: offset - 2 * shiftedBefore(p.line) - own };
  };
  for (const err of doc.errors) {
    const code = /unique/i.test(err.message) ? "yaml/duplicate-key" : "yaml/syntax";
    diagnostics.push(diagnostic(code, err.message.split("\n")[0]!, { file, pos: posOf(err.pos[0]) }));
  }
  if (doc.errors.length) return { rules: [], diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    diagnostics.push(diagnostic("yaml/not-a-mapping", "a Splunk detection must be a YAML mapping", { file, pos: { line: 1, column: 1 } }));
    return { rules: [], diagnostics };
  }
  const data = root.toJSON() as Record<string, unknown>;
  const positions: Record<string, SourcePos> = {};
  for (const pair of root.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (key && key.range && typeof key.value === "string") positions[key.value] = posOf(key.range[0]);
  }
  const rulePos = posOf((root as { range?: [number, number, number] }).range?.[0] ?? 0);

  const searchNode = root.get("search", true);
  if (!isScalar(searchNode) || typeof searchNode.value !== "string") {
    diagnostics.push(diagnostic("spl/syntax", "the detection's `search` must be a string", { file, pos: positions.search ?? rulePos }));
    return { rules: [], diagnostics };
  }
  const search = searchNode.value;
  const range = searchNode.range ?? [0, source.length, source.length];
  const toFile = scalarOffsetMap(search, source, range[0], range[1]);
  const read = readSearch(search, { file, macros: options.macros, posAt: (o) => posOf(toFile(o)) });
  diagnostics.push(...read.diagnostics);
  if (!read.translated) return { rules: [], diagnostics };
  const summary = translationSummary(read, file, positions.search ?? rulePos);
  if (summary) diagnostics.push(summary);

  const tags = (data.tags && typeof data.tags === "object" ? data.tags : {}) as Record<string, unknown>;
  const splunk: SplunkMeta = Object.freeze({
    type: str(data.type),
    version: num(data.version),
    dataSource: Object.freeze(strings(data.data_source)),
    howToImplement: str(data.how_to_implement),
    knownFalsePositives: str(data.known_false_positives),
    mitreAttackIds: Object.freeze(strings(tags.mitre_attack_id)),
    analyticStories: Object.freeze(strings(tags.analytic_story)),
    requiredFields: Object.freeze(strings(tags.required_fields)),
    securityDomain: str(tags.security_domain),
    riskScore: num(tags.risk_score),
    confidence: num(tags.confidence),
    impact: num(tags.impact),
    search,
    tags: Object.freeze({ ...tags }),
  });
  const custom: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!KNOWN_KEYS.has(k)) custom[k] = v;
  const meta: RuleMeta = Object.freeze({
    id: str(data.id),
    title: str(data.name) ?? "",
    description: str(data.description),
    author: str(data.author),
    date: str(data.date),
    status: str(data.status),
    tags: Object.freeze(splunk.mitreAttackIds.map((t) => `attack.${t.toLowerCase()}`)),
    references: Object.freeze(strings(data.references)),
    falsepositives: Object.freeze(strings(data.known_false_positives)),
    fields: splunk.requiredFields,
    related: Object.freeze([]),
    tests: Object.freeze(detectionTests(data.tests)),
    splunk,
    custom: Object.freeze(custom),
    positions: Object.freeze(positions),
  });
  const rule: Rule = Object.freeze({
    kind: "Rule",
    ruleType: "detection",
    format: "splunk",
    ...(file !== undefined ? { file } : {}),
    meta,
    logsource: read.translated.logsource,
    filter: read.translated.filter ?? TRUE,
    pipeline: Object.freeze(read.translated.pipeline),
    pos: rulePos,
  });
  return { rules: [rule], diagnostics };
}

/** `tests[].attack_data[]` -> one RuleTest per dataset; "True Positive" tests expect the rule to fire. */
function detectionTests(tests: unknown): RuleTest[] {
  const out: RuleTest[] = [];
  if (!Array.isArray(tests)) return out;
  for (const t of tests) {
    if (!t || typeof t !== "object") continue;
    const test = t as Record<string, unknown>;
    const name = str(test.name) ?? "test";
    // The project's own local test form (rulecast test): { name, dataset, expect, count?, lines? }.
    const local = localTest(test, name);
    if (local) {
      out.push(local);
      continue;
    }
    const expect = /negative/i.test(name) ? "no-fire" : "fire";
    for (const a of Array.isArray(test.attack_data) ? test.attack_data : []) {
      if (!a || typeof a !== "object") continue;
      const d = a as Record<string, unknown>;
      const dataset = str(d.data);
      if (dataset === undefined) continue;
      const rt: { -readonly [K in keyof RuleTest]: RuleTest[K] } = { name, dataset, expect };
      if (str(d.source) !== undefined) rt.source = str(d.source);
      if (str(d.sourcetype) !== undefined) rt.sourcetype = str(d.sourcetype);
      out.push(Object.freeze(rt));
    }
  }
  return out;
}

/** A test written in the project's local form, with `dataset` relative to the rule file; undefined for other shapes. */
function localTest(test: Record<string, unknown>, name: string): RuleTest | undefined {
  const dataset = str(test.dataset);
  if (dataset === undefined || (test.expect !== "fire" && test.expect !== "no-fire")) return undefined;
  const rt: { -readonly [K in keyof RuleTest]: RuleTest[K] } = { name, dataset, expect: test.expect };
  if (typeof test.count === "number" && Number.isInteger(test.count) && test.count >= 0) rt.count = test.count;
  if (Array.isArray(test.lines) && test.lines.every((x) => typeof x === "number" && Number.isInteger(x) && x >= 1)) rt.lines = Object.freeze([...(test.lines as number[])]);
  if (str(test.source) !== undefined) rt.source = str(test.source);
  if (str(test.sourcetype) !== undefined) rt.sourcetype = str(test.sourcetype);
  return Object.freeze(rt);
}

/**
 * Reads a raw SPL search (a `*.spl` file) into a rule (format `spl`). The title is the
 * file's base name. Never throws for bad input.
 */
export function loadSplText(text: string, options: SplLoadOptions = {}): SplLoadResult {
  const file = options.file;
  const read = readSearch(text, { file, macros: options.macros, posAt: textPositions(text) });
  const diagnostics = [...read.diagnostics];
  if (!read.translated) return { rules: [], diagnostics };
  const summary = translationSummary(read, file, { line: 1, column: 1 });
  if (summary) diagnostics.push(summary);
  const title = file ? file.replace(/^.*[\\/]/, "").replace(/\.spl$/i, "") : "SPL search";
  const splunk: SplunkMeta = Object.freeze({
    dataSource: Object.freeze([]), mitreAttackIds: Object.freeze([]), analyticStories: Object.freeze([]), requiredFields: Object.freeze([]),
    search: text, tags: Object.freeze({}),
  });
  const meta: RuleMeta = Object.freeze({
    title, tags: Object.freeze([]), references: Object.freeze([]), falsepositives: Object.freeze([]), fields: Object.freeze([]),
    related: Object.freeze([]), tests: Object.freeze([]), splunk, custom: Object.freeze({}),
  });
  const rule: Rule = Object.freeze({
    kind: "Rule", ruleType: "detection", format: "spl", ...(file !== undefined ? { file } : {}), meta,
    logsource: read.translated.logsource, filter: read.translated.filter, pipeline: Object.freeze(read.translated.pipeline), pos: { line: 1, column: 1 },
  });
  return { rules: [rule], diagnostics };
}
