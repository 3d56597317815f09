import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSigmaText } from "../../src/sigma/index.js";
import { expectDiagnostic, ruleWith } from "./helpers.js";

describe("schema violations point at the offending node", () => {
  it("a bad enum value, at the value", () => {
    const d = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel`).replace("level: low", "level: severe"), "sigma/schema");
    expect([d.line, d.column]).toEqual([10, 8]);
    expect(d.message).toContain("`level` must be one of");
  });

  it("a bad date, a bad tag, a missing title", () => {
    expect(expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel`, "date: 2024/01/02\n"), "sigma/schema").line).toBe(11);
    expect(expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel`, "tags:\n    - NotATag\n"), "sigma/schema").line).toBe(12);
    const d = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel`).replace("title: Test rule\n", ""), "sigma/schema");
    expect(d.message).toContain("needs `title`");
  });

  it("the schema check can be turned off", () => {
    const { diagnostics } = loadSigmaText(ruleWith(`    sel:\n        a: 1\n    condition: sel`).replace("level: low", "level: severe"), { schema: false });
    expect(diagnostics).toEqual([]);
  });
});

describe("invalid detections", () => {
  it.each([
    [`    sel:\n    condition: sel`, "is empty"],
    [`    sel: []\n    condition: sel`, "empty list"],
    [`    sel: {}\n    condition: sel`, "empty map"],
    [`    sel:\n        a:\n            b: c\n    condition: sel`, "a map as value"],
    [`    sel:\n        - [a, b]\n    condition: sel`, "nested list"],
    [`    sel:\n        a: []\n    condition: sel`, "empty list of values"],
  ])("%s", (detection, message) => {
    const d = expectDiagnostic(ruleWith(detection), "sigma/invalid-detection");
    expect(d.message).toContain(message);
  });

  it("a rule without detection, correlation or filter", () => {
    expectDiagnostic("title: Nothing\nlogsource:\n    product: x\n", "sigma/invalid-detection");
  });
});

describe("robustness", () => {
  it("an alias bomb is refused, not expanded", () => {
    const levels = Array.from({ length: 30 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}, *l${i}]`).join("\n");
    const d = expectDiagnostic(`l0: &l0 x\n${levels}\ntitle: t\n`, "yaml/syntax");
    expect(d.message).toContain("alias");
  });

  it("never throws, whatever the text; every diagnostic has a position", () => {
    const pieces = ["title: t\n", "detection:\n", "    sel:\n", "        a|contains: x\n", "        b|re: '('\n", "    condition: ", "sel and (", "not sel\n",
      "---\n", "action: global\n", "logsource: {product: p}\n", "correlation:\n    type: temporal\n", "  - x\n", "&a [*a, *a]\n", "\t", "'", "|", "%p%", "\u0000"];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 12 }), (parts) => {
      const { diagnostics } = loadSigmaText(parts.join(""), { file: "fuzz.yml" });
      for (const d of diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.code).not.toBe("internal/unexpected");
      }
    }), { numRuns: 300 });
  });
});
