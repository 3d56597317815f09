import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMacroTable, loadSplText, loadSplunkDetectionText } from "../../src/spl/index.js";

const table = createMacroTable([
  { name: "m", args: [], definition: "a=1 OR b=2" },
  { name: "p", args: ["x"], definition: "f=$x$ | eval y=$x$" },
]);

// SPL-ish fragments, so random searches reach deep into the grammar instead of failing at the first character.
const piece = fc.constantFrom(
  "a=1", "b!=x", "c>5", "NOT", "AND", "OR", "(", ")", "[", "]", "|", " ", "\n", "search", "where", "eval", "stats", "count", "by",
  "as", "rename", "x", "*", '"q\\"s"', "'f'", "`m`", "`p(3)`", "`zz_filter`", "`unknown`", "```c```", "IN", ",", "=", "==", "+", ".",
  "like(", "match(", "if(", "\\", "{}", "tstats", "from", "datamodel=D", "fillnull", "value=0", "head", "1.5", "-", "<<F>>",
);
const search = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(" "));

describe("SPL front-end robustness", () => {
  it("never throws, and every diagnostic points inside the text", () => {
    fc.assert(
      fc.property(search, (text) => {
        const r = loadSplText(text, { file: "f.spl", macros: table });
        const lines = text.split("\n");
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines.length);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeLessThanOrEqual(lines[d.line! - 1]!.length + 1);
        }
        // A search without an error gives exactly one rule.
        if (!r.diagnostics.some((d) => d.severity === "error")) expect(r.rules).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on arbitrary text, as SPL or as a detection's search", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        loadSplText(text, { macros: table });
        loadSplunkDetectionText(`name: x\nsearch: ${JSON.stringify(text)}\n`, { macros: table });
      }),
      { numRuns: 300 },
    );
  });
});
