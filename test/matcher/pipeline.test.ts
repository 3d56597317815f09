import { describe, expect, it } from "vitest";
import { field, TRUE } from "../../src/ast/builders.js";
import type { Stage } from "../../src/ast/stage.js";
import type { ValueExpr } from "../../src/ast/value-expr.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { ruleOf } from "./helpers.js";

const run = (stages: Stage[], events: unknown[]) => [...compileMatcher(ruleOf(TRUE, stages)).run(events)];
const fv = (name: string): ValueExpr => ({ kind: "FieldValue", field: field(name) });
const lit = (value: string | number | boolean | null): ValueExpr => ({ kind: "Literal", value });
const stats = (by: string[], aggregations: { fn: any; field?: string; as: string; eval?: ValueExpr; percentile?: number }[], command: "stats" | "eventstats" | "streamstats" = "stats"): Stage => ({
  kind: "Stats", command, by: by.map((b) => field(b)),
  aggregations: aggregations.map((a) => ({ fn: a.fn, as: a.as, ...(a.field ? { field: field(a.field) } : {}), ...(a.eval ? { eval: a.eval } : {}), ...(a.percentile !== undefined ? { percentile: a.percentile } : {}) })),
});

describe("stats", () => {
  const events = [
    { user: "bob", ips: ["1.1.1.1", "2.2.2.2"], groups: ["a", "b"], n: 5, timestamp: "2026-01-01T00:00:02Z" },
    { user: "bob", ips: ["1.1.1.1"], groups: ["b"], n: "7", timestamp: "2026-01-01T00:00:01Z" },
    { user: "amy", ips: [], n: 1, timestamp: "2026-01-01T00:00:03Z" },
    { ips: ["3.3.3.3"], n: "x" },
  ];

  it("multivalue by-fields expand into one group per value (cartesian across fields); missing by-field drops the event", () => {
    const rows = run([stats(["user", "ips{}"], [{ fn: "count", as: "count" }])], events);
    expect(rows).toEqual([
      { user: "bob", "ips{}": "1.1.1.1", count: 2 },
      { user: "bob", "ips{}": "2.2.2.2", count: 1 },
    ]);
    const two = run([stats(["ips{}", "groups{}"], [{ fn: "count", as: "count" }])], events.slice(0, 1));
    expect(two).toHaveLength(4);
  });

  it("aggregations: values sorted and deduped, list, dc, min/max/sum/avg, count(field), earliest/latest, perc", () => {
    const rows = run([stats(["user"], [
      { fn: "values", field: "groups{}", as: "values(groups)" },
      { fn: "list", field: "groups{}", as: "list" },
      { fn: "dc", field: "ips{}", as: "dc" },
      { fn: "min", field: "n", as: "min" },
      { fn: "max", field: "n", as: "max" },
      { fn: "sum", field: "n", as: "sum" },
      { fn: "avg", field: "n", as: "avg" },
      { fn: "count", field: "groups{}", as: "cg" },
      { fn: "earliest", field: "n", as: "earliest" },
      { fn: "latest", field: "n", as: "latest" },
      { fn: "perc", field: "n", as: "p50", percentile: 50 },
    ])], events);
    expect(rows).toEqual([
      { user: "amy", "values(groups)": null, list: null, dc: 0, min: 1, max: 1, sum: 1, avg: 1, cg: 0, earliest: "1", latest: "1", p50: 1 },
      { user: "bob", "values(groups)": ["a", "b"], list: ["a", "b", "b"], dc: 2, min: 5, max: 7, sum: 12, avg: 6, cg: 3, earliest: "7", latest: "5", p50: 7 },
    ]);
  });

  it("count(eval(...)) counts rows where the condition is true", () => {
    const cond: ValueExpr = { kind: "Binary", op: "=", left: fv("user"), right: lit("bob") };
    expect(run([stats([], [{ fn: "count", as: "bobs", eval: cond }, { fn: "count", as: "all" }])], events)).toEqual([{ bobs: 2, all: 4 }]);
  });

  it("fillnull without fields fills only fields present in some row, so it rescues by-fields other events have", () => {
    const ev = [{ a: "1", uid: "u" }, { a: "2" }];
    expect(run([{ kind: "Fillnull", value: "0", fields: null }, stats(["a", "uid"], [{ fn: "count", as: "count" }])], ev)).toEqual([
      { a: "1", uid: "u", count: 1 },
      { a: "2", uid: "0", count: 1 },
    ]);
    // A by-field that no selected event has stays missing: Splunk returns no row.
    expect(run([{ kind: "Fillnull", value: "0", fields: null }, stats(["a", "nowhere"], [{ fn: "count", as: "count" }])], ev)).toEqual([]);
    // With an explicit field list it is created.
    expect(run([{ kind: "Fillnull", value: "NA", fields: ["nowhere"] }, stats(["nowhere"], [{ fn: "count", as: "count" }])], ev)).toEqual([{ nowhere: "NA", count: 2 }]);
  });

  it("eventstats adds group aggregates to every row; streamstats runs cumulatively", () => {
    const ev = [{ u: "a" }, { u: "b" }, { u: "a" }];
    expect(run([stats(["u"], [{ fn: "count", as: "c" }], "eventstats"), { kind: "Table", fields: ["u", "c"] }], ev)).toEqual([
      { u: "a", c: 2 }, { u: "b", c: 1 }, { u: "a", c: 2 },
    ]);
    expect(run([stats(["u"], [{ fn: "count", as: "c" }], "streamstats"), { kind: "Table", fields: ["u", "c"] }], ev)).toEqual([
      { u: "a", c: 1 }, { u: "b", c: 1 }, { u: "a", c: 2 },
    ]);
  });
});

describe("other stages", () => {
  const events = [{ a: "x", b: 2, c: ["p", "q"] }, { a: "y", b: 10 }, { a: "x", b: 1 }];

  it("eval (assignments in order), rename with wildcards, table, fields", () => {
    const rows = run([
      { kind: "Eval", assignments: [
        { field: "d", expr: { kind: "Binary", op: "*", left: fv("b"), right: lit(2) } },
        { field: "e", expr: { kind: "Binary", op: ".", left: fv("a"), right: fv("d") } },
        { field: "f", expr: { kind: "Call", name: "if", args: [{ kind: "Binary", op: ">", left: fv("b"), right: lit(5) }, lit("big"), lit("small")] } },
        { field: "g", expr: { kind: "Call", name: "mvcount", args: [fv("c")] } },
      ] },
      { kind: "Rename", renames: [{ from: "c{}", to: "cc" }, { from: "d*", to: "dd*" }] },
      { kind: "Table", fields: ["a", "dd", "e", "f", "g", "cc"] },
    ], events);
    expect(rows).toEqual([
      { a: "x", dd: 4, e: "x4", f: "small", g: 2, cc: ["p", "q"] },
      { a: "y", dd: 20, e: "y20", f: "big" },
      { a: "x", dd: 2, e: "x2", f: "small" },
    ]);
    expect(run([{ kind: "Fields", mode: "remove", fields: ["c*", "_time"] }], events.slice(0, 1))).toEqual([{ a: "x", b: "2" }]);
  });

  it("sort (numeric before text, descending), head, dedup", () => {
    expect(run([{ kind: "Sort", keys: [{ field: "b", descending: true }], limit: null }, { kind: "Table", fields: ["b"] }], events)).toEqual([{ b: "10" }, { b: "2" }, { b: "1" }]);
    expect(run([{ kind: "Sort", keys: [{ field: "b", descending: false, as: "str" }], limit: 2 }, { kind: "Table", fields: ["b"] }], events)).toEqual([{ b: "1" }, { b: "10" }]);
    expect(run([{ kind: "Dedup", fields: ["a"], count: 1, keepEmpty: false, consecutive: false }, { kind: "Table", fields: ["a", "b"] }], events)).toEqual([{ a: "x", b: "2" }, { a: "y", b: "10" }]);
    expect(run([{ kind: "Head", count: 1 }, { kind: "Table", fields: ["a"] }], events)).toEqual([{ a: "x" }]);
  });

  it("filter stages after stats see the rows", () => {
    const rows = run([
      stats(["a"], [{ fn: "count", as: "count" }]),
      { kind: "Filter", command: "where", filter: { kind: "EvalCondition", expr: { kind: "Binary", op: ">", left: fv("count"), right: lit(1) } } },
    ], events);
    expect(rows).toEqual([{ a: "x", count: 2 }]);
  });

  it("convert ctime uses %m/%d/%Y %H:%M:%S in UTC; bin floors to the span", () => {
    const ev = [{ t: 1763633700.5, requestReceivedTimestamp: "2026-11-20T10:15:00.123456Z" }];
    expect(run([{ kind: "Convert", conversions: [{ fn: "ctime", field: "t", as: "when" }] }, { kind: "Table", fields: ["when"] }], ev)).toEqual([{ when: "11/20/2025 10:15:00" }]);
    expect(run([{ kind: "Bin", field: "_time", span: "1h" }, { kind: "Table", fields: ["_time"] }], ev)).toEqual([{ _time: 1795168800 }]);
  });

  it("rex extracts named groups (first value of the field; max_match=0 gives multivalue)", () => {
    const rex = (pattern: string, options: Record<string, string>): Stage => ({ kind: "Command", name: "rex", text: "", args: [pattern], options });
    const ev = [{ cmd: "net user bob /add" }, { cmd: "whoami" }, { other: 1 }];
    expect(run([rex("^(?<tool>\\w+)\\s+(?<sub>\\w+)", { field: "cmd" }), { kind: "Table", fields: ["tool", "sub"] }], ev)).toEqual([{ tool: "net", sub: "user" }, {}, {}]);
    expect(run([rex("(?<w>\\w+)", { field: "cmd", max_match: "0" }), { kind: "Table", fields: ["w"] }], ev.slice(0, 1))).toEqual([{ w: ["net", "user", "bob", "add"] }]);
    for (const options of [{ field: "cmd", mode: "sed" }, {}] as Record<string, string>[]) {
      expect(() => compileMatcher(ruleOf(TRUE, [rex("(?<x>a)", options)]))).toThrowError(RuleError);
    }
  });

  it("spath: no-op on JSON rows, path/output copy, input= parses a JSON text field", () => {
    const spath = (args: string[], options: Record<string, string>): Stage => ({ kind: "Command", name: "spath", text: "", args, options });
    const ev = [{ userIdentity: { arn: "arn:x" }, log: '{"a":{"b":[1,2]},"c":"d"}' }, { log: "<xml/>" }];
    expect(run([spath([], {}), { kind: "Table", fields: ["userIdentity.arn"] }], ev.slice(0, 1))).toEqual([{ "userIdentity.arn": "arn:x" }]);
    expect(run([spath(["userIdentity.arn"], { output: "user" }), { kind: "Table", fields: ["user"] }], ev)).toEqual([{ user: "arn:x" }, {}]);
    expect(run([spath([], { input: "log" }), { kind: "Table", fields: ["a.b{}", "c"] }], ev)).toEqual([{ "a.b{}": ["1", "2"], c: "d" }, {}]);
    expect(run([spath([], { input: "log", path: "a.b{}", output: "bs" }), { kind: "Table", fields: ["bs"] }], ev)).toEqual([{ bs: ["1", "2"] }, {}]);
  });

  it("mvexpand: one row per value; rows without the field are dropped", () => {
    const ev = [{ a: "x", ips: ["1", "2", "3"] }, { a: "y" }];
    const mvexpand = (options: Record<string, string>): Stage => ({ kind: "Command", name: "mvexpand", text: "", args: ["ips{}"], options });
    expect(run([mvexpand({}), { kind: "Table", fields: ["a", "ips{}"] }], ev)).toEqual([{ a: "x", "ips{}": "1" }, { a: "x", "ips{}": "2" }, { a: "x", "ips{}": "3" }]);
    expect(run([mvexpand({ limit: "2" }), { kind: "Table", fields: ["ips{}"] }], ev)).toHaveLength(2);
  });

  it("Command stages are refused at compile time with backend/unsupported", () => {
    const rule = ruleOf(TRUE, [{ kind: "Command", name: "lookup", text: "lookup x", args: ["x"], options: {}, pos: { line: 3, column: 5 } }]);
    try {
      compileMatcher(rule);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleError);
      expect((e as RuleError).diagnostics[0]).toMatchObject({ code: "backend/unsupported", line: 3, column: 5 });
      expect((e as RuleError).message).toContain("lookup");
    }
  });
});
