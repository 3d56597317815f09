/**
 * The SigmaHQ corpus and its regression cases, read from the shared corpus next to the
 * project (`../shared/corpus/sigmahq`, see the README); used by the corpus tests, the
 * conversion report (scripts/conversion-corpus.ts) and bench/convert.ts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Rule } from "../../src/ast/rule.js";
import { applyPipeline, builtinPipelines } from "../../src/pipelines/index.js";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
export const SHARED = resolve(PROJECT_ROOT, "../shared");
export const SIGMAHQ = join(SHARED, "corpus/sigmahq");
export const sigmahqAvailable = existsSync(join(SIGMAHQ, "rules"));

/** Every rule file of the corpus folders (rules, rules-*, deprecated, unsupported), sorted. */
export function sigmahqRuleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) out.push(p);
    }
  };
  for (const top of readdirSync(SIGMAHQ).sort()) {
    if (top === "regression_data") continue;
    const p = join(SIGMAHQ, top);
    if (statSync(p).isDirectory()) walk(p);
  }
  return out;
}

/**
 * `rules` with the built-in `sigmahq-regression` pipeline applied (Sigma's Windows field
 * names onto the regression events' layout); the rules it refuses are left out.
 */
export function withRegressionPipeline(rules: readonly Rule[]): Rule[] {
  const pipeline = builtinPipelines()["sigmahq-regression"]!;
  return rules.flatMap((r) => {
    try {
      return [applyPipeline(r, pipeline)];
    } catch {
      return [];
    }
  });
}

/** One SigmaHQ regression case: the rule it tests, its events, and how many should match. */
export interface RegressionCase {
  dir: string;
  ruleId: string;
  title: string;
  matchCount: number;
  events: unknown[];
  /** A case whose events are not JSON event logs (e.g. a raw syslog line). */
  unsupported?: string;
}

/** Splits concatenated pretty-printed JSON objects (SigmaHQ's multi-event files). */
export function splitJsonObjects(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) {
        const v = JSON.parse(text.slice(start, i + 1));
        if (Array.isArray(v)) out.push(...v);
        else out.push(v);
      }
    }
  }
  return out;
}

export function regressionCases(): RegressionCase[] {
  const root = join(SIGMAHQ, "regression_data");
  const infos: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "info.yml") infos.push(p);
    }
  };
  walk(root);
  return infos.map((info) => {
    const doc = parseYaml(readFileSync(info, "utf8")) as {
      rule_metadata?: { id: string; title: string }[];
      regression_tests_info?: { match_count?: number; type?: string }[];
    };
    const dir = dirname(info);
    const meta = doc.rule_metadata?.[0] ?? { id: "", title: "" };
    const test = doc.regression_tests_info?.[0];
    const jsons = readdirSync(dir).filter((f) => f.endsWith(".json"));
    const c: RegressionCase = { dir: relative(root, dir), ruleId: meta.id, title: meta.title, matchCount: test?.match_count ?? 1, events: [] };
    if (jsons.length === 0) c.unsupported = `no JSON events (${readdirSync(dir).filter((f) => f !== "info.yml").join(", ") || "none"})`;
    for (const j of jsons) c.events.push(...splitJsonObjects(readFileSync(join(dir, j), "utf8")));
    return c;
  });
}
