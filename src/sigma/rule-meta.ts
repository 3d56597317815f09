import type { SourcePos } from "../ast/position.js";
import type { LogSource, RuleMeta, RuleTest } from "../ast/rule.js";
import type { RuleContext } from "./context.js";
import { isRecord, setOwn } from "./source/yaml-documents.js";

/** Top-level keys that have a place of their own in the AST (everything else goes to `meta.custom`). */
const KNOWN_KEYS = new Set([
  "title", "id", "name", "status", "description", "author", "date", "modified", "level", "license", "taxonomy",
  "tags", "references", "falsepositives", "fields", "related", "tests",
  "logsource", "detection", "correlation", "filter", "generate",
]);

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : []);

/**
 * Reads a rule document's metadata. Types are checked by the JSON schema; here a value of
 * the wrong type is left out rather than guessed, so the schema diagnostic is the one reported.
 */
export function readRuleMeta(ctx: RuleContext, doc: Record<string, unknown>, extraPositions: Record<string, SourcePos> = {}): RuleMeta {
  const custom: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!KNOWN_KEYS.has(k)) setOwn(custom, k, v);
  const positions: Record<string, SourcePos> = {};
  for (const k of Object.keys(doc)) {
    const p = ctx.positions.key(doc, k);
    if (p) setOwn(positions, k, p);
  }
  for (const [k, p] of Object.entries(extraPositions)) setOwn(positions, k, p);
  const related = Array.isArray(doc.related)
    ? doc.related.filter(isRecord).map((r) => ({ id: str(r.id) ?? "", type: str(r.type) ?? "" }))
    : [];
  const meta: { -readonly [K in keyof RuleMeta]: RuleMeta[K] } = {
    title: str(doc.title) ?? "",
    tags: strings(doc.tags),
    references: strings(doc.references),
    falsepositives: strings(doc.falsepositives),
    fields: strings(doc.fields),
    related,
    tests: readRuleTests(ctx, doc),
    custom: Object.freeze(custom),
    positions: Object.freeze(positions),
  };
  const optional = ["id", "name", "description", "author", "date", "modified", "status", "level", "license", "taxonomy"] as const;
  for (const k of optional) {
    const v = str(doc[k]);
    if (v !== undefined) meta[k] = v;
  }
  return Object.freeze(meta);
}

/** The `logsource` section: product/category/service/definition, any other key in `custom`. */
export function readLogSource(doc: Record<string, unknown>): LogSource {
  const ls = doc.logsource;
  if (!isRecord(ls)) return Object.freeze({});
  const out: { -readonly [K in keyof LogSource]: LogSource[K] } = {};
  const custom: Record<string, string> = {};
  for (const [k, v] of Object.entries(ls)) {
    const s = str(v);
    if (s === undefined) continue;
    if (k === "product" || k === "category" || k === "service" || k === "definition") out[k] = s;
    else setOwn(custom, k, s);
  }
  if (Object.keys(custom).length > 0) out.custom = Object.freeze(custom);
  return Object.freeze(out);
}

const TEST_KEYS = new Set(["name", "dataset", "expect", "count", "lines", "source", "sourcetype"]);

/**
 * The project's test block: `tests: [{ name, dataset, expect: fire|no-fire, count?, lines? }]`,
 * `dataset` relative to the rule file. Shape errors are `sigma/invalid-test` diagnostics.
 */
export function readRuleTests(ctx: RuleContext, doc: Record<string, unknown>): RuleTest[] {
  const block = doc.tests;
  if (block === undefined) return [];
  const bad = (msg: string, pos: SourcePos | undefined) => ctx.report("sigma/invalid-test", msg, pos);
  if (!Array.isArray(block)) {
    bad("`tests` must be a list of { name, dataset, expect: fire|no-fire, count?, lines? }", ctx.positions.value(doc, "tests"));
    return [];
  }
  const tests: RuleTest[] = [];
  block.forEach((t, i) => {
    const at = ctx.positions.value(block, i);
    if (!isRecord(t)) {
      bad(`test #${i + 1} must be a mapping`, at);
      return;
    }
    let ok = true;
    const fail = (msg: string, key?: string) => {
      ok = false;
      bad(`test #${i + 1}: ${msg}`, key ? ctx.positions.value(t, key) : at);
    };
    for (const k of Object.keys(t)) if (!TEST_KEYS.has(k)) fail(`unknown key \`${k}\``, k);
    if (typeof t.name !== "string" || t.name === "") fail("`name` must be a non-empty string", "name");
    if (typeof t.dataset !== "string" || t.dataset === "") fail("`dataset` must be a path (relative to the rule file)", "dataset");
    if (t.expect !== "fire" && t.expect !== "no-fire") fail("`expect` must be `fire` or `no-fire`", "expect");
    const isCount = (x: unknown) => typeof x === "number" && Number.isInteger(x) && x >= 0;
    if (t.count !== undefined && !isCount(t.count)) fail("`count` must be a whole number", "count");
    if (t.lines !== undefined && !(Array.isArray(t.lines) && t.lines.every((x) => isCount(x) && (x as number) >= 1))) {
      fail("`lines` must be a list of 1-based line numbers", "lines");
    }
    if (t.expect === "no-fire" && ((t.count !== undefined && t.count !== 0) || (Array.isArray(t.lines) && t.lines.length > 0))) {
      fail("`expect: no-fire` cannot have a non-zero `count` or `lines`", "expect");
    }
    for (const k of ["source", "sourcetype"] as const) if (t[k] !== undefined && typeof t[k] !== "string") fail(`\`${k}\` must be a string`, k);
    if (!ok) return;
    const test: { -readonly [K in keyof RuleTest]: RuleTest[K] } = {
      name: t.name as string, dataset: t.dataset as string, expect: t.expect as "fire" | "no-fire",
    };
    if (t.count !== undefined) test.count = t.count as number;
    if (t.lines !== undefined) test.lines = Object.freeze([...(t.lines as number[])]);
    if (t.source !== undefined) test.source = t.source as string;
    if (t.sourcetype !== undefined) test.sourcetype = t.sourcetype as string;
    tests.push(Object.freeze(test));
  });
  return tests;
}
