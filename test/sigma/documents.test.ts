import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as b from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import { loadSigmaText } from "../../src/sigma/index.js";
import { expectDiagnostic, loadOne, ruleWith } from "./helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sigma/${name}`, import.meta.url), "utf8");
const m = (field: string, v: string) => b.match(b.field(field), v, false);

describe("multi-document files", () => {
  it("action: global is merged into each following document (SigmaHQ's win_remote_service)", () => {
    const { rules, diagnostics } = loadSigmaText(fixture("sigmahq/multi-document/win_remote_service.yml"), { file: "f.yml" });
    expect(rules).toHaveLength(2);
    expect(rules.map((r) => r.logsource.service)).toEqual(["security", "system"]);
    expect(rules.map((r) => r.meta.title)).toEqual(["Remote Service Creation", "Remote Service Creation"]);
    expect(rules.map((r) => r.document)).toEqual([1, 2]);
    expect(stripPositions(rules[1]!.filter)).toEqual(stripPositions(b.or([
      b.and([m("EventID", "4624"), m("Logon_Type", "3"), b.not(b.or([m("Source_Network_Address", "::1"), m("Source_Network_Address", "127.0.0.1")]))]),
      m("EventID", "7045"),
    ])));
    // Each rule's position spans its own document; problems in the global part are reported once.
    expect(rules[0]!.pos).toMatchObject({ line: 38, column: 2 });
    expect(rules[0]!.pos!.endLine).toBeLessThan(rules[1]!.pos!.line);
    const dateErrors = diagnostics.filter((d) => d.code === "sigma/schema" && d.message.includes("`date`"));
    expect(dateErrors).toHaveLength(1);
  });

  it("loads the other two SigmaHQ multi-document files or says why not", () => {
    const reimaging = loadSigmaText(fixture("sigmahq/multi-document/sysmon_process_reimaging.yml"), { file: "f.yml" });
    expect(reimaging.rules).toHaveLength(2);
    const apt29 = loadSigmaText(fixture("sigmahq/multi-document/win_apt_apt29_tor.yml"), { file: "f.yml" });
    expect(apt29.rules).toHaveLength(0);
    expect(apt29.diagnostics.some((d) => d.code === "sigma/deprecated-syntax" && d.severity === "error" && d.message.includes("near"))).toBe(true);
  });

  it("action: reset forgets the global part; action: repeat repeats the previous rule", () => {
    const text = [
      "action: global\ntitle: G\nlogsource:\n    product: p\ndetection:\n    a:\n        x: 1\n    condition: a",
      "logsource:\n    service: s1",
      "action: repeat\nlogsource:\n    service: s2",
      "action: reset",
      "title: R\nlogsource:\n    product: q\ndetection:\n    b:\n        y: 2\n    condition: b",
    ].join("\n---\n");
    const { rules, diagnostics } = loadSigmaText(text, { file: "f.yml" });
    expect(diagnostics).toEqual([]);
    expect(rules.map((r) => [r.meta.title, r.logsource.product, r.logsource.service])).toEqual([
      ["G", "p", "s1"], ["G", "p", "s2"], ["R", "q", undefined],
    ]);
  });

  it("an unknown action is reported", () => {
    expectDiagnostic("action: merge\ntitle: x\n", "yaml/not-a-mapping");
  });
});

describe("YAML problems", () => {
  it("duplicate keys, with the position of the second key", () => {
    const d = expectDiagnostic(ruleWith(`    sel:\n        a: 1\n        a: 2\n    condition: sel`), "yaml/duplicate-key");
    expect([d.line, d.column]).toEqual([9, 9]);
  });

  it("syntax errors; the other documents still load", () => {
    const text = `title: bad\ndetection: [unclosed\n---\n${ruleWith(`    sel:\n        a: 1\n    condition: sel`)}`;
    const { rules, diagnostics } = loadSigmaText(text, { file: "f.yml" });
    expect(rules).toHaveLength(1);
    expect(diagnostics.some((d) => d.code === "yaml/syntax" && d.line !== undefined)).toBe(true);
  });

  it("a document that is not a mapping", () => {
    expectDiagnostic("- a\n- b\n", "yaml/not-a-mapping");
  });

  it("keys that look like prototype properties are plain keys", () => {
    const rule = loadOne(ruleWith(`    sel:\n        __proto__: x\n        constructor: y\n    condition: sel`), { schema: false });
    expect(stripPositions(rule.filter)).toEqual(stripPositions(b.and([m("__proto__", "x"), m("constructor", "y")])));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("rule metadata", () => {
  it("reads every documented key and keeps the others in custom, with key positions", () => {
    const text = `title: T
id: 6f3e2987-db24-4c78-a860-b4f4095a7095
name: my_rule
related:
    - id: df0841c0-9846-4e9f-ad8a-7df91571771b
      type: derived
status: test
description: D
license: DRL-1.1
author: A
references:
    - https://example.org
date: 2024-01-02
modified: 2024-02-03
taxonomy: sigma
tags:
    - attack.t1059
logsource:
    product: kubernetes
    service: audit
    category: application
    definition: d
detection:
    sel:
        verb: create
    condition: sel
fields:
    - verb
falsepositives:
    - none
level: high
custom_key:
    nested: 1
`;
    const r = loadOne(text);
    expect(r.meta).toMatchObject({
      title: "T", id: "6f3e2987-db24-4c78-a860-b4f4095a7095", name: "my_rule", status: "test", description: "D",
      license: "DRL-1.1", author: "A", references: ["https://example.org"], date: "2024-01-02", modified: "2024-02-03",
      taxonomy: "sigma", tags: ["attack.t1059"], fields: ["verb"], falsepositives: ["none"], level: "high",
      related: [{ id: "df0841c0-9846-4e9f-ad8a-7df91571771b", type: "derived" }], custom: { custom_key: { nested: 1 } },
    });
    expect(r.logsource).toEqual({ product: "kubernetes", service: "audit", category: "application", definition: "d" });
    expect(r.meta.positions?.level).toEqual({ line: 31, column: 1, offset: expect.any(Number) });
    expect(r).toMatchObject({ kind: "Rule", ruleType: "detection", format: "sigma", file: "test.yml", pipeline: [] });
  });
});
