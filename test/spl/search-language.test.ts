import { describe, expect, it } from "vitest";
import { SplParser } from "../../src/spl/index.js";
import { codes, detection, m, mcs, spl } from "./helpers.js";

const ex = (path: string) => ({ kind: "Exists", field: { kind: "Field", path } });

describe("SPL search precedence", () => {
  it("binds OR tighter than implicit AND: a=1 b=2 OR b=3 is a=1 AND (b=2 OR b=3)", () => {
    const { rule } = spl("a=1 b=2 OR b=3");
    expect(rule!.filter).toEqual({ kind: "And", children: [m("a", "1"), { kind: "Or", children: [m("b", "2"), m("b", "3")] }] });
  });

  it("binds OR tighter than explicit AND too", () => {
    const { rule } = spl("a=1 AND b=2 OR b=3");
    expect(rule!.filter).toEqual({ kind: "And", children: [m("a", "1"), { kind: "Or", children: [m("b", "2"), m("b", "3")] }] });
  });

  it("lets parentheses override it", () => {
    const { rule } = spl("(a=1 b=2) OR b=3");
    expect(rule!.filter).toEqual({ kind: "Or", children: [{ kind: "And", children: [m("a", "1"), m("b", "2")] }, m("b", "3")] });
  });

  it("applies NOT to one operand only", () => {
    const { rule } = spl("NOT a=1 b=2");
    expect(rule!.filter).toEqual({ kind: "And", children: [{ kind: "Not", child: m("a", "1") }, m("b", "2")] });
  });

  it("treats lower-case or/and as terms, not operators", () => {
    const { rule } = spl("a=1 or b=2");
    expect(rule!.filter).toMatchObject({ kind: "And", children: [m("a", "1"), { kind: "Keyword", scope: "raw" }, m("b", "2")] });
  });

  it("in where, AND binds tighter than OR (usual precedence)", () => {
    const { rule } = spl('x | where a="p" OR b="q" AND c="r"');
    const stage = rule!.filter;
    expect(stage).toEqual({
      kind: "And",
      children: [
        { kind: "Keyword", pattern: { parts: [{ wildcard: "*" }, "x", { wildcard: "*" }] }, caseSensitive: false, scope: "raw" },
        { kind: "Or", children: [mcs("a", "p"), { kind: "And", children: [mcs("b", "q"), mcs("c", "r")] }] },
      ],
    });
  });

  it("in eval, * binds tighter than +, and comparison tighter than NOT", () => {
    const r = new SplParser().parsePipeline("| eval x=1+2*3, y=NOT a=1");
    const [x, y] = r.value!.commands[0]!.assignments!;
    expect(x!.expr).toMatchObject({ kind: "Binary", op: "+", right: { kind: "Binary", op: "*" } });
    expect(y!.expr).toMatchObject({ kind: "Unary", op: "NOT", operand: { kind: "Binary", op: "=" } });
  });
});

describe("SPL search values", () => {
  it("reads \\\" inside a bare word as a literal quote, with * wildcards around", () => {
    const { rule } = spl('f=*\\"hostNetwork\\":true*');
    expect(rule!.filter).toEqual(m("f", "*", '"hostNetwork":true', "*"));
  });

  it("reads \\\\ as one backslash and keeps other backslashes", () => {
    const { rule } = spl('p="C:\\\\Windows\\\\*" q=C:\\temp');
    expect(rule!.filter).toEqual({ kind: "And", children: [m("p", "C:\\Windows\\", "*"), m("q", "C:\\temp")] });
  });

  it("accepts quoted field names", () => {
    const { rule } = spl('"objectRef.resource"=services "user.groups{}"="system:unauthenticated"');
    expect(rule!.filter).toEqual({
      kind: "And",
      children: [m("objectRef.resource", "services"), { ...m("user.groups", "system:unauthenticated"), field: { kind: "Field", path: "user.groups", written: "user.groups{}" } }],
    });
  });

  it("keeps dots, slashes and {} in field names", () => {
    const { rule } = spl("requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration=* sourceIPs{}=10.*");
    expect(rule!.filter).toEqual({
      kind: "And",
      children: [
        ex("requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration"),
        { ...m("sourceIPs", "10.", "*"), field: { kind: "Field", path: "sourceIPs", written: "sourceIPs{}" } },
      ],
    });
  });

  it("translates f!=x as 'f exists and is not x', and NOT f=x as plain negation", () => {
    expect(spl("f!=x").rule!.filter).toEqual({ kind: "And", children: [ex("f"), { kind: "Not", child: m("f", "x") }] });
    expect(spl("NOT f=x").rule!.filter).toEqual({ kind: "Not", child: m("f", "x") });
  });

  it("compares numbers as text with = and numerically with < >", () => {
    expect(spl("code=403").rule!.filter).toEqual(m("code", "403"));
    expect(spl("count>5").rule!.filter).toEqual({ kind: "Compare", field: { kind: "Field", path: "count" }, op: "gt", value: 5, numeric: true });
    expect(spl("name<=m").rule!.filter).toEqual({ kind: "Compare", field: { kind: "Field", path: "name" }, op: "lte", value: "m", numeric: false });
  });

  it("reads IN lists (with * as exists)", () => {
    expect(spl('ns IN ("default", kube-system, *)').rule!.filter).toEqual({ kind: "Or", children: [m("ns", "default"), m("ns", "kube-system"), ex("ns")] });
  });

  it("reads bare terms and phrases as raw-text keywords; TERM/CASE directives", () => {
    const { rule } = spl('error "access denied" CASE(Fatal)');
    expect(rule!.filter).toEqual({
      kind: "And",
      children: [
        { kind: "Keyword", pattern: { parts: [{ wildcard: "*" }, "error", { wildcard: "*" }] }, caseSensitive: false, scope: "raw" },
        { kind: "Keyword", pattern: { parts: [{ wildcard: "*" }, "access denied", { wildcard: "*" }] }, caseSensitive: false, scope: "raw" },
        { kind: "Keyword", pattern: { parts: [{ wildcard: "*" }, "Fatal", { wildcard: "*" }] }, caseSensitive: true, scope: "raw" },
      ],
    });
  });

  it("accepts an explicit leading search keyword", () => {
    expect(spl("search a=1 b=2 | stats count").rule!.filter).toEqual({ kind: "And", children: [m("a", "1"), m("b", "2")] });
    expect(spl("searching=1").rule!.filter).toEqual(m("searching", "1"));
  });

  it("skips ``` comments ```", () => {
    const { rule, diagnostics } = spl("a=1 ```the comment | with a pipe``` b=2");
    expect(codes(diagnostics)).toEqual([]);
    expect(rule!.filter).toEqual({ kind: "And", children: [m("a", "1"), m("b", "2")] });
  });

  it("parses subsearches and keeps them as a search Command stage", () => {
    const { rule, diagnostics } = spl("a=1 [search b=2 | fields c] d=3");
    expect(rule!.filter).toEqual({ kind: "And", children: [m("a", "1"), m("d", "3")] });
    expect(rule!.pipeline[0]).toMatchObject({ kind: "Command", name: "search", text: "[search b=2 | fields c]" });
    expect(codes(diagnostics)).toEqual(["spl/unsupported-command"]);
  });

  it("lifts index/source/sourcetype to the log source, and marks nested ones as metadata", () => {
    const { rule } = spl("index=main (sourcetype=a OR sourcetype=b) user=x (source=s OR user=y)");
    expect(rule!.logsource).toEqual({ splunk: { index: ["main"], sourcetype: ["a", "b"] } });
    expect(rule!.filter).toEqual({
      kind: "And",
      children: [m("user", "x"), { kind: "Or", children: [{ ...m("source", "s"), field: { kind: "Field", path: "source", metadata: true } }, m("user", "y")] }],
    });
  });
});

describe("spl/syntax", () => {
  it("reports the line and column of the error inside a detection's YAML search", () => {
    const text = "name: Broken\nid: x\nsearch: 'a=1\n  | stats count by (b'\n";
    const r = detectionText(text);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["spl/syntax", 4, 22]]);
    expect(r.diagnostics[0]!.message).toMatch(/^unexpected end of search/);
  });

  it("reports unbalanced brackets at the end of the search", () => {
    const { diagnostics } = spl("a=1 [search b=2");
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["spl/syntax", 1, 16]]);
  });

  it("never throws on garbage", () => {
    for (const bad of ["|", "| where", "a=", "((", '"unterminated', "| eval x=", "]", "| stats count by", "`"]) {
      expect(() => spl(bad)).not.toThrow();
    }
  });

  it("gives positions in a real detection too (fixture)", () => {
    const { diagnostics } = detection("detect_f5_tmui_rce_cve_2020_5902");
    expect(codes(diagnostics)).toEqual([]);
  });
});

import { loadSplunkDetectionText } from "../../src/spl/index.js";
function detectionText(text: string) {
  return loadSplunkDetectionText(text, { file: "x.yml" });
}

describe("time range modifiers", () => {
  it("keeps earliest=/latest= out of the filter (a search Command stage), never as event fields", () => {
    const { rule, diagnostics } = spl("a=1 earliest=-24h latest=now");
    expect(rule!.filter).toEqual(m("a", "1"));
    expect(rule!.pipeline[0]).toMatchObject({ kind: "Command", name: "search", text: "earliest=-24h latest=now" });
    expect(diagnostics.find((d) => d.code === "spl/unsupported-command")!.message).toMatch(/time range earliest=/);
  });
});
