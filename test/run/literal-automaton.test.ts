/**
 * Exactness of the literal automaton against a naive search: every occurrence of every
 * literal (by `indexOf` from every position over the folded value), in the order the
 * automaton reports them (by end, longer first), for every layout it can take: full rows,
 * rows for a prefix of the states only (a small `tableBytes`), and 32-bit rows (past 65,536 states).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralAutomaton, type LiteralAutomatonOptions } from "../../src/run/literal-automaton.js";

/** ASCII letters to lower case, `ſ` to `s`, `K` to `k`; every other character as is (non-ASCII then matches no literal). */
function fold(value: string): string {
  let out = "";
  for (const ch of value.split("")) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c === 0x17f) out += "s";
    else if (c === 0x212a) out += "k";
    else out += ch;
  }
  return out;
}

/** Every occurrence as `id@start-end/length`, by end, then longer first. */
function naive(texts: readonly string[], value: string): string[] {
  const folded = fold(value);
  const found: { id: number; start: number; end: number }[] = [];
  texts.forEach((t, id) => {
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) found.push({ id, start: at, end: at + t.length });
  });
  found.sort((a, b) => a.end - b.end || a.start - b.start);
  return found.map((f) => `${f.id}@${f.start}-${f.end}/${value.length}`);
}

function scanned(automaton: LiteralAutomaton, value: string): string[] {
  const found: string[] = [];
  automaton.scan(value, { found: (id, start, end, length) => found.push(`${id}@${start}-${end}/${length}`) });
  return found;
}

/** Layouts: full rows (default), rows for no state but the root, and for a few states. */
const LAYOUTS: LiteralAutomatonOptions[] = [{}, { tableBytes: 0 }, { tableBytes: 64 }, { tableBytes: 600 }, { tableBytes: 4096 }];

function expectNaive(texts: readonly string[], values: readonly string[]): void {
  for (const options of LAYOUTS) {
    const automaton = new LiteralAutomaton(texts, options);
    for (const v of values) expect(scanned(automaton, v), `${JSON.stringify(options)} ${JSON.stringify(v)}`).toEqual(naive(texts, v));
  }
}

// Few literal characters so literals share prefixes and contain one another; values add upper
// case, what folds into them (`ſ`, `K`), what does not (`İ`, `é`, an emoji's halves) and characters no literal has.
const LITERAL_CHARS = ["a", "b", "s", "k", "\\", ".", "1"];
const VALUE_CHARS = [...LITERAL_CHARS, "A", "B", "S", "K", "\u017F", "\u212A", "\u0130", "\u00E9", "\u{1F600}", "z", " "];
const literal = fc.array(fc.constantFrom(...LITERAL_CHARS), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(""));
const value = fc.array(fc.constantFrom(...VALUE_CHARS), { maxLength: 40 }).map((cs) => cs.join(""));

/** Literal sets with the shapes that matter: shared prefixes, suffixes and infixes of other literals, single characters. */
const literalSet = fc
  .tuple(
    fc.array(literal, { minLength: 1, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }),
    fc.array(fc.tuple(fc.nat(), literal), { maxLength: 6 }),
  )
  .map(([base, cuts, extensions]) => {
    const texts = [...base];
    // Infixes (suffixes, prefixes, single characters) of literals already there.
    for (const [which, from, to] of cuts) {
      const t = base[which % base.length]!;
      const start = from % t.length;
      texts.push(t.slice(start, start + 1 + (to % (t.length - start))));
    }
    // Longer literals sharing a literal's prefix.
    for (const [which, tail] of extensions) texts.push(base[which % base.length]! + tail);
    return [...new Set(texts)];
  });

describe("LiteralAutomaton", () => {
  it("finds what a naive search finds, in the same order, in every layout (property)", () => {
    fc.assert(
      fc.property(literalSet, fc.array(value, { minLength: 1, maxLength: 4 }), (texts, values) => expectNaive(texts, values)),
      { numRuns: 400 },
    );
  });

  it("large literal sets, rows for a breadth-first prefix only or for every state (property)", () => {
    const long = fc.array(fc.constantFrom("a", "b", "c", "/"), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(""));
    const bigValue = fc.array(fc.constantFrom("a", "b", "c", "/", "A", "C", "x"), { maxLength: 80 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(long, { minLength: 100, maxLength: 400 }), fc.array(bigValue, { minLength: 1, maxLength: 3 }), (texts, values) => {
        // Several hundred states: 600 bytes of rows give fewer than half of them one.
        expect(new LiteralAutomaton(texts).states).toBeGreaterThan(100);
        expectNaive(texts, values);
      }),
      { numRuns: 40 },
    );
  });

  it("the classic example: he, she, his, hers", () => {
    const texts = ["he", "she", "his", "hers"];
    expect(new LiteralAutomaton(texts).states).toBe(10);
    expect(scanned(new LiteralAutomaton(texts), "ushers")).toEqual(["1@1-4/6", "0@2-4/6", "3@2-6/6"]);
    expectNaive(texts, ["ushers", "USHERS", "hishershe", "", "h", "ſhe"]);
  });

  it("folds ASCII letters, ſ and K, and nothing else", () => {
    const texts = ["sk", "i", "e"];
    const automaton = new LiteralAutomaton(texts);
    expect(scanned(automaton, "\u017F\u212A")).toEqual(["0@0-2/2"]);
    expect(scanned(automaton, "SK")).toEqual(["0@0-2/2"]);
    // İ lower-cases to `i` plus a combining dot, but folds to no ASCII letter; é is not e.
    expect(scanned(automaton, "\u0130\u00E9")).toEqual([]);
    expect(scanned(automaton, "I")).toEqual(["1@0-1/1"]);
    expect(() => new LiteralAutomaton(["Abc"])).toThrow(/lower-case ASCII/);
    expect(() => new LiteralAutomaton(["caf\u00E9"])).toThrow(/lower-case ASCII/);
  });

  it("an empty literal set finds nothing", () => {
    expect(scanned(new LiteralAutomaton([]), "anything")).toEqual([]);
  });

  it("past 65,536 states (32-bit rows), full and partial", () => {
    // 4,100 literals, each a distinct 4-character head and the same 17-character tail: over 65,536 states.
    const unique = Array.from({ length: 4100 }, (_, i) => `${i.toString(36).padStart(4, "0")}:abcdefghijklmnop`);
    const values = [unique[0]!, unique[4099]!.toUpperCase(), `..${unique[17]}${unique[2000]}x`, "0000:abc", "3:abcdefghijklmnop"];
    for (const options of [{}, { tableBytes: 100_000 }]) {
      const automaton = new LiteralAutomaton(unique, options);
      expect(automaton.states).toBeGreaterThan(65_536);
      for (const v of values) expect(scanned(automaton, v)).toEqual(naive(unique, v));
    }
  });
});
