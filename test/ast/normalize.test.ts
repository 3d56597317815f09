import { describe, expect, it } from "vitest";
import { astEqual, build, normalizeExpr, stripPositions, fieldsOfExpr, mapFields } from "../../src/ast/index.js";

const f = (name: string) => build.field(name);
const m = (name: string, v: string) => build.match(f(name), v, false);

describe("normalizeExpr", () => {
  it("flattens nested and/or", () => {
    const e = build.and([m("a", "1"), build.and([m("b", "2"), build.and([m("c", "3")])])]);
    expect(normalizeExpr(e)).toEqual(build.and([m("a", "1"), m("b", "2"), m("c", "3")]));
  });

  it("removes duplicates ignoring positions", () => {
    const withPos = build.match(f("a"), "1", false, { pos: { line: 3, column: 4 } });
    const e = build.or([m("a", "1"), withPos, m("b", "2")]);
    expect(stripPositions(normalizeExpr(e))).toEqual(build.or([m("a", "1"), m("b", "2")]));
  });

  it("folds constants and unwraps single children", () => {
    expect(normalizeExpr(build.and([m("a", "1"), build.TRUE]))).toEqual(m("a", "1"));
    expect(normalizeExpr(build.and([m("a", "1"), build.FALSE]))).toBe(build.FALSE);
    expect(normalizeExpr(build.or([m("a", "1"), build.TRUE]))).toBe(build.TRUE);
    expect(normalizeExpr(build.or([build.FALSE, build.FALSE]))).toBe(build.FALSE);
    expect(normalizeExpr(build.and([]))).toBe(build.TRUE);
    expect(normalizeExpr(build.not(build.TRUE))).toBe(build.FALSE);
    expect(normalizeExpr(build.not(build.not(m("a", "1"))))).toEqual(m("a", "1"));
  });

  it("does not merge an Or into an And", () => {
    const e = build.and([m("a", "1"), build.or([m("b", "2"), m("b", "3")])]);
    expect(normalizeExpr(e)).toEqual(e);
  });
});

describe("fields and equality", () => {
  it("strips SPL array markers from paths and keeps the written name", () => {
    const ref = build.field("user.groups{}");
    expect(ref.path).toBe("user.groups");
    expect(ref.written).toBe("user.groups{}");
    expect(build.field("a.b").written).toBeUndefined();
  });

  it("lists the fields an expression reads", () => {
    const e = build.and([m("a", "1"), build.not(build.exists(f("b"))), build.fieldEquals(f("c"), f("a"), false)]);
    expect(fieldsOfExpr(e).map((x) => x.path)).toEqual(["a", "b", "c"]);
  });

  it("maps fields everywhere", () => {
    const e = build.and([m("a", "1"), build.evalCondition({ kind: "FieldValue", field: f("a") })]);
    const mapped = mapFields(e, (x) => build.field("x." + x.path));
    expect(fieldsOfExpr(mapped).map((x) => x.path)).toEqual(["x.a"]);
  });

  it("astEqual ignores pos and origin but not semantics", () => {
    const a = build.match(f("a"), "1", false, { pos: { line: 1, column: 1 }, origin: { selection: "sel" } });
    expect(astEqual(a, m("a", "1"))).toBe(true);
    expect(astEqual(a, build.match(f("a"), "1", true))).toBe(false);
  });

  it("nodes are frozen", () => {
    expect(Object.isFrozen(m("a", "1"))).toBe(true);
    expect(Object.isFrozen(build.and([m("a", "1")]).children)).toBe(true);
  });
});
