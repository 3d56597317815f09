import { describe, expect, it } from "vitest";
import { diagnostic } from "../../src/diagnostics/index.js";
import { printable, renderDiagnostic } from "../../src/cli/render-diagnostic.js";
import { colorEnabled, createStyle } from "../../src/cli/style.js";
import { createProgress } from "../../src/cli/progress.js";

const RULE = ["title: x", "detection:", "  sel:", "    Image|contain: foo", "  condition: sel"].join("\n");

describe("compiler-style diagnostics", () => {
  const d = diagnostic("sigma/unknown-modifier", "unknown modifier `contain`", { file: "rules/x.yml", pos: { line: 4, column: 11 } });

  it("prints file:line:column, severity, code, the source line and a caret under the column", () => {
    const text = renderDiagnostic(d, { sources: (f) => (f === "rules/x.yml" ? RULE : undefined) });
    const lines = text.split("\n");
    expect(lines[0]).toBe("rules/x.yml:4:11: error[sigma/unknown-modifier]: unknown modifier `contain`");
    expect(lines[1]).toBe("    4 |     Image|contain: foo");
    // The caret sits under column 11 ("c" of "contain") of the source line.
    const caretCol = lines[2]!.indexOf("^") - lines[2]!.indexOf("|") - 2;
    expect("    Image|contain: foo"[caretCol]).toBe("c");
    expect(caretCol).toBe(10);
  });

  it("underlines a same-line range with ~", () => {
    const ranged = diagnostic("sigma/unknown-modifier", "m", { file: "f", pos: { line: 4, column: 11, endLine: 4, endColumn: 18 } });
    const caret = renderDiagnostic(ranged, { sources: () => RULE }).split("\n")[2]!;
    expect(caret.trim()).toBe("|           ^~~~~~~"); // `contain` is 7 characters
  });

  it("omits the excerpt when the source or line is unknown", () => {
    expect(renderDiagnostic(d).split("\n")).toHaveLength(1);
    const far = diagnostic("yaml/syntax", "m", { file: "f", pos: { line: 99, column: 1 } });
    expect(renderDiagnostic(far, { sources: () => RULE }).split("\n")).toHaveLength(1);
    expect(renderDiagnostic(diagnostic("input/read-failed", "gone")).startsWith("<input>: error[input/read-failed]: gone")).toBe(true);
  });

  it("expands tabs so the caret still lines up", () => {
    const src = "a:\n\tb: |bad";
    const t = diagnostic("yaml/syntax", "m", { file: "f", pos: { line: 2, column: 5 } });
    const [, line, caret] = renderDiagnostic(t, { sources: () => src }).split("\n");
    const at = caret!.indexOf("^");
    expect(line![at]).toBe("|");
  });

  it("escapes control characters from rule text and messages (no terminal injection)", () => {
    const evil = "title: \u001b[2J\u001b]0;pwned\u0007";
    const e = diagnostic("sigma/schema", "bad \u001b[31mred", { file: "f", pos: { line: 1, column: 8 } });
    const out = renderDiagnostic(e, { sources: () => evil });
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u0007");
    expect(out).toContain("\\x1b[2J");
    expect(printable("a\tb\nc\rd")).toBe("a\tb\nc\\x0dd");
  });

  it("colours only when asked, and colour does not change the visible text", () => {
    const plain = renderDiagnostic(d, { sources: () => RULE });
    const coloured = renderDiagnostic(d, { sources: () => RULE, style: createStyle(true) });
    expect(coloured).toContain("\u001b[31m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });

  it("respects NO_COLOR and TTY detection, FORCE_COLOR for pipes", () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { TERM: "dumb" })).toBe(false);
  });
});

describe("progress bar", () => {
  function fakeStream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } };
  }

  it("draws on a TTY, erases itself at the end", () => {
    const { writes, stream } = fakeStream(true);
    let t = 0;
    const p = createProgress({ total: 40, label: "loading", stream, now: () => (t += 100) });
    expect(p.active).toBe(true);
    for (let i = 0; i < 40; i++) p.tick(`rules/r${i}.yml`);
    p.done();
    expect(writes.some((w) => w.includes("loading [") && w.includes("40/40"))).toBe(true);
    expect(writes.at(-1)).toBe("\r\u001b[K");
  });

  it("throttles redraws", () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress({ total: 1000, stream, now: () => 0 });
    for (let i = 0; i < 1000; i++) p.tick();
    // The first tick and the last (completion) draw; the clock never advances in between.
    expect(writes.length).toBe(2);
  });

  it("stays silent off a TTY, in --json mode and for short batches", () => {
    for (const opts of [{ tty: false, json: false, total: 100 }, { tty: true, json: true, total: 100 }, { tty: true, json: false, total: 3 }]) {
      const { writes, stream } = fakeStream(opts.tty);
      const p = createProgress({ total: opts.total, json: opts.json, stream });
      p.tick("x");
      p.done();
      expect(p.active).toBe(false);
      expect(writes).toEqual([]);
    }
  });

  it("never writes control characters from file names", () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress({ total: 20, stream, now: () => 1e9 });
    p.tick("evil\u001b]0;x\u0007.yml");
    expect(writes[0]!.replace("\u001b[K", "")).not.toMatch(/[\u0007]|\u001b\]/);
  });
});

describe("long source lines", () => {
  it("show a window around the column, with the caret still under it", () => {
    const line = "search: '" + "a".repeat(300) + "X" + "b".repeat(300) + "'";
    const col = line.indexOf("X") + 1;
    const d = diagnostic("spl/syntax", "m", { file: "f", pos: { line: 1, column: col } });
    const [, src, caret] = renderDiagnostic(d, { sources: () => line }).split("\n");
    expect(src!.length).toBeLessThan(120);
    expect(src).toContain("…");
    expect(src![caret!.indexOf("^")]).toBe("X");
  });
});
