import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Expr } from "../../src/ast/expr.js";
import type { Rule } from "../../src/ast/rule.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { flattenEvent, type FlatDoc } from "./lucene-harness.js";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
export const K8S_DIR = join(PROJECT_ROOT, "test/fixtures/k8s-audit");

/** One event of a fixture file, with its place (1-based line) and global ordinal. */
export interface IndexedEvent {
  file: string;
  line: number;
  raw: string;
  event: unknown;
}

/** Every event of every k8s-audit fixture file (the `.meta`/`.labels` side files excluded). */
export function k8sEvents(): IndexedEvent[] {
  const out: IndexedEvent[] = [];
  for (const f of readdirSync(K8S_DIR).filter((f) => f.endsWith(".jsonl") && !/\.(meta|labels)\.jsonl$/.test(f)).sort()) {
    readFileSync(join(K8S_DIR, f), "utf8").split("\n").forEach((raw, i) => {
      if (raw.trim()) out.push({ file: f, line: i + 1, raw, event: JSON.parse(raw) });
    });
  }
  return out;
}

export function flatDocs(events: readonly IndexedEvent[]): FlatDoc[] {
  return events.map((e) => flattenEvent(e.event, e.raw));
}

/** The matcher's verdict on each event for a filter expression (the reference semantics). */
export function matcherHits(rule: Rule, filter: Expr, events: readonly IndexedEvent[]): number[] {
  const m = compileMatcher({ ...rule, filter, pipeline: [], ruleType: "detection", correlation: undefined });
  const hits: number[] = [];
  events.forEach((e, i) => {
    if (m.match(e.event, { raw: e.raw, line: e.line })) hits.push(i);
  });
  return hits;
}

/** `file:line` labels of global ordinals, for readable failures. */
export function labels(events: readonly IndexedEvent[], ords: readonly number[]): string[] {
  return ords.map((o) => `${events[o]!.file}:${events[o]!.line}`);
}
