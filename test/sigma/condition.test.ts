import { describe, expect, it } from "vitest";
import * as b from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import { loadSigmaText, parseSigmaCondition } from "../../src/sigma/index.js";
import { expectDiagnostic, filterOf, ruleWith } from "./helpers.js";

const s = stripPositions;
const m = (field: string, v: string) => b.match(b.field(field), v, false);
/** Selections a..d and filter_x/filter_y, each matching its own field. */
const selections = ["a", "b", "c", "d", "filter_x", "filter_y", "_hidden"].map((n) => `    ${n}:\n        ${n}: 1`).join("\n");
const cond = (condition: string) => filterOf(`${selections}\n    condition: ${condition}`);
const A = m("a", "1"), B = m("b", "1"), C = m("c", "1"), D = m("d", "1"), FX = m("filter_x", "1"), FY = m("filter_y", "1"), H = m("_hidden", "1");

describe("condition language", () => {
  it("precedence: not binds tighter than and, and tighter than or", () => {
    expect(cond("a or b and not c")).toEqual(s(b.or([A, b.and([B, b.not(C)])])));
    expect(cond("not a and b")).toEqual(s(b.and([b.not(A), B])));
    expect(cond("a and b or c and d")).toEqual(s(b.or([b.and([A, B]), b.and([C, D])])));
  });

  it("parentheses group", () => {
    expect(cond("a and (b or c)")).toEqual(s(b.and([A, b.or([B, C])])));
    expect(cond("not (a or b)")).toEqual(s(b.not(b.or([A, B]))));
    expect(cond("((a))")).toEqual(s(A));
  });

  it("1 of / any of / all of a pattern", () => {
    expect(cond("1 of filter_*")).toEqual(s(b.or([FX, FY])));
    expect(cond("any of filter_*")).toEqual(s(b.or([FX, FY])));
    expect(cond("all of filter_*")).toEqual(s(b.and([FX, FY])));
    expect(cond("a and not 1 of filter_*")).toEqual(s(b.and([A, b.not(b.or([FX, FY]))])));
  });

  it("them covers every selection not starting with an underscore", () => {
    expect(cond("1 of them")).toEqual(s(b.or([A, B, C, D, FX, FY])));
    expect(cond("all of them")).toEqual(s(b.and([A, B, C, D, FX, FY])));
    expect(cond("_hidden or a")).toEqual(s(b.or([H, A])));
  });

  it("keywords are whole words: identifiers may contain them", () => {
    const e = filterOf(`    android:\n        x: 1\n    notes:\n        y: 2\n    condition: android and notes`);
    expect(e).toEqual(s(b.and([m("x", "1"), m("y", "2")])));
  });

  it("a list of conditions is OR'ed", () => {
    // pySigma accepts a list; the official schema does not (`condition` must be a string).
    const text = `${selections}\n    condition:\n        - a and b\n        - c`;
    expect(filterOf(text, { schema: false })).toEqual(s(b.or([b.and([A, B]), C])));
    expect(expectDiagnostic(ruleWith(text), "sigma/schema").message).toContain("detection.condition");
  });

  it("a multi-line condition parses", () => {
    expect(filterOf(`${selections}\n    condition:\n        a and\n        (b or c)`)).toEqual(s(b.and([A, b.or([B, C])])));
  });
});

describe("condition diagnostics", () => {
  it("syntax errors point at the column inside the condition", () => {
    const d = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel and (sel or`), "sigma/condition-syntax");
    expect(d.line).toBe(9);
    expect(d.column).toBe(31); // just past the end: the condition starts at column 16 and has 15 characters
    const d2 = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: 'sel sel'`), "sigma/condition-syntax");
    expect([d2.line, d2.column]).toEqual([9, 21]); // the second `sel`, after the quote
  });

  it.each(["sel and", "(sel", "sel)", "and sel", "2 of sel*", "sel*", "sel = 1", ""])("`%s` is a syntax error", (c) => {
    const parsed = parseSigmaCondition(c);
    expect(parsed.node).toBeUndefined();
    expect(parsed.problems[0]!.kind).toBe("syntax");
  });

  it("unknown selections and patterns that match nothing", () => {
    const d = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel and other`), "sigma/unknown-selection");
    expect([d.line, d.column]).toEqual([9, 24]);
    expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: 1 of filter*`), "sigma/unknown-selection");
  });

  it("aggregation pipes are deprecated syntax (an error: a count cannot be expressed in a detection)", () => {
    const { diagnostics } = loadSigmaText(ruleWith(`    sel:\n        a: 1\n    timeframe: 5m\n    condition: sel | count() by host > 5`), { file: "t.yml" });
    expect(diagnostics.filter((d) => d.code === "sigma/deprecated-syntax").map((d) => [d.line, d.column, d.severity])).toEqual([
      [9, 5, "warning"], // timeframe
      [10, 20, "error"], // the pipe
    ]);
    expect(parseSigmaCondition("sel | near other").problems[0]!.kind).toBe("deprecated");
  });

  it("each condition text is parsed once; the shared result is frozen, and positions still come from each rule", () => {
    const a = parseSigmaCondition("sel and not filter");
    expect(parseSigmaCondition("sel and not filter")).toBe(a);
    expect(Object.isFrozen(a.node)).toBe(true);
    expect(() => (a.problems as unknown[]).push({})).toThrow(TypeError);
    const at = (indent: string) => expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition:${indent}sel and missing`), "sigma/unknown-selection");
    expect([at(" ").line, at(" ").column, at("   ").column]).toEqual([9, 24, 26]);
  });

  it("a missing condition", () => {
    expectDiagnostic(ruleWith(`    sel:\n        a: 1`), "sigma/missing-condition");
  });
});
