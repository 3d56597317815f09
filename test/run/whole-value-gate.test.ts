import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WholeValueGate } from "../../src/run/whole-value-gate.js";
import type { LiteralClause, RequiredLiteral } from "../../src/run/required-literals.js";
import { rcField } from "../../src/backends/matcher/runtime.js";

const FIELDS = ["verb", "objectRef.resource", "responseStatus.code"] as const;
const whole = (field: string, text: string): RequiredLiteral => ({ source: { field }, text, atStart: true, atEnd: true });

/** The reference: a clause holds when some value of its field equals one of its texts under RegExp `iu`. */
function clauseHolds(event: unknown, clause: LiteralClause): boolean {
  const field = (clause[0]!.source as { field: string }).field;
  let holds = false;
  rcField(field)(event, (v) => {
    const text = typeof v === "string" ? v : String(v);
    holds = clause.some((l) => new RegExp(`^${l.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "iu").test(text));
    return holds;
  });
  return holds;
}

function reference(chosen: readonly (readonly LiteralClause[] | undefined)[], event: unknown): number[] {
  const out: number[] = [];
  chosen.forEach((clauses, r) => {
    if (clauses !== undefined && clauses.every((c) => clauseHolds(event, c))) out.push(r);
  });
  return out;
}

function route(gate: WholeValueGate, event: unknown, n: number): number[] {
  const candidates = new Int32Array(n);
  return [...candidates.subarray(0, gate.route(event, undefined, candidates))];
}

// Keys (lower-case ASCII, as required literals are) and values that fold onto them or nearly.
const keyText = fc.constantFrom("create", "get", "pods", "secrets", "403", "401", "0", "true", "sk", "kelvin");
const valueText = fc.constantFrom("create", "CREATE", "Create", "get", "GET ", "pods", "Pods", "secrets", "ſecrets", "\u212Aelvin", "kelvin", "İ", "true", "s\u212A", "sk", "0", "-0");
const scalar = fc.oneof(valueText, fc.constantFrom(403, 401, 0, -0, 4.03e2, 1e21, true, false), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }));
const event = fc.record(
  {
    verb: value,
    objectRef: fc.oneof(fc.record({ resource: value }, { requiredKeys: [] }), fc.array(fc.record({ resource: value }), { maxLength: 2 })),
    "objectRef.resource": value,
    responseStatus: fc.record({ code: value }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const clauses = fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 3 }).chain((fields) =>
  fc.tuple(...fields.map((f) => fc.uniqueArray(keyText, { minLength: 1, maxLength: 3 }).map((texts) => texts.map((t) => whole(f, t))))),
);
// Rules that never match (`undefined`), are always candidates (no clause), or are gated.
const rule = fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 6, arbitrary: clauses });

describe("whole-value gate", () => {
  it("finds exactly the rules whose clauses all hold (fast-check, bit sets of one to three words)", () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 70 }), fc.array(event, { minLength: 1, maxLength: 8 }), (chosen, events) => {
        const gate = new WholeValueGate(chosen);
        for (const e of events) expect(route(gate, e, chosen.length)).toEqual(reference(chosen, e));
      }),
      { numRuns: 300 },
    );
  });

  it("uses every bit of a word, the sign bit included, and reports candidates ascending", () => {
    const chosen = Array.from({ length: 65 }, (_, r) => (r % 2 === 0 ? [[whole("verb", "create")]] : [[whole("verb", "get")]]));
    const gate = new WholeValueGate(chosen);
    expect(route(gate, { verb: "CREATE" }, 65)).toEqual(Array.from({ length: 33 }, (_, i) => 2 * i));
    expect(route(gate, { verb: ["get", "create"] }, 65)).toEqual(Array.from({ length: 65 }, (_, i) => i));
    expect(route(gate, { verb: "watch" }, 65)).toEqual([]);
  });

  it("looks numbers up by their text form, and never lists rules that cannot match", () => {
    const gate = new WholeValueGate([[[whole("responseStatus.code", "403")]], undefined, [], [[whole("responseStatus.code", "1e+21")]]]);
    expect(route(gate, { responseStatus: { code: 403 } }, 4)).toEqual([0, 2]);
    expect(route(gate, { responseStatus: { code: "403" } }, 4)).toEqual([0, 2]);
    expect(route(gate, { responseStatus: { code: 1e21 } }, 4)).toEqual([2, 3]);
    expect(route(gate, {}, 4)).toEqual([2]);
  });

  it("refuses clauses it cannot represent", () => {
    expect(() => new WholeValueGate([[[{ source: { field: "verb" }, text: "cre", atStart: true, atEnd: false }]]])).toThrow(/whole values/);
    expect(() => new WholeValueGate([[[whole("verb", "get")], [whole("verb", "list")]]])).toThrow(/two clauses/);
  });
});
