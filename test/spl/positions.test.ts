import { describe, expect, it } from "vitest";
import { createMacroTable, loadSplunkDetectionText } from "../../src/spl/index.js";

/** Where `frobnicate` (an unknown eval function, reported at its assignment) and the unknown macro sit. */
const at = (yaml: string) =>
  loadSplunkDetectionText(yaml, { file: "d.yml", macros: createMacroTable([]) }).diagnostics
    .filter((d) => d.code === "spl/unknown-macro" || d.code === "spl/unsupported-expression")
    .map((d) => [d.code, d.line, d.column]);

describe("diagnostic positions in every YAML scalar style of `search:`", () => {
  it("single-quoted, with '' escapes before the error", () => {
    expect(at("name: d\nsearch: 'a=''x'' | eval y=frobnicate(a) | `nope`'\n")).toEqual([
      ["spl/unknown-macro", 2, 43], ["spl/unsupported-expression", 2, 25],
    ]);
  });

  it("double-quoted, with \\\" escapes before the error", () => {
    expect(at('name: d\nsearch: "a=\\"x\\" | eval y=frobnicate(a) | `nope`"\n')).toEqual([
      ["spl/unknown-macro", 2, 43], ["spl/unsupported-expression", 2, 25],
    ]);
  });

  it("block literal |", () => {
    expect(at("name: d\nsearch: |\n  a=1\n  | eval y=frobnicate(a)\n  | `nope`\n")).toEqual([
      ["spl/unknown-macro", 5, 5], ["spl/unsupported-expression", 4, 10],
    ]);
  });

  it("folded >, and a multi-line plain scalar", () => {
    expect(at("name: d\nsearch: >\n  a=1\n  | eval y=frobnicate(a)\n  | `nope`\n")).toEqual([
      ["spl/unknown-macro", 5, 5], ["spl/unsupported-expression", 4, 10],
    ]);
    expect(at("name: d\nsearch: a=1\n  | eval y=frobnicate(a)\n  | `nope`\nid: x\n")).toEqual([
      ["spl/unknown-macro", 4, 5], ["spl/unsupported-expression", 3, 10],
    ]);
  });
});
