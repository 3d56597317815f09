import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { cidr, compare, exists, field, match, not, or, regex } from "../../src/ast/builders.js";
import { parseSigmaWildcards } from "../../src/ast/pattern.js";
import { loadRules } from "../../src/api/load-files.js";
import { parseRuleText } from "../../src/api/load.js";
import { esqlOfExpr, toEsql } from "../../src/backends/esql/index.js";
import { RuleError, type Diagnostic } from "../../src/diagnostics/index.js";
import { PROJECT_ROOT } from "./helpers.js";

describe("ES|QL filter expressions", () => {
  it("keeps NOT true on missing fields (three-valued logic) and quotes odd names", () => {
    expect(esqlOfExpr(not(match(field("a.b/c"), "x", true)))).toBe('NOT COALESCE(`a.b/c` == "x", FALSE)');
    expect(esqlOfExpr(or([exists(field("verb")), compare(field("code"), "gte", 400)]))).toBe("(verb IS NOT NULL OR TO_DOUBLE(code) >= 400)");
  });
  it("case-insensitive: exact RLIKE classes by default, TO_LOWER on request", () => {
    expect(esqlOfExpr(match(field("v"), parseSigmaWildcards("Ab*"), false))).toBe('v RLIKE "[Aa][Bb].*"');
    expect(esqlOfExpr(match(field("v"), parseSigmaWildcards("Ab*"), false), { caseInsensitive: "to-lower" })).toBe('TO_LOWER(v) LIKE "ab*"');
    expect(esqlOfExpr(match(field("v"), parseSigmaWildcards('a\\*"b?'), true))).toBe('v LIKE "a\\\\*\\"b?"');
  });
  it("regex, CIDR (IPv4 and IPv6)", () => {
    expect(esqlOfExpr(regex(field("cmd"), "^cmd\\.exe", { i: false }))).toBe('cmd RLIKE "cmd\\\\.exe.*"');
    // The text decides the family (IPv6 has a `:`): TO_IP maps IPv4 into ::ffff:0:0/96.
    expect(esqlOfExpr(cidr(field("ip"), "fe80::/10"))).toBe('(CIDR_MATCH(TO_IP(ip), "fe80::/10") AND ip LIKE "*:*")');
    expect(esqlOfExpr(cidr(field("ip"), "10.0.0.0/8"))).toBe('(CIDR_MATCH(TO_IP(ip), "10.0.0.0/8") AND NOT (ip LIKE "*:*"))');
    expect(esqlOfExpr(cidr(field("ip"), "::/0"), { ipFields: ["ip"] })).toBe('(CIDR_MATCH(TO_IP(ip), "::/0") AND NOT CIDR_MATCH(TO_IP(ip), "0.0.0.0/0"))');
  });
});

describe("ES|QL rules", () => {
  it("turns an SPL detection's pipeline into STATS/EVAL/RENAME", async () => {
    const loaded = await loadRules([join(PROJECT_ROOT, "rules/splunk/kubernetes_node_port_creation.yml")], { macros: join(PROJECT_ROOT, "rules/splunk/macros") });
    const ds: Diagnostic[] = [];
    const q = toEsql(loaded.rules[0]!, { diagnostics: ds });
    expect(q.split("\n")[0]).toBe("FROM logs-*");
    expect(q).toContain("| STATS count = COUNT(*), user_groups = VALUES(user.groups) BY kind, objectRef.name");
    expect(q).toContain("| EVAL user_groups = MV_SORT(user_groups)");
    expect(q).toContain("| RENAME sourceIPs AS src_ip, user.username AS user");
    expect(ds.map((d) => d.code)).toEqual(["backend/approximation"]);
  });

  it("writes event_count / value_count correlations and refuses temporal_ordered", () => {
    const text = `title: base
id: 11111111-1111-4111-8111-111111111111
name: failed_login
logsource: { product: windows, service: security }
detection: { sel: { EventID: 4625 }, condition: sel }
---
title: many failed logins
correlation:
  type: value_count
  rules: [failed_login]
  group-by: [ComputerName]
  timespan: 15m
  condition: { gte: 10, field: TargetUserName }
`;
    const rules = parseRuleText(text, { format: "sigma" }).rules;
    const corr = rules.find((r) => r.correlation)!;
    const q = toEsql(corr, { rules });
    expect(q).toBe([
      "FROM logs-*",
      'WHERE EventID == "4625"',
      "EVAL _window = DATE_TRUNC(15 minutes, @timestamp)",
      "STATS measure = COUNT_DISTINCT(TargetUserName) BY _window, ComputerName",
      "WHERE measure >= 10",
    ].join("\n| "));
    const ordered = { ...corr, correlation: { ...corr.correlation!, type: "temporal_ordered" as const } };
    expect(() => toEsql(ordered, { rules })).toThrow(RuleError);
  });
});
