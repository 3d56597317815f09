import { describe, expect, it } from "vitest";
import { createMacroTable, expandMacros, parseMacroDefinitions, splitMacroArguments } from "../../src/spl/index.js";
import { loadMacroFiles } from "../../src/spl/macros/load-files.js";
import { loadSplText } from "../../src/spl/index.js";
import { codes, detection, FIXTURES, m, macros, spl } from "./helpers.js";

const table = createMacroTable([
  { name: "src", args: [], definition: 'sourcetype="audit"' },
  { name: "pair", args: ["a", "b"], definition: "$a$=$b$" },
  { name: "outer", args: ["x"], definition: "`pair($x$, yes)` other=1" },
  { name: "loop", args: [], definition: "`loop`" },
  { name: "ping", args: [], definition: "`pong`" },
  { name: "pong", args: [], definition: "`ping`" },
]);
const at = () => ({ line: 1, column: 1 });

describe("macro definitions", () => {
  it("parses security_content macro YAML (name, definition, arguments)", () => {
    const r = parseMacroDefinitions("name: security_content_ctime\narguments:\n  - field\ndefinition: 'convert ctime($field$)'\n", "m.yml");
    expect(r.diagnostics).toEqual([]);
    expect(r.macros).toEqual([{ name: "security_content_ctime", args: ["field"], definition: "convert ctime($field$)", file: "m.yml" }]);
  });

  it("reports YAML that is not a macro", () => {
    const r = parseMacroDefinitions("- 1\n- name: x\n", "bad.yml");
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([["yaml/not-a-mapping", 1], ["yaml/not-a-mapping", 2]]);
  });

  it("loads a directory of macro files", async () => {
    const r = await loadMacroFiles([`${FIXTURES}/macros`]);
    expect(r.diagnostics).toEqual([]);
    expect(r.macros.get("kube_audit")?.definition).toBe('source="kubernetes"');
    expect(r.macros.get("security_content_ctime(1)")?.args).toEqual(["field"]);
  });

  it("reports a missing path as input/read-failed", async () => {
    const r = await loadMacroFiles([`${FIXTURES}/no-such-dir`]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["input/read-failed"]);
  });

  it("splits arguments on top-level commas and strips enclosing quotes", () => {
    expect(splitMacroArguments('"Processes", f(a,b) , "x,y"')).toEqual(["Processes", "f(a,b)", "x,y"]);
  });
});

describe("macro expansion", () => {
  it("substitutes $arg$ and expands nested macros, keeping the macro names", () => {
    const { expanded, diagnostics } = expandMacros("`src` `outer(k)` z=1", { macros: table, posAt: at });
    expect(diagnostics).toEqual([]);
    expect(expanded.text).toBe('sourcetype="audit" k=yes other=1 z=1');
    expect(expanded.macrosAt(expanded.text.indexOf("k=yes"))).toEqual(["outer", "pair"]);
    expect(expanded.macrosAt(expanded.text.indexOf("z=1"))).toEqual([]);
    // Text a macro produced maps back to the macro call.
    expect(expanded.sourceOffset(expanded.text.indexOf("other"))).toBe("`src` ".length);
    expect(expanded.sourceOffset(expanded.text.indexOf("z=1"))).toBe("`src` `outer(k)` ".length);
  });

  it("keeps the macro name in origin.macros of the nodes it produced", () => {
    const r = loadSplText("`outer(k)` z=1", { macros: table });
    const filter = r.rules[0]!.filter;
    expect(filter.kind).toBe("And");
    const kids = (filter as unknown as { children: { origin?: unknown }[] }).children;
    expect(kids[0]!.origin).toEqual({ macros: ["outer", "pair"] });
    expect(kids[2]!.origin).toBeUndefined();
  });

  it("records the macro a log source came from", () => {
    expect(spl("`kube_audit` verb=create").rule!.logsource).toEqual({ splunk: { source: ["kubernetes"], macros: ["kube_audit"] } });
  });

  it("reports spl/macro-recursion for self- and mutual recursion, with position", () => {
    for (const search of ["a=1 `loop`", "a=1 `ping`"]) {
      const { diagnostics } = expandMacros(search, { macros: table, posAt: (o) => ({ line: 1, column: o + 1 }) });
      expect(diagnostics.map((d) => [d.code, d.column])).toEqual([["spl/macro-recursion", 5]]);
    }
  });

  it("reports spl/unknown-macro with its position, and spl/macro-arguments for a wrong arity", () => {
    const r = loadSplText("a=1\n| search `nope` | eval x=1", { macros: table });
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line, d.column])).toEqual([["spl/unknown-macro", 2, 10]]);
    const r2 = loadSplText("`pair(1)`", { macros: table });
    expect(r2.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["spl/macro-arguments"]);
  });

  it("treats an unknown *_filter macro as the empty filter, as a command or inside search", () => {
    const a = spl("a=1 | stats count by b | `my_detection_filter`");
    expect(codes(a.diagnostics)).toEqual([]);
    expect(a.rule!.pipeline[1]).toEqual({ kind: "Filter", command: "search", filter: { kind: "Const", value: true } });
    const b = spl("a=1 | search `my_detection_filter`");
    expect(b.rule!.filter).toEqual(m("a", "1"));
  });

  it("expands security_content_ctime from the built-ins and from a loaded definition alike", () => {
    const builtin = loadSplText("a=1 | `security_content_ctime(firstTime)`", { macros: createMacroTable([]) });
    const loaded = loadSplText("a=1 | `security_content_ctime(firstTime)`", { macros: macros() });
    const expected = { kind: "Convert", timeformat: "%Y-%m-%dT%H:%M:%S", conversions: [{ fn: "ctime", field: "firstTime" }] };
    expect(builtin.rules[0]!.pipeline[0]).toMatchObject(expected);
    expect(loaded.rules[0]!.pipeline[0]).toMatchObject(expected);
    expect(loaded.rules[0]!.pipeline[0]!.origin).toEqual({ macros: ["security_content_ctime"] });
  });

  it("expands a macro used inside a search stage (kube_allowed_user_agents, fixture)", () => {
    const { rule, diagnostics } = detection("kubernetes_abuse_of_secret_by_unusual_user_agent");
    expect(codes(diagnostics)).toEqual([]);
    expect(rule!.filter).toMatchObject({ kind: "And", children: [{}, {}, { kind: "Not", child: { kind: "Match", field: { path: "userAgent" }, origin: { macros: ["kube_allowed_user_agents"] } } }] });
  });
});
