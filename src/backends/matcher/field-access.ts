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

/**
 * Declares a module-level function once per `key` (what determines its text) and returns its
 * name; `build` gets that name (the function recurses into arrays).
 */
export type DeclareFunction = (prefix: string, key: string, build: (self: string) => string) => string;

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
  steps[n] = declare("w", `leaf\u0000${leaf.visitor}\u0000${leaf.onString ?? ""}`, (self) => `${sig("v")} ${scalar} : Array.isArray(v) && rcSome(v, ${self})`);
  for (let i = n - 1; i >= 0; i--) {
    const body: string[] = [];
    let key = "";
    for (let j = i; j < n; j++) {
      key = j === i ? segs[i]! : `${key}.${segs[j]}`;
      const k = jsLiteral(key);
      const found = `c !== undefined${inherited(key) ? ` && rcHasOwn.call(o, ${k})` : ""} && ${steps[j + 1]}(c)`;
      body.push(`${j === i ? "let c" : "c"} = o[${k}];`, j === n - 1 ? `return ${found};` : `if (${found}) return true;`);
    }
    steps[i] = declare("w", `step\u0000${steps[n]}\u0000${JSON.stringify(segs.slice(i))}`, (self) =>
      [`${sig("o")} {`, `  if (!rcPlain(o)) return Array.isArray(o) && rcSome(o, ${self});`, ...body.map((t) => `  ${t}`), "}"].join("\n"),
    );
  }
  return steps[0]!;
}

/**
 * An arrow function testing one string against a case-insensitive ASCII literal, equal to
 * the runtime's `rcPattern([lit], false)`: folding maps code points one to one, so only values
 * of the literal's length can match; then exact text, then `rcFoldEquals` (no RegExp, no
 * allocation).
 */
export function foldedLiteralTest(lit: string, ts: boolean): string {
  return `(v${ts ? ": string" : ""})${ts ? ": boolean" : ""} => v.length === ${lit.length} && (v === ${jsLiteral(lit)} || rcFoldEquals(v, ${jsLiteral(lit.toLowerCase())}))`;
}

/**
 * An arrow function testing one string against a few case-insensitive ASCII literals, equal
 * to the runtime's `rcAnyOf(values, false)`: a switch on the length, then exact text, then
 * `rcFoldEquals` against the literals of that length.
 */
export function foldedAnyOfTest(values: readonly string[], ts: boolean): string {
  const byLength = new Map<number, string[]>();
  for (const x of new Set(values)) byLength.set(x.length, [...(byLength.get(x.length) ?? []), x]);
  const cases = [...byLength].map(([length, xs]) => {
    const exact = xs.map((x) => `v === ${jsLiteral(x)}`);
    const folded = [...new Set(xs.map((x) => x.toLowerCase()))].map((x) => `rcFoldEquals(v, ${jsLiteral(x)})`);
    return `    case ${length}: return ${[...exact, ...folded].join(" || ")};`;
  });
  return [`(v${ts ? ": string" : ""})${ts ? ": boolean" : ""} => {`, "  switch (v.length) {", ...cases, "    default: return false;", "  }", "}"].join("\n");
}

/** An arrow function testing one string for equality with a case-sensitive literal (`rcPattern([lit], true)`). */
export function exactLiteralTest(lit: string, ts: boolean): string {
  return `(v${ts ? ": string" : ""})${ts ? ": boolean" : ""} => v === ${jsLiteral(lit)}`;
}
