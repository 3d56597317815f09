import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compareReaders } from "./yaml-subset-compare.js";
import { yamlFiles } from "../yaml-files.js";

const projectRoot = resolve(import.meta.dirname, "../..");
const corpus = resolve(projectRoot, "../shared/corpus/sigmahq");
const present = existsSync(corpus);

describe.skipIf(!present)(`fast YAML reader vs yaml over the SigmaHQ corpus (${present ? corpus : "skipped: ../shared/corpus/sigmahq is absent"})`, () => {
  it("every file is declined or read to the same values, offsets and line/columns as yaml; few are declined", () => {
    const files = readdirSync(corpus).filter((d) => /^(rules|deprecated$|unsupported$)/.test(d)).flatMap((d) => yamlFiles(join(corpus, d)));
    expect(files.length).toBeGreaterThan(4000);
    const different: string[] = [];
    let declined = 0;
    for (const file of files) {
      const r = compareReaders(readFileSync(file, "utf8"));
      if (r.outcome === "declined") declined++;
      else if (r.outcome === "different") different.push(`${file}: ${r.why}`);
    }
    expect(different).toEqual([]);
    // 9 of 4,039 files at the time of writing (tabs, `>` scalars, multi-line plain scalars, trailing indented comments).
    expect(declined / files.length).toBeLessThan(0.01);
  });
});
