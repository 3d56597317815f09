import { expect } from "vitest";
import { stripPositions } from "../../src/ast/equal.js";
import type { Expr } from "../../src/ast/expr.js";
import type { Rule } from "../../src/ast/rule.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { loadSigmaText, type SigmaLoadOptions } from "../../src/sigma/index.js";

/** Loads Sigma text and expects exactly one rule and no error. */
export function loadOne(text: string, opts: SigmaLoadOptions = {}): Rule {
  const { rules, diagnostics } = loadSigmaText(text, { file: "test.yml", ...opts });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(rules).toHaveLength(1);
  return rules[0]!;
}

/** A detection rule around one detection section (given as YAML lines, indented 4 spaces). */
export function ruleWith(detection: string, extra = ""): string {
  return `title: Test rule\nid: 6f3e2987-db24-4c78-a860-b4f4095a7095\nstatus: test\nlogsource:\n    product: test\ndetection:\n${detection}\nlevel: low\n${extra}`;
}

/** The filter of a rule built from a detection section, without positions/origins. */
export function filterOf(detection: string, opts: SigmaLoadOptions = {}): Expr {
  return stripPositions(loadOne(ruleWith(detection), opts).filter) as Expr;
}

/** Loads text expecting a diagnostic with the code; returns it (with its line/column). */
export function expectDiagnostic(text: string, code: Diagnostic["code"], opts: SigmaLoadOptions = {}): Diagnostic {
  const { diagnostics } = loadSigmaText(text, { file: "test.yml", ...opts });
  const d = diagnostics.find((x) => x.code === code);
  expect(d, `expected ${code}, got ${JSON.stringify(diagnostics)}`).toBeDefined();
  expect(d!.file).toBe("test.yml");
  expect(d!.line).toBeTypeOf("number");
  expect(d!.column).toBeTypeOf("number");
  return d!;
}
