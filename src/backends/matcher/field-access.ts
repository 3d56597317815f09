/**
 * Straight-line code for reading one field of an event inside a generated module.
 *
 * The general resolver (`rcField` in the runtime) handles every shape: keys that contain
 * dots, arrays at any step, inherited keys. It is one closure shared by every field of
 * every rule, so its property loads cannot be specialised by the JIT. This module emits,
 * per field path, small functions with the path's keys as constants that do exactly what
 * the resolver does. They take the value test (`RcVisit`) as an argument: one walker per
 * field serves every predicate on it, so a module of thousands of rules has as many walkers
 * as distinct fields (each gets hot and optimised), and in a single rule's module the call
 * of the test is monomorphic and inlined.
 *
 * Rule text (field names) reaches the emitted code only through `jsLiteral`, always as
 * bracket access `node["key"]`, never as an identifier.
 */
import { jsLiteral } from "./literal.js";

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
 * Declares the functions that visit every value of field `path` and returns the name of
 * the one to call as `walk(event, visit)`. They do what the runtime's general resolver
 * (`rcField`) does for that path, with the keys as constants: at step `i` of an object they
 * try the keys `seg[i]`, `seg[i].seg[i+1]`, ... (JSON keys that contain dots), shortest
 * first; arrays are walked transparently at every step; `null`, missing keys, inherited
 * properties and objects at the end of the path have no values; a string, number or
 * boolean is passed to `visit`, and the walk stops at the first `true`.
 */
export function declareFieldWalk(path: string, declare: DeclareFunction, ts: boolean): string {
  const segs = path.split(".");
  const n = segs.length;
  const sig = (param: string) => `(${param}${ts ? ": unknown" : ""}, visit${ts ? ": RcVisit" : ""})${ts ? ": boolean" : ""} =>`;
  const steps: string[] = [];
  // The value at the end of the path: scalars are tested, arrays walked. One per path, so
  // its call of `visit` sees only the tests of this field.
  steps[n] = declare("w", `leaf\u0000${path}`, (self) =>
    `${sig("v")} typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? visit(v) : Array.isArray(v) && rcSomeWith(v, ${self}, visit)`,
  );
  for (let i = n - 1; i >= 0; i--) {
    const body: string[] = [];
    let key = "";
    for (let j = i; j < n; j++) {
      key = j === i ? segs[i]! : `${key}.${segs[j]}`;
      const k = jsLiteral(key);
      const found = `c !== undefined${inherited(key) ? ` && rcHasOwn.call(o, ${k})` : ""} && ${steps[j + 1]}(c, visit)`;
      body.push(`${j === i ? "let c" : "c"} = o[${k}];`, j === n - 1 ? `return ${found};` : `if (${found}) return true;`);
    }
    steps[i] = declare("w", `step\u0000${path}\u0000${i}`, (self) =>
      [`${sig("o")} {`, `  if (!rcPlain(o)) return Array.isArray(o) && rcSomeWith(o, ${self}, visit);`, ...body.map((t) => `  ${t}`), "}"].join("\n"),
    );
  }
  return steps[0]!;
}
