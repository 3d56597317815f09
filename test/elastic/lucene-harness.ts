/**
 * Runs Lucene query strings and Query DSL on real Lucene through the Java harness in
 * `harness/` (compiled once per test process into a temp dir; one JVM per batch of queries).
 * Events are flattened here the way Elasticsearch flattens JSON (dotted names, arrays as
 * multiple values) with the AST's text forms, then indexed by the harness as keyword terms.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const JAVA_DIR = "/usr/share/java";
const HERE = dirname(fileURLToPath(import.meta.url));

function jar(prefix: string): string | undefined {
  if (!existsSync(JAVA_DIR)) return undefined;
  const hit = readdirSync(JAVA_DIR).filter((f) => new RegExp(`^${prefix}-\\d[\\d.]*\\.jar$`).test(f)).sort().pop();
  return hit ? join(JAVA_DIR, hit) : undefined;
}

function hasCommand(cmd: string): boolean {
  return spawnSync(cmd, ["-version"], { stdio: "ignore" }).status === 0;
}

// lucene-misc: InetAddressPoint (ES's `ip` field type).
const JARS = ["lucene-core", "lucene-queryparser", "lucene-analyzers-common", "lucene-misc"].map(jar);

/** Why the harness cannot run here, or `undefined` when it can (Java and Lucene installed). */
export const harnessUnavailable: string | undefined = !hasCommand("javac") || !hasCommand("java")
  ? "no JDK (javac/java) on PATH: install default-jdk-headless"
  : JARS.some((j) => j === undefined)
    ? "Lucene jars missing in /usr/share/java: install liblucene8-java"
    : undefined;

let compiledDir: string | undefined;
function classpath(): string {
  const jars = JARS.join(":");
  if (!compiledDir) {
    compiledDir = mkdtempSync(join(tmpdir(), "rulecast-lucene-"));
    const sources = readdirSync(join(HERE, "harness")).filter((f) => f.endsWith(".java")).map((f) => join(HERE, "harness", f));
    execFileSync("javac", ["-nowarn", "-d", compiledDir, "-cp", jars, ...sources], { stdio: "pipe" });
  }
  return `${compiledDir}:${jars}`;
}

/** One indexed document: keyword values and numeric values per flattened field name. */
export interface FlatDoc {
  k: Record<string, string[]>;
  n: Record<string, number[]>;
  /** Values of fields mapped as `ip` (indexed as InetAddressPoint, not as keyword terms). */
  ip?: Record<string, string[]>;
}

const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Flattens an event like Elasticsearch (keys joined with `.`, arrays walked, null skipped). */
export function flattenEvent(event: unknown, raw?: string, rawField = "event.original"): FlatDoc {
  const doc: FlatDoc = { k: {}, n: {} };
  const add = (path: string, v: string | number | boolean) => {
    (doc.k[path] ??= []).push(String(v));
    if (typeof v === "number" && Number.isFinite(v)) (doc.n[path] ??= []).push(v);
    else if (typeof v === "string" && NUMERIC.test(v)) (doc.n[path] ??= []).push(Number(v));
  };
  const walk = (node: unknown, path: string) => {
    if (node === null || node === undefined) return;
    if (Array.isArray(node)) for (const x of node) walk(x, path);
    else if (typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    else if (path && (typeof node === "string" || typeof node === "number" || typeof node === "boolean")) add(path, node);
  };
  walk(event, "");
  if (raw !== undefined) doc.k[rawField] = [raw];
  return doc;
}

export type HarnessQuery = { id: string; lucene: string } | { id: string; dsl: unknown };
export type HarnessResult = { hits: number[] } | { error: string };

/** Indexes `docs` and runs every query in one JVM; results by query id. */
export function runHarness(docs: readonly FlatDoc[], queries: readonly HarnessQuery[], ipFields: readonly string[] = []): Map<string, HarnessResult> {
  const dir = mkdtempSync(join(tmpdir(), "rulecast-lucene-run-"));
  const input = join(dir, "input.json");
  writeFileSync(input, JSON.stringify({ docs, queries, ipFields }));
  const out = execFileSync("java", ["-Xss8m", "-cp", classpath(), "LuceneHarness", input], { encoding: "utf8", maxBuffer: 1 << 28 });
  const results = new Map<string, HarnessResult>();
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; hits?: number[]; error?: string };
    results.set(r.id, r.error !== undefined ? { error: r.error } : { hits: r.hits! });
  }
  return results;
}
