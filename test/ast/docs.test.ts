import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDiagnosticsDoc } from "../../scripts/docs-diagnostics.js";

describe("generated docs", () => {
  it("docs/diagnostics.md matches the code table (run `npm run docs:diagnostics`)", () => {
    expect(readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8")).toBe(renderDiagnosticsDoc());
  });
});
