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

describe("PyYAML-style quoted scalars continuing at column 0", () => {
  const text = "name: d\nsearch: 'a=1\n| eval y=frobnicate(a)\n| `nope`'\nid: x\n";

  it("are read (with a yaml/syntax warning), and positions point into the file as written", () => {
    const r = loadSplunkDetectionText(text, { file: "d.yml", macros: createMacroTable([]) });
    expect(r.rules).toHaveLength(1);
    expect(r.rules[0]!.meta.id).toBe("x");
    expect(r.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ["yaml/syntax", "warning", 3, 1],
      ["spl/unknown-macro", "error", 4, 3],
      ["spl/unsupported-expression", "warning", 3, 8],
      ["spl/unsupported-command", "warning", 4, 3],
    ]);
  });

  it("apply to macro files too (security_content's base64decode.yml shape)", async () => {
    const { parseMacroDefinitions } = await import("../../src/spl/index.js");
    const r = parseMacroDefinitions("arguments:\n  - x\ndefinition: 'eval a=$x$\n| eval b=1'\nname: m\n", "m.yml");
    expect(r.macros).toEqual([{ name: "m", args: ["x"], definition: "eval a=$x$ | eval b=1", file: "m.yml" }]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([["yaml/syntax", "warning", 4]]);
  });
});
