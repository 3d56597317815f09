/**
 * Straight-line code for reading one field of an event inside a generated predicate.
 *
 * The general resolver (`rcField` in the runtime) handles every shape: keys that contain
 * dots, arrays at any step, inherited keys. It is one closure shared by every field of
 * every rule, so its property loads and calls cannot be specialised by the JIT. Most events
 * are plain nested objects, though, and for those a direct property chain with constant
 * keys gives the same answer: this module emits that chain as a fast path and hands every
 * other shape to the general resolver, so the result is always the resolver's.
 *
 * Rule text (field names, values) reaches the emitted code only through `jsLiteral`,
 * always as bracket access `node["key"]`, never as an identifier.
 */
import { jsLiteral } from "./literal.js";

/** How a generated predicate tests one value of the field. */
export interface LeafTest {
  /** The general test: a visitor constant (`RcVisit`) of the module, called with any scalar. */
  readonly visitor: string;
  /** Optional cheaper test of a string value: a function constant of the module, equal to `visitor` on strings. */
  readonly onString?: string;
}

/** Keys an object can inherit (`constructor`, `__proto__`, ...): only an own property counts. */
function inherited(key: string): boolean {
  return key in Object.prototype || key === "__proto__";
}

/** Declares a module-level function; `build` gets the function's own name (for recursion over arrays). */
export type DeclareFunction = (prefix: string, build: (self: string) => string) => string;

/**
 * Declares the functions that test every value of field `path` with `leaf` and returns the
 * name of the one to call with the event. They do what the runtime's general resolver
 * (`rcField`) does for that path, with the keys as constants: at step `i` of an object they
 * try the keys `seg[i]`, `seg[i].seg[i+1]`, ... (JSON keys that contain dots), shortest
 * first; arrays are walked transparently at every step; `null`, missing keys, inherited
 * properties and objects at the end of the path have no values; a string, number or
 * boolean is tested. Unlike the shared resolver closure, each emitted function has its
 * own constant keys and call targets, so the JIT can specialise and inline it.
 */
export function declareFieldTest(path: string, leaf: LeafTest, declare: DeclareFunction, ts: boolean): string {
  const segs = path.split(".");
  const n = segs.length;
  const sig = (param: string) => `(${param}${ts ? ": unknown" : ""})${ts ? ": boolean" : ""} =>`;
  // The value at the end of the path: scalars are tested, arrays walked.
  const scalar = leaf.onString
    ? `typeof v === "string" ? ${leaf.onString}(v) : typeof v === "number" || typeof v === "boolean" ? ${leaf.visitor}(v)`
    : `typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? ${leaf.visitor}(v)`;
  const steps: string[] = [];
  steps[n] = declare("w", (self) => `${sig("v")} ${scalar} : Array.isArray(v) && rcSome(v, ${self})`);
  for (let i = n - 1; i >= 0; i--) {
    const body: string[] = [];
    let key = "";
    for (let j = i; j < n; j++) {
      key = j === i ? segs[i]! : `${key}.${segs[j]}`;
      const k = jsLiteral(key);
      const found = `c !== undefined${inherited(key) ? ` && rcHasOwn.call(o, ${k})` : ""} && ${steps[j + 1]}(c)`;
      body.push(`${j === i ? "let c" : "c"} = o[${k}];`, j === n - 1 ? `return ${found};` : `if (${found}) return true;`);
    }
    steps[i] = declare("w", (self) =>
      [`${sig("o")} {`, `  if (!rcPlain(o)) return Array.isArray(o) && rcSome(o, ${self});`, ...body.map((t) => `  ${t}`), "}"].join("\n"),
    );
  }
  return steps[0]!;
}

/**
 * Characters outside ASCII that Unicode simple case folding (RegExp `iu`) maps onto ASCII
 * letters: U+017F LATIN SMALL LETTER LONG S (to `s`) and U+212A KELVIN SIGN (to `k`).
 * `toLowerCase` already maps the Kelvin sign to `k`; only the long s needs the full test.
 * (test/matcher/field-access.test.ts checks this against the running engine.)
 */
export const LONG_S = "\u017f";

/**
 * The test "a value of `v`'s length folds to an ASCII literal", sound and complete for RegExp
 * `iu`: folding maps code points one to one, so only values of the literal's length can match;
 * an ASCII value folds like `toLowerCase`; the only non-ASCII characters that fold onto ASCII
 * are the Kelvin sign (which `toLowerCase` maps too) and the long s, which goes to `visitor`
 * (the runtime's full `iu` test), so nothing else needs a RegExp.
 */
function foldsTo(lows: readonly string[], visitor: string): string {
  const equal = lows.map((x) => `low === ${jsLiteral(x)}`).join(" || ");
  const longS = lows.some((x) => x.includes("s")) ? ` || (v.indexOf(${jsLiteral(LONG_S)}) >= 0 && ${visitor}(v))` : "";
  return `${equal}${longS}`;
}

/**
 * An arrow function testing one string against a case-insensitive ASCII literal, equal to
 * the runtime's `rcPattern([lit], false)` (the `visitor`, which decides values holding a long s).
 */
export function foldedLiteralTest(lit: string, visitor: string, ts: boolean): string {
  return [
    `(v${ts ? ": string" : ""})${ts ? ": boolean" : ""} => {`,
    `  if (v.length !== ${lit.length}) return false;`,
    `  if (v === ${jsLiteral(lit)}) return true;`,
    "  const low = v.toLowerCase();",
    `  return ${foldsTo([lit.toLowerCase()], visitor)};`,
    "}",
  ].join("\n");
}

/**
 * An arrow function testing one string against a few case-insensitive ASCII literals, equal
 * to the runtime's `rcAnyOf(values, false)` (the `visitor`): lengths first, then exact text,
 * then folded text (see {@link foldedLiteralTest}).
 */
export function foldedAnyOfTest(values: readonly string[], visitor: string, ts: boolean): string {
  const lengths = [...new Set(values.map((x) => x.length))];
  const exact = [...new Set(values)];
  const lower = [...new Set(values.map((x) => x.toLowerCase()))];
  return [
    `(v${ts ? ": string" : ""})${ts ? ": boolean" : ""} => {`,
    `  if (${lengths.map((l) => `v.length !== ${l}`).join(" && ")}) return false;`,
    `  if (${exact.map((x) => `v === ${jsLiteral(x)}`).join(" || ")}) return true;`,
    "  const low = v.toLowerCase();",
    `  return ${foldsTo(lower, visitor)};`,
    "}",
  ].join("\n");
}

/** An arrow function testing one string for equality with a case-sensitive literal (`rcPattern([lit], true)`). */
export function exactLiteralTest(lit: string, ts: boolean): string {
  return `(v${ts ? ": string" : ""})${ts ? ": boolean" : ""} => v === ${jsLiteral(lit)}`;
}
