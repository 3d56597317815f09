import { describe, expect, it } from "vitest";
import { and, exists, field, match, not, or } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { linesOfText, planRun, runMatchers, type RunResult } from "../../src/run/index.js";
import { RuleDispatch } from "../../src/run/dispatch.js";
import { FieldWalk } from "../../src/run/field-walk.js";
import { ruleOf } from "../matcher/helpers.js";

const meta = (id: string) => ({ id, title: id, tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} });

// Filters with and without dispatch keys (And/Or of exact matches, case-(in)sensitive, non-ASCII literal, numbers).
const filters: Record<string, Expr> = {
  createPods: and([match(field("verb"), "create", false), match(field("objectRef.resource"), "pods", false)]),
  secretsWrite: and([match(field("objectRef.resource"), "secrets", false), or([match(field("verb"), "create", false), match(field("verb"), "delete", false)])]),
  deniedCodes: or([match(field("responseStatus.code"), "401", false), match(field("responseStatus.code"), "403", false)]),
  casedVerb: and([match(field("verb"), "Patch", true), exists(field("objectRef"))]),
  nonAsciiLiteral: and([match(field("verb"), "ſtart", false)]),
  notCreate: and([not(match(field("verb"), "create", false)), match(field("objectRef.resource"), "pods", false)]),
  nestedAnd: and([and([match(field("user.name"), "admin", false)]), match(field("verb"), "get", false)]),
  mixedOr: or([match(field("verb"), "list", false), match(field("objectRef.resource"), "nodes", false)]),
};

const events = [
  { verb: "create", objectRef: { resource: "pods" } },
  { verb: "CREATE", objectRef: { resource: "Pods" } },
  { verb: ["get", "create"], objectRef: [{ resource: "configmaps" }, { resource: "pods" }] },
  { verb: "create", "objectRef.resource": "pods" },
  { verb: "delete", objectRef: { resource: "\u017Fecrets" } }, // ſ folds to s (Unicode simple case folding)
  { verb: "\u212Areate", objectRef: { resource: "pods" } }, // Kelvin sign folds to k... not to c: no hit
  { verb: "\u017Ftart" },
  { verb: "\u017FTART" },
  { verb: "start" },
  { verb: "Patch", objectRef: { resource: "x" } },
  { verb: "patch", objectRef: { resource: "x" } },
  { responseStatus: { code: 403 } },
  { responseStatus: { code: "401" } },
  { responseStatus: { code: 200 } },
  { verb: "get", objectRef: { resource: "pods" }, user: { name: "ADMIN" } },
  { verb: true, objectRef: { resource: null } },
  { objectRef: { resource: "nodes" } },
  { verb: "LIST" },
  {},
];

describe("rule dispatch", () => {
  const rules = Object.entries(filters).map(([id, f]) => ruleOf(f, [], { meta: meta(id) }));
  const plan = planRun(rules);

  it("few-fields: whole-value clauses on the (at most three) fields that gate the most rules", () => {
    const d = new RuleDispatch(rules, rules.map(() => true), { strategy: "few-fields" });
    const need = Object.fromEntries(rules.map((r, i) => [r.meta.id, d.need[i]]));
    // verb gates most rules, then objectRef.resource, then responseStatus.code; an Or over two fields gates nothing.
    expect(need.createPods).toBe(1);
    expect(need.secretsWrite).toBe(1);
    expect(need.deniedCodes).toBe(1);
    expect(need.mixedOr).toBe(0);
    const routed = (event: unknown) => [...d.candidates.subarray(0, d.route(event))].map((i) => rules[i]!.meta.id);
    // Every value of an Or list is a key: `delete` (upper case) still finds secretsWrite.
    expect(routed({ verb: "DELETE", objectRef: { resource: "secrets" } })).toContain("secretsWrite");
    expect(routed({ verb: "Create", objectRef: { resource: "secrets" } })).toContain("secretsWrite");
    expect(routed({ verb: "watch", objectRef: { resource: "secrets" } })).not.toContain("secretsWrite");
    // Both keys are checked: `create` on another resource does not make createPods a candidate.
    expect(routed({ verb: "create", objectRef: { resource: "secrets" } })).not.toContain("createPods");
    expect(routed({ verb: "create", objectRef: { resource: "PODS" } })).toContain("createPods");
  });

  it("gates rules on the literals their filter requires", () => {
    const d = new RuleDispatch(rules, rules.map(() => true));
    const need = Object.fromEntries(rules.map((r, i) => [r.meta.id, d.need[i]]));
    expect(need.createPods).not.toBe(0);
    expect(need.deniedCodes).not.toBe(0);
    // `Not` alone gives no condition; the pod resource beside it does. A non-ASCII literal keeps its ASCII run (`tart`).
    expect(need.notCreate).not.toBe(0);
    expect(need.nonAsciiLiteral).not.toBe(0);
    const routed = (event: unknown) => {
      const n = d.route(event);
      return [...d.candidates.subarray(0, n)].map((i) => rules[i]!.meta.id);
    };
    expect(routed({ verb: "get", objectRef: { resource: "secrets" } })).not.toContain("createPods");
    expect(routed({ verb: "CREATE", objectRef: { resource: "Pods" } })).toContain("createPods");
    // `mixedOr` is gated on either of its fields' values.
    expect(routed({ verb: "watch" })).not.toContain("mixedOr");
    expect(routed({ objectRef: { resource: "NODES" } })).toContain("mixedOr");
  });

  it.each(["few-fields", "selective"] as const)("selects exactly what every rule's own match selects (%s)", async (route) => {
    const text = events.map((e) => JSON.stringify(e)).join("\n");
    const got: RunResult[] = [];
    for await (const r of runMatchers(plan.matchers, linesOfText(text), { matchesOnly: true, route })) got.push(r);
    const want: RunResult[] = [];
    events.forEach((e, n) => {
      for (const m of plan.matchers) if (m.match(JSON.parse(JSON.stringify(e)))) want.push({ rule: m.id, title: m.title, line: n + 1 });
    });
    expect(got).toEqual(want);
    // The Unicode folds really are hits (the dispatch must not rule them out).
    expect(got).toContainEqual({ rule: "secretsWrite", title: "secretsWrite", line: 5 });
    expect(got).toContainEqual({ rule: "nonAsciiLiteral", title: "nonAsciiLiteral", line: 9 });
    expect(got).toContainEqual({ rule: "deniedCodes", title: "deniedCodes", line: 12 });
    expect(got).toContainEqual({ rule: "createPods", title: "createPods", line: 4 });
    expect(got.filter((r) => r.rule === "casedVerb")).toEqual([{ rule: "casedVerb", title: "casedVerb", line: 10 }]);
  });
});

describe("whole-value keys are skipped by length", () => {
  it("lower-casing keeps a code point's UTF-16 length, except U+0130 (whose result is not ASCII)", () => {
    const changed: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase().length !== s.length) changed.push(c);
    }
    expect(changed).toEqual([0x130]);
    expect(/^[\x00-\x7f]*$/.test("\u0130".toLowerCase())).toBe(false);
  });
});

describe("field walk code generation", () => {
  it("keeps hostile field names as data: quotes, backslashes, line separators, code", () => {
    const hostile = ['a"]);globalThis.__rulecastPwned=1;//', "b\\\"c", "d\u2028e\u2029f", "</script><script>x</script>", "`${globalThis.__rulecastPwned=2}`", "constructor", "__proto__"];
    // Few keys (looked up one by one) and many (a map over the object's keys): both generated paths.
    for (const names of [hostile, [...hostile, ...Array.from({ length: 20 }, (_, i) => `k${i}`)]]) {
      const walk = new FieldWalk(names);
      const seen: [number, unknown][] = [];
      const event: Record<string, unknown> = {};
      names.forEach((n, i) => Object.defineProperty(event, n, { value: `v${i}`, enumerable: true }));
      walk.walk(event, { value: (f, v) => seen.push([f, v]) });
      expect((globalThis as Record<string, unknown>).__rulecastPwned).toBeUndefined();
      expect(seen.sort((x, y) => x[0] - y[0])).toEqual(names.map((_, i) => [i, `v${i}`]));
      // Inherited keys are not values: a plain object has no `constructor` or `__proto__` field.
      const none: unknown[] = [];
      walk.walk({}, { value: (f, v) => none.push([f, v]) });
      expect(none).toEqual([]);
    }
  });
});
