import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as b from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import type { Rule } from "../../src/ast/rule.js";
import { loadSigmaText, parseTimespan, resolveRuleReferences } from "../../src/sigma/index.js";
import { expectDiagnostic, loadOne, ruleWith } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sigma/${name}`, import.meta.url), "utf8");
const m = (field: string, v: Parameters<typeof b.match>[1]) => b.match(b.field(field), v, false);

describe("correlation rules (the specification's examples)", () => {
  it.each([
    ["event_count", "1h", 3_600_000, [{ op: "gte", value: 100 }], undefined, ["ComputerName"]],
    ["value_count", "1d", 86_400_000, [{ op: "gte", value: 100 }], ["User"], ["ComputerName", "WorkstationName"]],
    ["temporal", "5m", 300_000, [{ op: "gte", value: 3 }], undefined, ["ComputerName", "User"]],
    ["temporal_ordered", "5m", 300_000, [{ op: "gte", value: 3 }], undefined, ["ComputerName", "User"]],
    ["value_sum", "1h", 3_600_000, [{ op: "gt", value: 1_000_000 }], ["bytes_sent"], ["SourceIP", "User"]],
    ["value_avg", "24h", 86_400_000, [{ op: "gt", value: 500 }], ["BytesOut"], ["SourceIP", "User"]],
    ["value_percentile", "24h", 86_400_000, [{ op: "lte", value: 1 }], ["Image"], ["ComputerName"]],
  ])("%s", (type, timespan, ms, conditions, field, groupBy) => {
    const rule = loadOne(fixture(`spec/correlation/${type}.yml`));
    expect(rule.ruleType).toBe("correlation");
    expect(stripPositions(rule.filter)).toEqual(b.TRUE);
    expect(rule.correlation).toMatchObject({ kind: "Correlation", type, timespan, timespanMs: ms, conditions, groupBy, generate: false });
    expect(rule.correlation!.field).toEqual(field);
    expect(rule.correlation!.rules.length).toBeGreaterThan(0);
  });

  it("ranges, aliases and generate", () => {
    const rule = loadOne(`title: Range
correlation:
    type: event_count
    rules:
        - internal_error
        - new_network_connection
    aliases:
        ip:
            internal_error: destination.ip
            new_network_connection: source.ip
    group-by:
        - ip
    timespan: 10s
    condition:
        gt: 100
        lte: 200
generate: true
`);
    expect(rule.correlation).toMatchObject({
      conditions: [{ op: "gt", value: 100 }, { op: "lte", value: 200 }],
      aliases: { ip: { internal_error: "destination.ip", new_network_connection: "source.ip" } },
      groupBy: ["ip"], timespanMs: 10_000, generate: true,
    });
  });

  it("value_median converts but is not in the v2.1 schema", () => {
    const text = `title: Median\ncorrelation:\n    type: value_median\n    rules: [a_rule]\n    group-by: [host]\n    timespan: 1h\n    condition:\n        field: bytes\n        gt: 10\n`;
    const { rules, diagnostics } = loadSigmaText(text, { file: "m.yml" });
    expect(rules[0]!.correlation).toMatchObject({ type: "value_median", field: ["bytes"] });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["sigma/schema", 3]]);
  });

  it("timespans", () => {
    expect([parseTimespan("30s"), parseTimespan("90m"), parseTimespan("2h"), parseTimespan("1d"), parseTimespan("1w")]).toEqual([30_000, 5_400_000, 7_200_000, 86_400_000, 604_800_000]);
    expect([parseTimespan("5M"), parseTimespan("m"), parseTimespan("1.5h"), parseTimespan("0s")]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each([
    ["type: nope\n    rules: [a]\n    group-by: [x]\n    timespan: 1h\n    condition:\n        gte: 1", "unknown correlation type"],
    ["type: event_count\n    rules: [a]\n    group-by: [x]\n    timespan: 1 hour\n    condition:\n        gte: 1", "timespan"],
    ["type: event_count\n    rules: [a]\n    group-by: [x]\n    timespan: 1h", "needs a `condition`"],
    ["type: value_count\n    rules: [a]\n    group-by: [x]\n    timespan: 1h\n    condition:\n        gte: 1", "condition.field"],
    ["type: event_count\n    rules: [a]\n    group-by: [x]\n    timespan: 1h\n    condition:\n        more: 1", "unknown condition"],
    ["type: event_count\n    group-by: [x]\n    timespan: 1h\n    condition:\n        gte: 1", "`rules`"],
  ])("invalid: %s", (body, message) => {
    const d = expectDiagnostic(`title: Bad\ncorrelation:\n    ${body}\n`, "sigma/invalid-correlation");
    expect(d.message).toContain(message);
  });
});

describe("filter rules", () => {
  const target = (id: string, product = "windows") => `title: Target ${id}
id: ${id}
logsource:
    product: ${product}
detection:
    sel:
        Image: x.exe
    condition: sel
`;
  const load = (...texts: string[]): Rule[] => texts.flatMap((t, i) => loadSigmaText(t, { file: `f${i}.yml` }).rules);

  it("reads the specification's example", () => {
    const rule = loadOne(fixture("spec/filter/filter_1.yml"));
    expect(rule.ruleType).toBe("filter");
    expect(rule.appliesTo).toEqual(["6f3e2987-db24-4c78-a860-b4f4095a7095", "df0841c0-9846-4e9f-ad8a-7df91571771b"]);
    expect(stripPositions(rule.filter)).toEqual(stripPositions(m("User", { parts: ["adm_", { wildcard: "*" }] })));
  });

  it("applies a filter as And(target, filterCondition), as pySigma does", () => {
    const filter = `title: Not on DCs
logsource:
    product: windows
filter:
    rules:
        - 6f3e2987-db24-4c78-a860-b4f4095a7095
    selection:
        ComputerName|startswith: DC-
    condition: not selection
`;
    const rules = load(target("6f3e2987-db24-4c78-a860-b4f4095a7095"), target("df0841c0-9846-4e9f-ad8a-7df91571771b"), filter);
    const { rules: resolved, diagnostics } = resolveRuleReferences(rules);
    expect(diagnostics).toEqual([]);
    expect(resolved).toHaveLength(3);
    expect(resolved[2]!.ruleType).toBe("filter");
    expect(stripPositions(resolved[0]!.filter)).toEqual(stripPositions(b.and([
      m("Image", "x.exe"), b.not(m("ComputerName", { parts: ["DC-", { wildcard: "*" }] })),
    ])));
    expect(resolved[1]).toBe(rules[1]); // not named: unchanged
  });

  it("`rules: any` applies to every rule of a covered log source; other log sources are left alone", () => {
    const filter = `title: All windows
logsource:
    product: windows
filter:
    rules: any
    selection:
        User: svc
    condition: not selection
`;
    const rules = load(target("6f3e2987-db24-4c78-a860-b4f4095a7095"), target("df0841c0-9846-4e9f-ad8a-7df91571771b", "linux"), filter);
    const { rules: resolved } = resolveRuleReferences(rules);
    expect(resolved[0]!.filter.kind).toBe("And");
    expect(resolved[1]).toBe(rules[1]);
  });

  it("an unknown target is a warning at the reference; an unknown correlation reference is an error", () => {
    const filter = `title: F\nlogsource:\n    product: windows\nfilter:\n    rules:\n        - missing_rule\n    sel:\n        a: 1\n    condition: not sel\n`;
    const corr = fixture("spec/correlation/temporal.yml");
    const { diagnostics } = resolveRuleReferences(load(filter, corr));
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([
      ["sigma/unresolved-reference", "error", "f1.yml", expect.any(Number)],
      ["sigma/unresolved-reference", "error", "f1.yml", expect.any(Number)],
      ["sigma/unresolved-reference", "error", "f1.yml", expect.any(Number)],
      ["sigma/unresolved-reference", "warning", "f0.yml", 6],
    ]);
  });

  it("correlations resolve rules by id or name", () => {
    const named = (name: string) => ruleWith(`    sel:\n        a: 1\n    condition: sel`).replace("id: 6f3e2987-db24-4c78-a860-b4f4095a7095", `name: ${name}`);
    const { diagnostics } = resolveRuleReferences(load(named("recon_cmd_a"), named("recon_cmd_b"), named("recon_cmd_c"), fixture("spec/correlation/temporal.yml")));
    expect(diagnostics).toEqual([]);
  });
});

describe("the rule test block", () => {
  it("maps tests: to meta.tests", () => {
    const rule = loadOne(ruleWith(`    sel:\n        a: 1\n    condition: sel`, "tests:\n    - name: fires\n      dataset: ../data/x.jsonl\n      expect: fire\n      count: 2\n      lines: [3, 7]\n    - name: quiet\n      dataset: y.jsonl\n      expect: no-fire\n"));
    expect(rule.meta.tests).toEqual([
      { name: "fires", dataset: "../data/x.jsonl", expect: "fire", count: 2, lines: [3, 7] },
      { name: "quiet", dataset: "y.jsonl", expect: "no-fire" },
    ]);
  });

  it.each([
    ["tests: yes\n", 11],
    ["tests:\n    - name: t\n      dataset: d\n      expect: maybe\n", 14],
    ["tests:\n    - name: t\n      dataset: d\n      expect: fire\n      lines: [0]\n", 15],
    ["tests:\n    - dataset: d\n      expect: fire\n", 12],
    ["tests:\n    - name: t\n      dataset: d\n      expect: fire\n      extra: 1\n", 15],
  ])("invalid: %s", (block, line) => {
    const d = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n    condition: sel`, block), "sigma/invalid-test");
    expect(d.line).toBe(line);
  });
});
