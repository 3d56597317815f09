import { describe, expect, it } from "vitest";
import { diagnostic, fail, formatDiagnostic, inFile, RuleError, DIAGNOSTIC_CODES } from "../../src/diagnostics/index.js";

describe("diagnostics", () => {
  it("carries code, default severity and position", () => {
    const d = diagnostic("sigma/unknown-modifier", "unknown modifier 'foo'", { file: "r.yml", pos: { line: 3, column: 9 } });
    expect(d).toEqual({ code: "sigma/unknown-modifier", severity: "error", message: "unknown modifier 'foo'", file: "r.yml", line: 3, column: 9 });
    expect(formatDiagnostic(d)).toBe("r.yml:3:9: error[sigma/unknown-modifier]: unknown modifier 'foo'");
  });

  it("RuleError is the thrown form", () => {
    let caught: unknown;
    try {
      fail("spl/syntax", "unexpected ')'", { pos: { line: 1, column: 5 } });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleError);
    expect((caught as RuleError).code).toBe("spl/syntax");
    expect((caught as RuleError).diagnostics[0]!.column).toBe(5);
  });

  it("inFile fills only missing file names", () => {
    const ds = inFile([diagnostic("yaml/syntax", "x"), diagnostic("yaml/syntax", "y", { file: "a" })], "b");
    expect(ds.map((d) => d.file)).toEqual(["b", "a"]);
  });

  it("every code is area/what with a doc", () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(info.doc.length).toBeGreaterThan(10);
    }
  });
});
