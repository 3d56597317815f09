import { describe, expect, it } from "vitest";
import { field, match } from "../../src/ast/builders.js";
import type { Correlation } from "../../src/ast/correlation.js";
import type { Rule } from "../../src/ast/rule.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { RuleError } from "../../src/diagnostics/index.js";
import { ruleOf } from "./helpers.js";

const meta = (id: string, title = id) => ({ id, title, tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} });
const base = (id: string, verb: string): Rule => ruleOf(match(field("verb"), verb, false), [], { meta: meta(id) });
function correlation(c: Partial<Correlation> & Pick<Correlation, "type" | "rules" | "conditions">): Rule {
  const corr: Correlation = { kind: "Correlation", groupBy: ["user"], timespan: "1m", timespanMs: 60_000, generate: false, ...c };
  return ruleOf({ kind: "Const", value: true }, [], { ruleType: "correlation", correlation: corr, meta: meta("corr") });
}
const at = (sec: number, verb: string, user = "bob", extra: Record<string, unknown> = {}) => ({
  "@timestamp": new Date(Date.UTC(2026, 0, 1, 0, 0, sec)).toISOString(), verb, user, ...extra,
});

describe("correlations", () => {
  const creates = base("creates", "create");
  const deletes = base("deletes", "delete");
  const rules = [creates, deletes];

  it("event_count: fires when a group reaches the count inside the timespan", () => {
    const m = compileMatcher(correlation({ type: "event_count", rules: ["creates"], conditions: [{ op: "gte", value: 3 }] }), { rules });
    const events = [at(0, "create"), at(10, "create", "amy"), at(20, "create"), at(30, "get"), at(50, "create"), at(200, "create"), at(210, "create")];
    const rows = [...m.run(events)] as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user: "bob", measure: 3, events: 3, window_start: "2026-01-01T00:00:00.000Z", window_end: "2026-01-01T00:00:50.000Z" });
  });

  it("events outside the window do not count (the window slides)", () => {
    const m = compileMatcher(correlation({ type: "event_count", rules: ["creates"], conditions: [{ op: "gte", value: 2 }] }), { rules });
    expect([...m.run([at(0, "create"), at(61, "create"), at(200, "create")])]).toHaveLength(0);
    expect([...m.run([at(0, "create"), at(61, "create"), at(100, "create")])]).toHaveLength(1);
  });

  it("value_count counts distinct values; lt conditions are judged when the window closes", () => {
    const vc = compileMatcher(correlation({ type: "value_count", rules: ["creates"], field: ["ip"], conditions: [{ op: "gte", value: 2 }] }), { rules });
    expect([...vc.run([at(0, "create", "bob", { ip: "1" }), at(1, "create", "bob", { ip: "1" }), at(2, "create", "bob", { ip: "2" })])]).toMatchObject([{ user: "bob", measure: 2 }]);
    const few = compileMatcher(correlation({ type: "event_count", rules: ["creates"], conditions: [{ op: "lt", value: 2 }] }), { rules });
    expect([...few.run([at(0, "create"), at(1, "create"), at(5, "create", "amy"), at(500, "get")])]).toMatchObject([{ user: "amy", measure: 1 }]);
  });

  it("temporal and temporal_ordered", () => {
    const t = compileMatcher(correlation({ type: "temporal", rules: ["creates", "deletes"], conditions: [{ op: "gte", value: 2 }] }), { rules });
    expect([...t.run([at(0, "delete"), at(5, "create")])]).toHaveLength(1);
    const o = compileMatcher(correlation({ type: "temporal_ordered", rules: ["creates", "deletes"], conditions: [{ op: "gte", value: 2 }] }), { rules });
    expect([...o.run([at(0, "delete"), at(5, "create")])]).toHaveLength(0);
    expect([...o.run([at(0, "create"), at(5, "delete")])]).toHaveLength(1);
  });

  it("value_sum and aliases per rule", () => {
    const m = compileMatcher(correlation({
      type: "value_sum", rules: ["creates"], field: ["bytes"], groupBy: ["who"], aliases: { who: { creates: "user" } }, conditions: [{ op: "gt", value: 100 }],
    }), { rules });
    expect([...m.run([at(0, "create", "bob", { bytes: 60 }), at(1, "create", "bob", { bytes: "50" })])]).toMatchObject([{ who: "bob", measure: 110 }]);
  });

  it("bounded memory: the state limit stops the run with run/state-limit; unknown references are diagnostics", () => {
    const m = compileMatcher(correlation({ type: "event_count", rules: ["creates"], conditions: [{ op: "gte", value: 1000 }] }), { rules, stateLimit: 5 });
    const many = Array.from({ length: 10 }, (_, i) => at(i, "create", `u${i}`));
    expect(() => [...m.run(many)]).toThrow(/more than 5/);
    expect(() => compileMatcher(correlation({ type: "event_count", rules: ["nope"], conditions: [{ op: "gte", value: 1 }] }), { rules })).toThrow(RuleError);
  });
});
