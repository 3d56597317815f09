import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRuleText } from "../../src/api/load.js";
import { DIAGNOSTIC_CODES, RuleError, type Diagnostic } from "../../src/diagnostics/index.js";
import { loadSigmaText, parseSigmaCondition } from "../../src/sigma/index.js";
import { createMacroTable, expandMacros, loadSplText, readSearch, SplParser } from "../../src/spl/index.js";

/**
 * Fuzzing the front-ends: on random and mutated real input they must never throw
 * (parseRuleText) or throw anything but RuleError, every diagnostic has a known code and
 * a line and column, and nothing loops or overflows the stack. `internal/unexpected`
 * (a front-end bug caught by parseRuleText) counts as a failure. Bounded runs here;
 * `npm run fuzz` runs the same properties much longer (FUZZ_RUNS).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined });

const projectRoot = resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

const seedFiles = [
  ...filesUnder(join(projectRoot, "test/fixtures/sigma"), /\.ya?ml$/),
  ...filesUnder(join(projectRoot, "test/fixtures/spl/detections"), /\.ya?ml$/),
  ...filesUnder(join(projectRoot, "test/fixtures/bad"), /\.(ya?ml|spl)$/).filter((f) => !/binary|utf16|latin1/.test(f)),
];
const seeds = seedFiles.map((file) => ({ file, text: readFileSync(file, "utf8") }));

/** Characters that matter to YAML, Sigma conditions, SPL and code generators, plus hostile Unicode. */
const nasty = fc.constantFrom(
  ..."\n\r\t :-|*?\\\"'`[]{}()#&!%@,=<>$^.~/",
  "\u0000", "\u2028", "\u2029", "\uFEFF", "\uD800", "\uDFFF", "😀", "é", "\u0085",
  " and ", " or ", " not ", " of ", "1 of ", "all of ", "|re", "|contains", "|all", "|base64offset",
  "|windash", "|cidr", "|expand", "${", "*/", "<!--", " OR ", " NOT ", "| stats count by ", "| eval x=",
  "| where ", "`macro`", "`m(a,b)`", "\n  - ", "\n    ", "&a", "*a", "!!binary ", "? ", "- - - ",
);
const nastyString = fc.string({ unit: nasty, maxLength: 12 });

type Mutation = { at: number; kind: "insert"; text: string } | { at: number; kind: "delete"; length: number } | { at: number; kind: "dupLine" };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant("insert" as const), text: nastyString }),
  fc.record({ at: fc.nat(), kind: fc.constant("delete" as const), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ at: fc.nat(), kind: fc.constant("dupLine" as const) }),
);

function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    if (m.kind === "insert") t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === "delete") t = t.slice(0, at) + t.slice(at + m.length);
    else {
      const start = t.lastIndexOf("\n", at - 1) + 1;
      const end = t.indexOf("\n", at);
      const line = t.slice(start, end < 0 ? t.length : end + 1);
      t = t.slice(0, start) + line + (line.endsWith("\n") ? "" : "\n") + t.slice(start);
    }
  }
  return t;
}

function checkDiagnostics(ds: readonly Diagnostic[], input: string): void {
  for (const d of ds) {
    expect(d.code in DIAGNOSTIC_CODES, `unknown code ${d.code}`).toBe(true);
    expect(d.code, `front-end bug on input ${JSON.stringify(input.slice(0, 300))}: ${d.message}`).not.toBe("internal/unexpected");
    expect(d.line, `${d.code} without line: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.column, `${d.code} without column: ${d.message}`).toBeGreaterThanOrEqual(1);
  }
}

/** Runs `f`; anything thrown must be a RuleError whose diagnostics pass {@link checkDiagnostics}. */
function onlyRuleError(f: () => { diagnostics: readonly Diagnostic[] } | unknown, input: string): void {
  try {
    const r = f() as { diagnostics?: readonly Diagnostic[] };
    if (r && Array.isArray(r.diagnostics)) checkDiagnostics(r.diagnostics, input);
  } catch (e) {
    if (!(e instanceof RuleError)) throw new Error(`threw ${(e as Error).name}: ${(e as Error).message} on ${JSON.stringify(input.slice(0, 300))}`);
    checkDiagnostics(e.diagnostics, input);
  }
}

describe("fuzz: rule loading", () => {
  it(`has seed rules (${seeds.length})`, () => expect(seeds.length).toBeGreaterThan(20));

  it("parseRuleText never throws on mutated real rules; diagnostics have positions", () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, ms) => {
        const seed = seeds[k % seeds.length]!;
        const text = mutate(seed.text, ms);
        const format = seed.file.endsWith(".spl") ? "spl" : undefined;
        const r = parseRuleText(text, { file: "fuzz.yml", format });
        checkDiagnostics(r.diagnostics, text);
      }),
      runs(400),
    );
  });

  it("parseRuleText never throws on random text in each format", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(nasty, fc.string({ maxLength: 3 })), maxLength: 80 }), fc.constantFrom("sigma", "splunk", "spl", undefined), (text, format) => {
        const r = parseRuleText(text, { file: "fuzz.yml", format: format as "sigma" | undefined });
        checkDiagnostics(r.diagnostics, text);
      }),
      runs(400),
    );
  });

  it("loadSigmaText throws nothing but RuleError on mutated Sigma rules", () => {
    const sigmaSeeds = seeds.filter((s) => /detection:|correlation:/.test(s.text));
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ms) => {
        const text = mutate(sigmaSeeds[k % sigmaSeeds.length]!.text, ms);
        onlyRuleError(() => loadSigmaText(text, { file: "fuzz.yml" }), text);
      }),
      runs(300),
    );
  });
});

describe("fuzz: Sigma conditions", () => {
  const token = fc.constantFrom("sel", "filter", "sel*", "*", "not", "and", "or", "(", ")", "1 of", "all of", "any of", "them", "|", "count()", ">", "5", "x_1", "and not", "\u2028", "é");
  it("parseSigmaCondition never throws; problem offsets lie inside the text", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 25 }), (tokens) => {
        const text = tokens.join(" ");
        const r = parseSigmaCondition(text);
        for (const p of r.problems) {
          expect(p.offset).toBeGreaterThanOrEqual(0);
          expect(p.offset).toBeLessThanOrEqual(text.length);
        }
        expect(r.node !== undefined || r.problems.length > 0).toBe(true);
      }),
      runs(1500),
    );
  });
});

describe("fuzz: SPL", () => {
  const splToken = fc.constantFrom(
    "index=main", "a=1", "b=\"x y\"", "c!=2", "NOT", "OR", "AND", "(", ")", "|", "stats", "count", "by", "user", "eval", "x=", "len(a)",
    "+", "where", "like(a, \"%x\")", "rex", "field=_raw", "\"(?<u>\\w+)\"", "table", "*", "`m`", "`m2(1,2)`", "`loop`", "tstats", "[", "]",
    "search", "\\\"", "\"", "'", "=", "earliest=-24h", "fillnull", "value=0", "rename", "as", "sort", "-", "head", "5", "\n", "\u2028",
  );
  const macros = createMacroTable([
    { name: "m", args: [], definition: "sourcetype=x a=1" },
    { name: "m2", args: ["p", "q"], definition: "a=$p$ OR b=$q$" },
    { name: "loop", args: [], definition: "a=1 `loop`" },
    { name: "pingpong", args: [], definition: "`pong`" },
    { name: "pong", args: [], definition: "`pingpong`" },
  ]);

  it("loadSplText / readSearch / the parser throw nothing but RuleError on random searches", () => {
    const parser = new SplParser();
    fc.assert(
      fc.property(fc.array(splToken, { maxLength: 30 }), fc.boolean(), (tokens, spaced) => {
        const text = tokens.join(spaced ? " " : "");
        onlyRuleError(() => loadSplText(text, { file: "fuzz.spl", macros }), text);
        onlyRuleError(() => readSearch(text, { macros }), text);
        onlyRuleError(() => parser.parsePipeline(text), text);
      }),
      runs(600),
    );
  });

  it("macro expansion always terminates (recursion is a diagnostic)", () => {
    const r = readSearch("index=x `loop` | stats count", { macros });
    expect(r.diagnostics.map((d) => d.code)).toContain("spl/macro-recursion");
    const r2 = readSearch("index=x `pingpong`", { macros });
    expect(r2.diagnostics.map((d) => d.code)).toContain("spl/macro-recursion");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("`m`", "`m2(1,2)`", "`m2(`", "`loop`", "`pingpong`", "a=1", "`", "$p$", "`m2(a,\"b,c\")`"), { maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        const macrosDone = expandMacros(text, { macros, posAt: () => ({ line: 1, column: 1 }) });
        checkDiagnostics(macrosDone.diagnostics, text);
      }),
      runs(500),
    );
  });
});

describe("stress: huge and deep input becomes diagnostics, not crashes", () => {
  const sigma = (cond: string, selection = "    a: b") =>
    `title: t\nid: 5a8e6b1c-0000-4000-8000-000000000000\nstatus: test\nlogsource:\n  product: windows\ndetection:\n  sel:\n${selection}\n  condition: ${cond}\n`;
  const cases: [string, () => string, "sigma" | "spl", "ok" | string][] = [
    ["10,000 nested parentheses in a Sigma condition", () => sigma("(".repeat(10_000) + "sel" + ")".repeat(10_000)), "sigma", "sigma/condition-syntax"],
    ["10,000 chained `not` in a Sigma condition", () => sigma("not ".repeat(10_000) + "sel"), "sigma", "sigma/condition-syntax"],
    ["a 10,000-term `or` condition", () => sigma(Array(10_000).fill("sel").join(" or ")), "sigma", "ok"],
    ["a 1 MB value", () => sigma("sel", "    a: " + "x".repeat(1_000_000)), "sigma", "ok"],
    ["a 10,000-value list", () => sigma("sel", "    a:\n" + Array.from({ length: 10_000 }, (_, i) => `      - v${i}`).join("\n")), "sigma", "ok"],
    ["10,000 nested YAML flow sequences", () => sigma("sel", "    a: " + "[".repeat(10_000) + "]".repeat(10_000)), "sigma", "yaml/syntax"],
    ["3,000 nested YAML mappings", () => sigma("sel", Array.from({ length: 3_000 }, (_, i) => " ".repeat(4 + 2 * i) + `k${i}:`).join("\n") + " v"), "sigma", "yaml/syntax"],
    ["10,000 nested parentheses in SPL", () => "index=x " + "(".repeat(10_000) + "a=1" + ")".repeat(10_000), "spl", "spl/syntax"],
    ["10,000 chained NOT in SPL", () => "index=x " + "NOT ".repeat(10_000) + "a=1", "spl", "spl/syntax"],
    ["10,000 nested parentheses in an SPL where", () => "index=x | where " + "(".repeat(10_000) + "a=1" + ")".repeat(10_000), "spl", "spl/syntax"],
    ["a 10,000-term SPL OR", () => "index=x " + Array.from({ length: 10_000 }, (_, i) => `a=${i}`).join(" OR "), "spl", "ok"],
    ["a 10,000-operand eval sum", () => "index=x | eval z=" + Array(10_000).fill("1").join("+"), "spl", "spl/syntax"],
    ["a 1 MB SPL value", () => 'index=x a="' + "x".repeat(1_000_000) + '"', "spl", "ok"],
  ];
  it.each(cases)("%s", (_name, make, format, expected) => {
    const text = make();
    const r = parseRuleText(text, { file: "stress", format });
    checkDiagnostics(r.diagnostics, "(stress input)");
    const errors = r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
    if (expected === "ok") {
      expect(errors).toEqual([]);
      expect(r.rules).toHaveLength(1);
    } else expect(errors).toContain(expected);
  });
});
