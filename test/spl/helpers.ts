import { readFileSync } from "node:fs";
import { stripPositions } from "../../src/ast/equal.js";
import type { Rule } from "../../src/ast/rule.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { createMacroTable, loadSplText, loadSplunkDetectionText, parseMacroDefinitions, type MacroTable } from "../../src/spl/index.js";
import { readdirSync } from "node:fs";

export const FIXTURES = "test/fixtures/spl";

let fixtureMacros: MacroTable | undefined;

/** The macros shipped with the fixtures (read synchronously through the pure parser). */
export function macros(): MacroTable {
  if (!fixtureMacros) {
    const defs = readdirSync(`${FIXTURES}/macros`).flatMap((f) => parseMacroDefinitions(readFileSync(`${FIXTURES}/macros/${f}`, "utf8"), f).macros);
    fixtureMacros = createMacroTable(defs);
  }
  return fixtureMacros;
}

/** Loads a raw SPL search; returns the rule (positions stripped) and the diagnostics. */
export function spl(search: string, table: MacroTable = macros()): { rule?: Rule; diagnostics: Diagnostic[] } {
  const r = loadSplText(search, { file: "test.spl", macros: table });
  return { rule: r.rules[0] ? stripPositions(r.rules[0]) : undefined, diagnostics: r.diagnostics };
}

/** Loads a fixture detection by base name. */
export function detection(name: string): { rule?: Rule; diagnostics: Diagnostic[]; text: string } {
  const file = `${FIXTURES}/detections/${name}.yml`;
  const text = readFileSync(file, "utf8");
  const r = loadSplunkDetectionText(text, { file, macros: macros() });
  return { rule: r.rules[0], diagnostics: r.diagnostics, text };
}

export const codes = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity !== "info").map((d) => d.code);

const f = (path: string) => ({ kind: "Field", path });
export const m = (path: string, ...parts: (string | "*")[]) => ({
  kind: "Match", field: f(path), pattern: { parts: parts.map((p) => (p === "*" ? { wildcard: "*" } : p)) }, caseSensitive: false,
});
export const mcs = (path: string, ...parts: (string | "*" | "?")[]) => ({
  kind: "Match", field: f(path), pattern: { parts: parts.map((p) => (p === "*" || p === "?" ? { wildcard: p } : p)) }, caseSensitive: true,
});
