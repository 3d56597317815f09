import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { normalizeExpr as normalize } from "../../src/ast/normalize.js";
import { checkSigmaFixedPoint, toSigma } from "../../src/backends/sigma/index.js";
import { loadSigmaText } from "../../src/sigma/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const sample = join(root, "test/fixtures/convert/sigma-sample");
const corpus = resolve(root, "../shared/corpus/sigmahq");

function ymlFiles(dir: string, skip: (p: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (skip(p)) continue;
    if (e.isDirectory()) out.push(...ymlFiles(p, skip));
    else if (e.name.endsWith(".yml")) out.push(p);
  }
  return out.sort();
}

describe("normalized Sigma: fixed point on the in-project sample", () => {
  const files = ymlFiles(sample);
  it("has the sample", () => expect(files.length).toBeGreaterThan(25));
  for (const f of files) {
    it(`${f.slice(sample.length + 1)}: emit(load(x)) reloads to the same AST and text, schema-valid`, () => {
      const r = checkSigmaFixedPoint(readFileSync(f, "utf8"), f);
      expect(r.reason ?? "").toBe("");
      expect(r.status).toBe("fixed");
      const reloaded = loadSigmaText(r.emitted!, { file: f, placeholders: { "aws_suspicious_locations": ["x"] } });
      expect(reloaded.diagnostics.filter((d) => d.code === "sigma/schema")).toEqual([]);
    });
  }
});

describe("normalized Sigma: fixed point on the project's own rules (rules/sigma, with their tests blocks)", () => {
  const dir = join(root, "rules/sigma");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".yml")).sort()) {
    it(f, () => {
      const r = checkSigmaFixedPoint(readFileSync(join(dir, f), "utf8"), f);
      expect(r.reason ?? "").toBe("");
      expect(r.status).toBe("fixed");
      if (/^tests:/m.test(readFileSync(join(dir, f), "utf8"))) expect(r.emitted).toMatch(/^tests:\n {4}- name: /m);
    });
  }
});

describe("normalized Sigma: canonical form", () => {
  const emit = (text: string) => toSigma(loadSigmaText(text).rules[0]!).yaml;
  it("orders keys as the specification, quotes minimally, indents by 4", () => {
    const yaml = emit([
      "level: high", "detection:", "  sel:", "    CommandLine: ['*\\\\evil*', '*.exe']", "  condition: sel",
      "logsource: {product: windows, category: process_creation}", "tags: [attack.t1059]", "title: T", "id: 0b0c8f8e-2f55-4c38-9c2a-1f3d2e4a5b6c",
    ].join("\n"));
    expect(yaml).toBe([
      "title: T", "id: 0b0c8f8e-2f55-4c38-9c2a-1f3d2e4a5b6c", "tags:", "    - attack.t1059", "logsource:",
      "    category: process_creation", "    product: windows", "detection:", "    sel:",
      "        CommandLine|contains: \\evil", "        CommandLine|endswith: .exe", "    condition: sel", "level: high", "",
    ].join("\n").replace("        CommandLine|contains: \\evil\n        CommandLine|endswith: .exe", "        - CommandLine|contains: \\evil\n        - CommandLine|endswith: .exe"));
  });
  it("writes same-field OR as a list, same-field AND as |all, and numbers unquoted", () => {
    const yaml = emit("title: T\nlogsource: {product: x}\ndetection:\n  a: {f: [x, y]}\n  b: {g: 1}\n  c: {f: z}\n  d: {f: w}\n  condition: a and b and c and d\n");
    expect(yaml).toContain("        f:\n            - x\n            - y\n        g: 1\n");
    expect(yaml).toContain("        f|all:\n            - z\n            - w\n");
    expect(yaml).toContain("    condition: a\n"); // distinct keys `f` and `f|all` share one map
  });
  it("restores value-expanding modifiers as written", () => {
    const yaml = emit("title: T\nlogsource: {product: x}\ndetection:\n  s:\n    CommandLine|windash|contains: [' -enc ', ' -ep ']\n  condition: s\n");
    expect(yaml).toContain("CommandLine|windash|contains:\n            - ' -enc '\n            - ' -ep '");
  });
  it("keeps values that look like YAML syntax safe (quoted) and escapes wildcards", () => {
    const yaml = emit("title: T\nlogsource: {product: x}\ndetection:\n  s:\n    f: ['a: b', '#x', 'lit\\*', '- y', '403']\n  condition: s\n");
    const back = loadSigmaText(yaml).rules[0]!;
    expect(toSigma(back).yaml).toBe(yaml);
    expect(yaml).toContain("'a: b'");
    expect(yaml).toContain("lit\\*");
  });
  it("refuses what Sigma cannot say with a typed diagnostic", () => {
    const r = loadSigmaText("title: T\nlogsource: {product: x}\ndetection:\n  s: {f: x}\n  condition: s\n").rules[0]!;
    const everything = { ...r, filter: { kind: "Const", value: true } } as typeof r;
    expect(() => toSigma(everything)).toThrowError(/backend\/unsupported|every event/);
    const piped = { ...r, filter: { kind: "Match", field: { kind: "Field", path: "a|contains" }, pattern: { parts: ["x"] }, caseSensitive: false } } as typeof r;
    expect(() => toSigma(piped)).toThrowError(/field name "a\|contains"/);
  });
});

describe.skipIf(!existsSync(corpus))("normalized Sigma: fixed point on the whole SigmaHQ corpus (../shared/corpus/sigmahq)", () => {
  it("holds for every rule that loads", () => {
    const files = ymlFiles(corpus, (p) => p.includes(`${"/"}regression_data`));
    const counts: Record<string, number> = {};
    const broken: string[] = [];
    for (const f of files) {
      const r = checkSigmaFixedPoint(readFileSync(f, "utf8"), f);
      counts[r.status] = (counts[r.status] ?? 0) + 1;
      if (r.status !== "fixed" && r.status !== "not-loaded") broken.push(`${f}: ${r.status} ${r.reason ?? ""}`);
    }
    expect(broken).toEqual([]);
    expect(counts.fixed).toBeGreaterThan(3900);
  }, 300_000);
});
if (!existsSync(corpus)) console.warn(`SigmaHQ corpus not found at ${corpus}: whole-corpus fixed-point test skipped`);

describe("normalized Sigma: any value survives emit and reload (property)", () => {
  it("a map of wildcard values and keyword lists reloads to the same AST", async () => {
    const fc = (await import("fast-check")).default;
    const { ANY, ONE, pattern } = await import("../../src/ast/pattern.js");
    const build = await import("../../src/ast/builders.js");
    const { sameRule } = await import("../../src/backends/sigma/fixed-point.js");
    const base = loadSigmaText("title: T\nlogsource: {product: x}\ndetection:\n  s: {f: x}\n  condition: s\n").rules[0]!;
    const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", "'", '"', "\\", "*", "?", ":", "#", "-", "|", "\n", "{", "}", "[", "]", "%", "&", "!", "é", "0", "1", "."), maxLength: 10 });
    const parts = fc.array(fc.oneof(text, fc.constant(ANY), fc.constant(ONE)), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(parts, fc.boolean(), parts, (p1, cased, p2) => {
      const filter = build.or([
        build.and([build.match(build.field("a.b"), pattern(p1), cased), build.exists(build.field("c"))]),
        build.not(build.match(build.field("d"), pattern(p2), false)),
      ]);
      const rule = { ...base, filter };
      const yaml = toSigma(rule).yaml;
      const back = loadSigmaText(yaml);
      expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(toSigma(back.rules[0]!).yaml).toBe(yaml);
      // The reloaded filter is the normalized original (the emitter writes the normalized tree).
      expect(sameRule(back.rules[0]!, { ...rule, filter: normalize(filter) })).toBe(true);
    }), { numRuns: 200 });
  });
});

