import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { loadSigmaText } from "../../src/sigma/index.js";
import { yamlFiles } from "../yaml-files.js";

const projectRoot = resolve(import.meta.dirname, "../..");
const corpus = resolve(projectRoot, "../shared/corpus/sigmahq");
const present = existsSync(corpus);

describe.skipIf(!present)(`whole SigmaHQ corpus (${present ? corpus : "skipped: ../shared/corpus/sigmahq is absent"})`, () => {
  const folders = present ? readdirSync(corpus).filter((d) => /^(rules|deprecated$|unsupported$)/.test(d)) : [];
  const results = new Map<string, { rules: number; diagnostics: Diagnostic[] }>();
  const folderOf = (file: string) => file.slice(corpus.length + 1).split("/")[0]!;

  it("every file loads or gives diagnostics with file, line and column, never internal errors", () => {
    for (const folder of folders) {
      for (const file of yamlFiles(join(corpus, folder))) {
        const r = loadSigmaText(readFileSync(file, "utf8"), { file });
        results.set(file, { rules: r.rules.length, diagnostics: r.diagnostics });
      }
    }
    expect(results.size).toBeGreaterThan(4000);
    for (const [file, r] of results) {
      for (const d of r.diagnostics) {
        expect(d.code).not.toBe("internal/unexpected");
        expect(d.file).toBe(file);
        expect(d.line, `${file}: ${d.message}`).toBeGreaterThanOrEqual(1);
        expect(d.column, `${file}: ${d.message}`).toBeGreaterThanOrEqual(1);
      }
      if (r.rules === 0) expect(r.diagnostics.some((d) => d.severity === "error"), file).toBe(true);
    }
  });

  it("the maintained rule folders load without a single error (placeholders aside)", () => {
    const failing: string[] = [];
    for (const [file, r] of results) {
      const folder = folderOf(file);
      if (!folder.startsWith("rules")) continue;
      const errors = r.diagnostics.filter((d) => d.severity === "error" && d.code !== "sigma/unsupported-placeholder");
      const placeholders = r.diagnostics.some((d) => d.code === "sigma/unsupported-placeholder");
      if (errors.length > 0 || (r.rules === 0 && !placeholders)) failing.push(`${file}: ${errors.map((d) => d.message).join("; ")}`);
    }
    expect(failing).toEqual([]);
  });

  it("placeholder rules load once their placeholders have values", () => {
    const files = [...results].filter(([f, r]) => folderOf(f).startsWith("rules") && r.diagnostics.some((d) => d.code === "sigma/unsupported-placeholder")).map(([f]) => f);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const names = [...text.matchAll(/%([A-Za-z_][\w.-]*)%/g)].map((m) => m[1]!);
      const placeholders = Object.fromEntries(names.map((n) => [n, [`value-of-${n}`]]));
      const r = loadSigmaText(text, { file, placeholders });
      expect(r.diagnostics.filter((d) => d.severity === "error"), file).toEqual([]);
      expect(r.rules.length).toBeGreaterThan(0);
    }
  });

  it("deprecated/unsupported files fail only for documented reasons", () => {
    const reasons = new Set<string>();
    for (const [file, r] of results) {
      if (folderOf(file).startsWith("rules")) continue;
      for (const d of r.diagnostics) if (d.severity === "error") reasons.add(d.code);
    }
    expect([...reasons].sort()).toEqual(["sigma/condition-syntax", "sigma/deprecated-syntax", "sigma/schema", "sigma/unsupported-placeholder"]);
  });
});
