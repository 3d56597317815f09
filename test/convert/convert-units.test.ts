import { describe, expect, it } from "vitest";
import * as build from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import type { Rule } from "../../src/ast/rule.js";
import type { ValueExpr } from "../../src/ast/value-expr.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { toSigma } from "../../src/backends/sigma/index.js";
import { attackTags, convertSplunkToSigma, levelFromRisk, likePattern, lookupCimField, splConditionToExpr, uuidV5 } from "../../src/convert/index.js";
import { gradeConversion } from "../../src/convert/classify.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { loadSigmaText } from "../../src/sigma/index.js";
import { createMacroTable, loadSplText } from "../../src/spl/index.js";

/** The corpus' log source macros, as security_content defines them. */
const macros = createMacroTable([
  { name: "sysmon", args: [], definition: "sourcetype=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational OR source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational" },
  { name: "wineventlog_security", args: [], definition: "eventtype=wineventlog_security OR Channel=security OR source=XmlWinEventLog:Security" },
  { name: "kube_audit", args: [], definition: 'source="kubernetes"' },
  { name: "security_content_summariesonly", args: [], definition: "summariesonly=false allow_old_summaries=true" },
  { name: "drop_dm_object_name", args: ["object"], definition: 'rename $object$.* AS *' },
  { name: "security_content_ctime", args: ["field"], definition: "convert timeformat=\"%Y-%m-%dT%H:%M:%S\" ctime($field$)" },
]);

function spl(search: string): Rule {
  const r = loadSplText(search, { macros });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.rules[0]!;
}

function convert(search: string) {
  const out = toSigma(spl(search));
  const back = loadSigmaText(out.yaml);
  expect(back.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { ...out, back: back.rules, codes: out.report.map((d) => d.code) };
}

const lit = (value: string | number): ValueExpr => ({ kind: "Literal", value });
const fv = (name: string): ValueExpr => ({ kind: "FieldValue", field: build.field(name) });

describe("SPL where conditions -> predicates (eval semantics)", () => {
  it("`=` is a case-sensitive match, `!=` needs the field", () => {
    expect(stripPositions(splConditionToExpr({ kind: "Binary", op: "=", left: fv("a"), right: lit("X") }))).toEqual(stripPositions(build.match(build.field("a"), "X", true)));
    expect(stripPositions(splConditionToExpr({ kind: "Binary", op: "!=", left: fv("a"), right: lit("X") }))).toEqual(stripPositions(build.existsAndNot(build.field("a"), build.match(build.field("a"), "X", true))));
  });
  it("like, match, cidrmatch, isnull, lower()", () => {
    expect(likePattern("a%b_c\\%")).toEqual(["a", { wildcard: "*" }, "b", { wildcard: "?" }, "c%"]);
    expect(splConditionToExpr({ kind: "Call", name: "match", args: [fv("a"), lit("(?i)^x")] })).toMatchObject({ kind: "Regex", pattern: "^x", flags: { i: true } });
    expect(splConditionToExpr({ kind: "Call", name: "cidrmatch", args: [lit("10.0.0.0/8"), fv("ip")] })).toMatchObject({ kind: "Cidr", cidr: "10.0.0.0/8" });
    expect(splConditionToExpr({ kind: "Call", name: "isnull", args: [fv("a")] })).toMatchObject({ kind: "Not", child: { kind: "Exists" } });
    expect(splConditionToExpr({ kind: "Binary", op: "=", left: { kind: "Call", name: "lower", args: [fv("a")] }, right: lit("x") })).toMatchObject({ kind: "Match", caseSensitive: false });
    expect(splConditionToExpr({ kind: "Binary", op: "=", left: { kind: "Call", name: "lower", args: [fv("a")] }, right: lit("X") })).toEqual(build.FALSE);
  });
  it("NOT requires the compared field; arithmetic has no predicate form", () => {
    const e = splConditionToExpr({ kind: "Unary", op: "NOT", operand: { kind: "Binary", op: "=", left: fv("a"), right: lit("x") } })!;
    const m = compileMatcher({ ...spl("x=1"), filter: e, pipeline: [] });
    expect([m.match({ a: "y" }), m.match({}), m.match({ a: "x" })]).toEqual([true, false, false]);
    expect(splConditionToExpr({ kind: "Binary", op: ">", left: { kind: "Binary", op: "+", left: fv("a"), right: lit(1) }, right: lit(2) })).toBeUndefined();
  });
});

describe("Splunk -> Sigma", () => {
  it("a sysmon search: log source from the macro, no source/sourcetype left in the detection", () => {
    const out = convert("`sysmon` EventCode=1 Image=*\\\\whoami.exe | table Image CommandLine");
    expect(out.yaml).toContain("logsource:\n    product: windows\n    service: sysmon\n");
    expect(out.yaml).not.toMatch(/sourcetype|XmlWinEventLog/);
    expect(out.yaml).toContain("Image|endswith: \\whoami.exe");
    expect(out.yaml).toContain("fields:\n    - Image\n    - CommandLine\n");
    expect(gradeConversion(out.report, true)).toBe("formatting");
  });
  it("wineventlog_security's OR with Channel is the log source, not a condition", () => {
    const out = convert("`wineventlog_security` EventCode=4688");
    expect(out.yaml).toContain("service: security");
    expect(out.yaml).not.toContain("Channel");
    expect(out.codes).toEqual([]);
  });
  it("where: case-sensitive values become |cased, keeping SPL's hits", () => {
    const rule = spl('`kube_audit` verb=create | where user.username="Admin"');
    const out = convert('`kube_audit` verb=create | where user.username="Admin"');
    expect(out.yaml).toContain("user.username|cased: Admin");
    const evs = [{ verb: "create", user: { username: "Admin" } }, { verb: "CREATE", user: { username: "admin" } }, { verb: "create" }];
    const a = compileMatcher(rule), b = compileMatcher(out.back[0]!);
    expect(evs.map((e) => b.match(e))).toEqual(evs.map((e) => a.match(e)));
  });
  it("a threshold becomes base rule + event_count correlation referencing it", () => {
    const out = convert("`kube_audit` verb=create | bucket _time span=5m | stats count by user.username | where count > 10");
    expect(out.rules).toHaveLength(2);
    expect(out.back.map((r) => r.ruleType)).toEqual(["detection", "correlation"]);
    const corr = out.back[1]!.correlation!;
    expect(corr).toMatchObject({ type: "event_count", groupBy: ["user.username"], timespan: "5m", conditions: [{ op: "gt", value: 10 }] });
    expect(corr.rules).toEqual([out.back[0]!.meta.id ?? out.back[0]!.meta.name]); // a raw search has no id: by name
    expect(out.codes).toContain("convert/correlation");
    expect(gradeConversion(out.report, true)).toBe("partial");
  });
  it("the correlation fires for the same groups as the SPL threshold (events inside one window)", async () => {
    const { compileMatchers } = await import("../../src/backends/matcher/index.js");
    const search = "`kube_audit` verb=create | stats count by user.username | where count > 2";
    const out = convert(search);
    const t0 = Date.parse("2024-01-01T00:00:00Z");
    const users = ["alice", "alice", "alice", "bob", "bob", "carol", "carol", "carol", "carol", "dave"];
    const evs = users.map((u, i) => ({ verb: i === 9 ? "get" : "create", user: { username: u }, requestReceivedTimestamp: new Date(t0 + i * 60_000).toISOString() }));
    const splRows = [...compileMatcher(spl(search)).run(evs)] as Record<string, unknown>[];
    const { matchers } = compileMatchers(out.back);
    const sigmaRows = [...matchers[1]!.run(evs)] as Record<string, unknown>[];
    expect(sigmaRows.map((r) => r["user.username"]).sort()).toEqual(splRows.map((r) => r["user.username"]).sort());
    expect(splRows.map((r) => r["user.username"]).sort()).toEqual(["alice", "carol"]);
  });
  it("dc() thresholds become value_count, with the default window when no span is given", () => {
    const out = convert("`kube_audit` verb=list | stats dc(objectRef.namespace) as ns by user.username | where ns >= 3");
    expect(out.back[1]!.correlation).toMatchObject({ type: "value_count", field: ["objectRef.namespace"], timespan: "60m", conditions: [{ op: "gte", value: 3 }] });
  });
  it("tstats over Endpoint.Processes: process_creation with CIM names mapped to the Sigma taxonomy", () => {
    const out = convert("| tstats `security_content_summariesonly` count from datamodel=Endpoint.Processes where Processes.process_name=whoami.exe Processes.process=*/all* by Processes.dest Processes.user | `drop_dm_object_name(Processes)` | `security_content_ctime(firstTime)`");
    expect(out.yaml).toContain("category: process_creation");
    expect(out.yaml).toContain("CommandLine|contains: /all");
    expect(out.yaml).toMatch(/Image\|endswith:\n\s+- \\whoami\.exe\n\s+- \/whoami\.exe/);
    expect(out.yaml).toContain("fields:\n    - Computer\n    - User\n");
    expect(lookupCimField("Endpoint.Processes", "Processes.parent_process_name")).toEqual({ kind: "mapped", mapping: { sigma: "ParentImage", basename: true } });
  });
  it("a condition on a by-field after stats joins the base filter (same groups); | regex becomes |re", () => {
    const search = '`kube_audit` verb=create | stats count by user.username objectRef.namespace | search objectRef.namespace!="kube-system" | regex user.username="^system:"';
    const out = convert(search);
    expect(out.yaml).toContain("user.username|re: '^system:'");
    expect(out.yaml).toContain("objectRef.namespace|exists: true");
    const evs = [
      { verb: "create", user: { username: "system:a" }, objectRef: { namespace: "default" } },
      { verb: "create", user: { username: "system:b" }, objectRef: { namespace: "kube-system" } },
      { verb: "create", user: { username: "bob" }, objectRef: { namespace: "default" } },
      { verb: "create", user: { username: "system:c" } },
    ];
    const rows = [...compileMatcher(spl(search)).run(evs)] as Record<string, unknown>[];
    const m = compileMatcher(out.back[0]!);
    expect(evs.filter((e) => m.match(e)).map((e) => e.user.username)).toEqual(rows.map((r) => r["user.username"]));
  });
  it("lookups and conditions on their output are dropped and reported", () => {
    const out = convert("`kube_audit` verb=create | lookup admins user.username OUTPUT is_admin | where is_admin!=1");
    expect(out.codes.filter((c) => c === "convert/dropped")).toHaveLength(2);
    expect(gradeConversion(out.report, true)).toBe("partial");
  });
  it("a search with only a log source cannot be a Sigma detection", () => {
    expect(() => toSigma(spl("`kube_audit` | stats count by verb"))).toThrowError(RuleError);
  });
  it("is registered as the `sigma` and `spl` conversion targets", async () => {
    const { findTarget } = await import("../../src/api/registry.js");
    const rule = spl("`kube_audit` verb=create objectRef.resource=pods | table verb");
    const sigma = findTarget("sigma")!.convert(rule, {});
    expect(sigma.extension).toBe("yml");
    expect(sigma.output).toContain("service: audit");
    expect(sigma.diagnostics.map((d) => d.code)).toEqual(["convert/output-formatting"]);
    const back = loadSigmaText(sigma.output).rules[0]!;
    expect(findTarget("spl")!.convert(back, {}).output).toBe('`kube_audit` verb="create" objectRef.resource="pods"');
  });
  it("metadata: stable v5 ids, ATT&CK tags with tactics, level from risk", () => {
    expect(uuidV5("x")).toBe(uuidV5("x"));
    expect(uuidV5("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5("hello", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("9342d47a-1bab-5709-9869-c840b2eac501");
    expect(attackTags(["T1059.001", "T1204"])).toEqual(["attack.execution", "attack.t1059.001", "attack.t1204"]);
    expect(levelFromRisk({ riskScore: 49 } as never)).toBe("medium");
    expect(levelFromRisk({ impact: 90, confidence: 100 } as never)).toBe("critical");
  });
  it("the converter's report positions point into the detection file", () => {
    const r = convertSplunkToSigma(spl("`kube_audit` verb=create | rename verb as v"));
    expect(r.report[0]).toMatchObject({ code: "convert/output-formatting", line: 1 });
  });
});
