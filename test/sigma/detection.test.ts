import { describe, expect, it } from "vitest";
import * as b from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import { ANY, pattern } from "../../src/ast/pattern.js";
import { filterOf, loadOne, ruleWith } from "./helpers.js";

const s = stripPositions;
const f = (name: string) => b.field(name);
const ci = (field: string, p: Parameters<typeof b.match>[1]) => b.match(f(field), p, false);

describe("detection sections", () => {
  it("a map is AND, a list of values is OR", () => {
    expect(filterOf(`    selection:\n        verb: create\n        objectRef.resource:\n            - pods\n            - deployments\n    condition: selection`)).toEqual(
      s(b.and([ci("verb", "create"), b.or([ci("objectRef.resource", "pods"), ci("objectRef.resource", "deployments")])])),
    );
  });

  it("a list of maps is OR of ANDs", () => {
    expect(filterOf(`    selection:\n        - a: 1\n          b: 2\n        - c: 3\n    condition: selection`)).toEqual(
      s(b.or([b.and([ci("a", "1"), ci("b", "2")]), ci("c", "3")])),
    );
  });

  it("numbers and booleans match their text form; null means the field is absent", () => {
    expect(filterOf(`    selection:\n        EventID: 4624\n        Enabled: true\n        User: null\n    condition: selection`)).toEqual(
      s(b.and([ci("EventID", "4624"), ci("Enabled", "true"), b.not(b.exists(f("User")))])),
    );
  });

  it("keywords search every value of the event with contains semantics", () => {
    expect(filterOf(`    keywords:\n        - 'event::clear'\n        - 'ev*il'\n    condition: keywords`)).toEqual(
      s(b.or([
        b.keyword(pattern([ANY, "event::clear", ANY]), { caseSensitive: false, scope: "values" }),
        b.keyword(pattern([ANY, "ev", ANY, "il", ANY]), { caseSensitive: false, scope: "values" }),
      ])),
    );
  });

  it("keywords with `|all` are AND'ed", () => {
    expect(filterOf(`    keywords:\n        '|all':\n            - 'Oab'\n            - ' -Ext '\n    condition: keywords`)).toEqual(
      s(b.and([
        b.keyword(pattern([ANY, "Oab", ANY]), { caseSensitive: false, scope: "values" }),
        b.keyword(pattern([ANY, " -Ext ", ANY]), { caseSensitive: false, scope: "values" }),
      ])),
    );
  });

  it("wildcards and escapes follow the specification", () => {
    expect(filterOf(`    selection:\n        Image: 'C:\\Windows\\\\*\\cmd?.exe'\n        Dir: 'C:\\Windows\\*'\n        Cmd: 'a\\*b\\\\*'\n    condition: selection`)).toEqual(
      s(b.and([
        ci("Image", pattern(["C:\\Windows\\", ANY, "\\cmd", { wildcard: "?" }, ".exe"])),
        ci("Dir", "C:\\Windows*"),
        ci("Cmd", pattern(["a*b\\", ANY])),
      ])),
    );
  });

  it("keeps the selection name in origin and positions on nodes", () => {
    const rule = loadOne(ruleWith(`    selection:\n        verb: create\n    condition: selection`));
    expect(rule.filter.origin?.selection).toBe("selection");
    expect(rule.filter.pos).toMatchObject({ line: 8, column: 15 });
  });
});
