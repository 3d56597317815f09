import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCliDoc } from "../../scripts/docs-cli.js";
import { GRAMMARS, renderGrammarPage, renderGrammarReadme } from "../../scripts/docs-grammar.js";
import { renderSigmaMatrix, renderSplMatrix } from "../../scripts/docs-matrices.js";

const root = resolve(import.meta.dirname, "../..");
const read = (p: string) => readFileSync(resolve(root, p), "utf8");

describe("generated docs are up to date", () => {
  it("docs/cli.md matches the CLI's --help (run `npm run docs:cli`)", () => {
    expect(read("docs/cli.md")).toBe(renderCliDoc());
  });

  it("docs/support-matrix-{sigma,spl}.md match what the code does (run `npm run docs:matrices`)", () => {
    expect(read("docs/support-matrix-sigma.md")).toBe(renderSigmaMatrix());
    expect(read("docs/support-matrix-spl.md")).toBe(renderSplMatrix());
  });

  it("grammar/*.html match the parsers (run `npm run docs:grammar`)", () => {
    for (const g of GRAMMARS) expect(read(`grammar/${g.file}`), g.file).toBe(renderGrammarPage(g));
    expect(read("grammar/README.md")).toBe(renderGrammarReadme());
  });
});

describe("CLI help", () => {
  it("every command has examples, and the root help lists exit codes", () => {
    const doc = renderCliDoc();
    const sections = doc.split(/^## `rulecast /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const s of sections) expect(s, s.split("\n")[0]).toContain("Examples:");
    expect(doc).toContain("70  internal error");
  });
});

describe("support matrices", () => {
  it("cover every Sigma modifier the front-end knows, and every registered backend", async () => {
    const { SIGMA_MODIFIERS } = await import("../../src/sigma/index.js");
    const { TARGETS } = await import("../../src/api/registry.js");
    const doc = renderSigmaMatrix();
    const aliases = new Set(["i", "m", "s", "ignorecase", "multiline", "dotall"]);
    for (const m of SIGMA_MODIFIERS) {
      if (aliases.has(m)) continue; // regex flags appear as `re|i`, `re|m`, `re|s`
      expect(doc, m).toMatch(new RegExp("\\| `[^`]*\\b" + m + "\\b"));
    }
    for (const t of TARGETS) expect(doc.split("\n").find((l) => l.startsWith("| construct |")), t.name).toContain(` ${t.name} `);
  });

  it("report every refusal with a typed diagnostic code (never a bare failure)", () => {
    for (const doc of [renderSigmaMatrix(), renderSplMatrix()]) {
      expect(doc).not.toContain("internal/unexpected");
      const rows = doc.split("\n").filter((l) => l.startsWith("| ")).join("\n");
      for (const m of rows.matchAll(/(?:no|approx): `([^`]+)`/g)) expect(m[1]).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    }
  });
});
