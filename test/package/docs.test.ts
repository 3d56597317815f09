import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCliDoc } from "../../scripts/docs-cli.js";
import { GRAMMARS, renderGrammarPage, renderGrammarReadme } from "../../scripts/docs-grammar.js";

const root = resolve(import.meta.dirname, "../..");
const read = (p: string) => readFileSync(resolve(root, p), "utf8");

describe("generated docs are up to date", () => {
  it("docs/cli.md matches the CLI's --help (run `npm run docs:cli`)", () => {
    expect(read("docs/cli.md")).toBe(renderCliDoc());
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
