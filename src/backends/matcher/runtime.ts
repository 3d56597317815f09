/**
 * The matcher runtime: the small set of functions every generated matcher module needs.
 *
 * This file is the single source of the runtime. It is type-checked with the project,
 * and `scripts/gen-matcher-runtime.ts` copies its text (with `export` removed, and once
 * more with types stripped) into `runtime-source.generated.ts`, which the code generator
 * pastes into every module it emits. `compileMatcher` runs that same emitted code, so
 * generated modules and in-process matchers cannot differ.
 *
 * Rules for this file: no imports, no references to anything outside it, every
 * top-level name prefixed with `rc` (generated rule code uses other prefixes).
 *
 * Case-insensitive matching everywhere uses ECMAScript RegExp `iu` (Unicode simple
 * case folding, the `Canonicalize` of the ECMAScript spec), never `toLowerCase`.
 */

/** A scalar value of an event: what field predicates look at. */
export type RcScalar = string | number | boolean;
/** A row value: missing is `null`; a multivalue field is an array of scalars. */
export type RcValue = RcScalar | null | RcScalar[];
/** A pipeline row (Splunk result): field name (as Splunk names it, `a.b{}`) -> value. */
export type RcRow = Record<string, RcValue>;
/** Per-event context: the raw line (for SPL bare-term search) and its 1-based line number. */
export interface RcContext {
  readonly raw?: string;
  readonly line?: number;
}
/** Visits one value; returning `true` stops the walk (a value satisfied the predicate). */
export type RcVisit = (v: RcScalar) => boolean;
/** A precompiled field path: calls `visit` on every value of the field, stops at the first `true`. */
export type RcResolver = (node: unknown, visit: RcVisit, deep?: boolean) => boolean;

const rcHasOwn = Object.prototype.hasOwnProperty;

/**
 * Precompiles a dotted field path into a resolver. At each object it tries the keys
 * `seg[i]`, `seg[i].seg[i+1]`, ... (shortest first, so the plain nested walk comes first;
 * longer keys cover JSON keys that contain dots). Arrays are walked transparently;
 * `null` and objects at the end of the path are not values (`deep` makes objects count
 * through the values inside them, for `Exists`).
 */
export function rcField(path: string): RcResolver {
  const segs = path.split(".");
  const n = segs.length;
  const keys: string[][] = [];
  const ends: number[][] = [];
  // Own-property checks cost as much as the lookup: only keys an object inherits need them.
  const inherited: boolean[][] = [];
  for (let i = 0; i < n; i++) {
    const ks: string[] = [];
    const es: number[] = [];
    const inh: boolean[] = [];
    let k = segs[i]!;
    for (let j = i; j < n; j++) {
      if (j > i) k += "." + segs[j];
      ks.push(k);
      es.push(j + 1);
      inh.push(k in Object.prototype);
    }
    keys.push(ks);
    ends.push(es);
    inherited.push(inh);
  }
  const leaf = (node: unknown, visit: RcVisit, deep: boolean): boolean => {
    const t = typeof node;
    if (t === "string" || t === "number" || t === "boolean") return visit(node as RcScalar);
    if (node === null || t !== "object") return false;
    if (Array.isArray(node)) {
      for (let a = 0; a < node.length; a++) if (leaf(node[a], visit, deep)) return true;
      return false;
    }
    return deep ? rcEveryValue(node, visit) : false;
  };
  const walk = (node: unknown, i: number, visit: RcVisit, deep: boolean): boolean => {
    if (i === n) return leaf(node, visit, deep);
    if (typeof node !== "object" || node === null) return false;
    if (Array.isArray(node)) {
      for (let a = 0; a < node.length; a++) if (walk(node[a], i, visit, deep)) return true;
      return false;
    }
    const ks = keys[i]!;
    const es = ends[i]!;
    const inh = inherited[i]!;
    for (let c = 0; c < ks.length; c++) {
      const child = (node as Record<string, unknown>)[ks[c]!];
      if (child === undefined || (inh[c] && !rcHasOwn.call(node, ks[c]!))) continue;
      if (walk(child, es[c]!, visit, deep)) return true;
    }
    return false;
  };
  if (n === 2) {
    // The common two-segment path, unrolled: `a.b` then the dotted key `a.b` itself.
    const k0 = segs[0]!;
    const k1 = segs[1]!;
    const inh0 = inherited[0]![0]!;
    const inh1 = inherited[1]![0]!;
    const inh01 = inherited[0]![1]!;
    return (node, visit, deep) => {
      if (typeof node !== "object" || node === null) return false;
      if (Array.isArray(node)) return walk(node, 0, visit, deep === true);
      const a = (node as Record<string, unknown>)[k0];
      if (a !== undefined && !(inh0 && !rcHasOwn.call(node, k0))) {
        if (typeof a === "object" && a !== null && !Array.isArray(a)) {
          const b = (a as Record<string, unknown>)[k1];
          if (b !== undefined && !(inh1 && !rcHasOwn.call(a, k1))) {
            if (typeof b === "string" ? visit(b) : leaf(b, visit, deep === true)) return true;
          }
        } else if (walk(a, 1, visit, deep === true)) return true;
      }
      const c = (node as Record<string, unknown>)[path];
      if (c === undefined || (inh01 && !rcHasOwn.call(node, path))) return false;
      return typeof c === "string" ? visit(c) : leaf(c, visit, deep === true);
    };
  }
  if (n === 1) {
    const k = segs[0]!;
    const inh = inherited[0]![0]!;
    return (node, visit, deep) => {
      if (typeof node !== "object" || node === null) return false;
      if (Array.isArray(node)) return walk(node, 0, visit, deep === true);
      const child = (node as Record<string, unknown>)[k];
      if (child === undefined || (inh && !rcHasOwn.call(node, k))) return false;
      return typeof child === "string" ? visit(child) : leaf(child, visit, deep === true);
    };
  }
  return (node, visit, deep) => walk(node, 0, visit, deep === true);
}

/**
 * A plain object (not `null`, not an array): a step generated field code reads with
 * constant keys.
 */
export function rcPlain(node: unknown): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

/** Does `walk(element, visit)` hold for some element? (Generated field walkers go through arrays with it.) */
export function rcSomeWith(items: readonly unknown[], walk: (v: unknown, visit: RcVisit) => boolean, visit: RcVisit): boolean {
  for (let i = 0; i < items.length; i++) if (walk(items[i], visit)) return true;
  return false;
}

/** Visits every scalar anywhere inside `node` (Sigma keyword search). */
export function rcEveryValue(node: unknown, visit: RcVisit): boolean {
  if (node === null || node === undefined) return false;
  const t = typeof node;
  if (t === "string" || t === "number" || t === "boolean") return visit(node as RcScalar);
  if (Array.isArray(node)) {
    for (let a = 0; a < node.length; a++) if (rcEveryValue(node[a], visit)) return true;
    return false;
  }
  if (t === "object") {
    for (const k in node as object) {
      if (rcHasOwn.call(node, k) && rcEveryValue((node as Record<string, unknown>)[k], visit)) return true;
    }
  }
  return false;
}

/** The text form of a value: strings as they are, numbers in shortest JSON form, booleans `true`/`false`. */
export function rcText(v: RcScalar): string {
  return typeof v === "string" ? v : String(v);
}

const rcAnyValue: RcVisit = () => true;

/** `Exists`: the field has at least one non-null value (objects count through the values inside them). */
export function rcExists(ev: unknown, f: RcResolver): boolean {
  return f(ev, rcAnyValue, true);
}

/** Every value of a field, as scalars. */
export function rcValues(ev: unknown, f: RcResolver): RcScalar[] {
  const out: RcScalar[] = [];
  f(ev, (v) => {
    out.push(v);
    return false;
  });
  return out;
}

// ---------------------------------------------------------------------------------
// Wildcard patterns

/** Escapes text for a `u`-mode RegExp. */
export function rcEscapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** A pattern part: literal text, `0` for `*`, `1` for `?`. */
export type RcPatternPart = string | 0 | 1;

const rcNonAscii = /[^\x00-\x7f]/;
/**
 * The only non-ASCII characters that RegExp `iu` folds onto ASCII (U+017F long s to `s`, U+212A
 * Kelvin sign to `k`): on text without them, an ASCII pattern matches under `iu` exactly when it
 * matches under ASCII `i` (which never folds non-ASCII onto ASCII). About 4x cheaper than the
 * full non-ASCII scan on ASCII command lines (V8 needs no scan of a one-byte string for it).
 */
const rcFoldsToAscii = /[\u017f\u212a]/;

/** A case-sensitive test for the shapes that need no RegExp (`lit`, `lit*`, `*lit`, `*lit*`), else undefined. */
function rcShapeTest(parts: readonly RcPatternPart[]): ((s: string) => boolean) | undefined {
  if (parts.includes(1)) return undefined;
  if (parts.length === 1 && typeof parts[0] === "string") {
    const lit = parts[0];
    return (s) => s === lit;
  }
  if (parts.length === 2 && parts[1] === 0 && typeof parts[0] === "string") {
    const lit = parts[0];
    return (s) => s.startsWith(lit);
  }
  if (parts.length === 2 && parts[0] === 0 && typeof parts[1] === "string") {
    const lit = parts[1];
    return (s) => s.endsWith(lit);
  }
  if (parts.length === 3 && parts[0] === 0 && parts[2] === 0 && typeof parts[1] === "string") {
    const lit = parts[1];
    return (s) => s.includes(lit);
  }
  return undefined;
}

/** The RegExp source of a pattern (`*` and `?` as any characters / one code point). */
function rcPatternSource(parts: readonly RcPatternPart[]): string {
  let src = "";
  for (const p of parts) src += p === 0 ? "[^]*" : p === 1 ? "[^]" : rcEscapeRegex(p);
  return src;
}

/**
 * A whole-value wildcard test on text. `*` is any run of characters, `?` exactly one
 * code point. Case-insensitive tests mean RegExp `iu` (Unicode simple case folding);
 * for ASCII patterns a cheaper equivalent runs first: simple case folding preserves the
 * UTF-16 length; a single ASCII literal is compared by {@link rcFoldEquals}; other ASCII
 * patterns try ASCII `i` first and the full `iu` RegExp when the value holds non-ASCII characters.
 */
export function rcPattern(parts: readonly RcPatternPart[], caseSensitive: boolean): RcVisit {
  // The most common shape, a single literal, without the extra call of the generic wrapper.
  if (parts.length === 1 && typeof parts[0] === "string") {
    const lit = parts[0];
    if (caseSensitive) return (v) => (typeof v === "string" ? v : String(v)) === lit;
    if (!rcNonAscii.test(lit)) {
      const low = lit.toLowerCase();
      const length = lit.length;
      return (v) => {
        const s = typeof v === "string" ? v : String(v);
        return s.length === length && (s === lit || rcFoldEquals(s, low));
      };
    }
  }
  const test = rcTextPattern(parts, caseSensitive);
  return (v) => test(typeof v === "string" ? v : String(v));
}

/** {@link rcPattern} on text. */
export function rcTextPattern(parts: readonly RcPatternPart[], caseSensitive: boolean): (s: string) => boolean {
  if (parts.length === 0) return (s) => s === "";
  const hasOne = parts.includes(1);
  if (!hasOne && parts.every((p) => p === 0)) return () => true;
  const shape = rcShapeTest(parts);
  // Several `*`: an anchored RegExp would backtrack polynomially (ReDoS); match segment by segment.
  if (!shape && parts.filter((p) => p === 0).length >= 2) return rcGlobTest(parts, caseSensitive ? "u" : "iu");
  const anchored = "^" + rcPatternSource(parts) + "$";
  if (caseSensitive) {
    if (shape) return shape;
    const re = new RegExp(anchored, "u");
    return (s) => re.test(s);
  }
  const lits = parts.filter((p): p is string => typeof p === "string");
  const contains = parts.length === 3 && parts[0] === 0 && parts[2] === 0 && typeof parts[1] === "string";
  const full = contains ? new RegExp(rcEscapeRegex(parts[1] as string), "iu") : new RegExp(anchored, "iu");
  if (hasOne || lits.some((l) => rcNonAscii.test(l))) return (s) => full.test(s);
  const minLength = lits.reduce((n, l) => n + l.length, 0);
  if (parts.length === 1) {
    const lit = lits[0]!;
    const low = lit.toLowerCase();
    return (s) => s.length === minLength && (s === lit || rcFoldEquals(s, low));
  }
  // `lit*` and `*lit` compare in place (an anchored `^[^]*lit$` RegExp backtracks over the whole value).
  if (parts.length === 2 && shape) {
    const low = lits[0]!.toLowerCase();
    return parts[0] === 0 ? (s) => s.length >= minLength && rcFoldEqualsAt(s, s.length - minLength, low) : (s) => s.length >= minLength && rcFoldEqualsAt(s, 0, low);
  }
  // ASCII `i` (no `u`) folds only ASCII: on an ASCII pattern a hit is an `iu` hit, and without
  // U+017F/U+212A in the text an `iu` hit is an ASCII `i` hit (see rcFoldsToAscii).
  const ascii = contains ? new RegExp(rcEscapeRegex(parts[1] as string), "i") : new RegExp(anchored, "i");
  return (s) => s.length >= minLength && (ascii.test(s) || (rcFoldsToAscii.test(s) && full.test(s)));
}

/**
 * A whole-value wildcard test for patterns with several `*`, in O(value x pattern) time:
 * the `*`-separated segments are matched left to right, the first anchored at the start,
 * the last at the end, the others at their leftmost place. This is exact because every
 * segment matches a fixed number of code points (a literal code point or `?` each), so the
 * leftmost place is also the one that ends first and leaves the most room for the rest.
 */
export function rcGlobTest(parts: readonly RcPatternPart[], flags: "u" | "iu"): (s: string) => boolean {
  const segs: string[] = [""];
  for (const p of parts) {
    if (p === 0) segs.push("");
    else segs[segs.length - 1] += p === 1 ? "[^]" : rcEscapeRegex(p);
  }
  const head = segs[0] ? new RegExp(segs[0], flags + "y") : undefined;
  const tail = segs[segs.length - 1] ? new RegExp("(?:" + segs[segs.length - 1] + ")$", flags + "g") : undefined;
  const middle = segs.slice(1, -1).filter((x) => x !== "").map((x) => new RegExp(x, flags + "g"));
  return (s) => {
    let at = 0;
    if (head) {
      head.lastIndex = 0;
      if (!head.test(s)) return false;
      at = head.lastIndex;
    }
    for (const re of middle) {
      re.lastIndex = at;
      if (!re.test(s)) return false;
      at = re.lastIndex;
    }
    if (!tail) return true;
    tail.lastIndex = at;
    return tail.test(s);
  };
}

/**
 * Any of several literal values (a Sigma value list, SPL `IN (...)`): one Set lookup instead
 * of one test per value. Case-insensitive means RegExp `iu`; ASCII values compare by
 * {@link rcFoldEquals} against the values of the text's length.
 */
export function rcAnyOf(values: readonly string[], caseSensitive: boolean): RcVisit {
  const exact = new Set(values);
  if (caseSensitive) return (v) => exact.has(typeof v === "string" ? v : String(v));
  const full = new RegExp("^(?:" + values.map(rcEscapeRegex).join("|") + ")$", "iu");
  if (values.some((x) => rcNonAscii.test(x))) return (v) => full.test(typeof v === "string" ? v : String(v));
  // ASCII values: folding keeps lengths, so only the values of the text's length are compared.
  const byLength: string[][] = [];
  for (const x of new Set(values.map((y) => y.toLowerCase()))) (byLength[x.length] ??= []).push(x);
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    if (exact.has(s)) return true;
    const candidates = byLength[s.length];
    if (candidates === undefined) return false;
    for (let i = 0; i < candidates.length; i++) if (rcFoldEquals(s, candidates[i]!)) return true;
    return false;
  };
}

/** The unanchored RegExp source of one pattern: `^lit$`, `^lit`, `lit$`, `lit`, or `^...$`. */
function rcSearchSource(parts: readonly RcPatternPart[]): string {
  const first = parts[0] === 0 ? 1 : 0;
  const last = parts.length > 1 && parts[parts.length - 1] === 0 ? parts.length - 1 : parts.length;
  return (first ? "" : "^") + rcPatternSource(parts.slice(first, last)) + (last < parts.length ? "" : "$");
}

/**
 * Any of several wildcard patterns on one field (a Sigma `contains` list). Case-insensitive
 * ASCII literals are searched in folded tries: `lit` by {@link rcAnyOf}, `lit*` and `*lit` by a
 * walk from the start or the end (time bounded by the longest literal), five or more `*lit*` by
 * one Aho-Corasick pass. Everything else (case-sensitive lists, `?`, several `*`, non-ASCII
 * literals) is one RegExp alternation, with the ASCII shortcut of {@link rcTextPattern}.
 */
export function rcAnyPattern(patterns: readonly (readonly RcPatternPart[])[], caseSensitive: boolean): RcVisit {
  if (caseSensitive) return rcAnyPatternRegex(patterns, "u");
  if (patterns.some((p) => p.length > 0 && p.every((x) => x === 0))) return () => true;
  // Case-insensitive ASCII literals (`lit`, `lit*`, `*lit`, `*lit*`) go to folded tries; the rest to one RegExp.
  const exact: string[] = [];
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const infixes: string[] = [];
  const rest: (readonly RcPatternPart[])[] = [];
  for (const p of patterns) {
    const lit = p.length === 0 ? "" : p.length === 1 ? p[0] : p.length === 2 ? (p[0] === 0 ? p[1] : p[1] === 0 ? p[0] : 1) : p.length === 3 && p[0] === 0 && p[2] === 0 ? p[1] : 1;
    if (typeof lit !== "string" || rcNonAscii.test(lit)) rest.push(p);
    else if (p.length <= 1) exact.push(lit);
    else if (p.length === 3) infixes.push(lit.toLowerCase());
    else if (p[0] === 0) suffixes.push(lit.toLowerCase());
    else prefixes.push(lit.toLowerCase());
  }
  const tests: RcVisit[] = [];
  if (exact.length > 0) tests.push(rcAnyOf(exact, false));
  if (prefixes.length > 0) tests.push(rcAnchoredTest(prefixes, false));
  if (suffixes.length > 0) tests.push(rcAnchoredTest(suffixes, true));
  // A few `*lit*` run as fast in the RegExp (which skips ahead in native code); more in one automaton pass.
  if (infixes.length >= rcFewInfixes) tests.push(rcContainsAnyTest(infixes));
  else for (const lit of infixes) rest.push([0, lit, 0]);
  if (rest.length > 0) tests.push(rcAnyPatternRegex(rest, "iu"));
  if (tests.length === 1) return tests[0]!;
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    for (let i = 0; i < tests.length; i++) if (tests[i]!(s)) return true;
    return false;
  };
}

/** From this many `*lit*` patterns on, {@link rcAnyPattern} searches them with {@link rcContainsAnyTest}. */
const rcFewInfixes = 5;

/** Any of several patterns as one RegExp alternation (`u` or `iu`), with the ASCII shortcut of {@link rcTextPattern}. */
function rcAnyPatternRegex(patterns: readonly (readonly RcPatternPart[])[], flags: "u" | "iu"): RcVisit {
  const source = patterns.map((p) => (p.length === 0 ? "^$" : rcSearchSource(p))).join("|");
  const full = new RegExp(source, flags);
  const asciiOnly = patterns.every((p) => !p.includes(1) && p.every((x) => typeof x !== "string" || !rcNonAscii.test(x)));
  if (flags === "u" || !asciiOnly) return (v) => full.test(typeof v === "string" ? v : String(v));
  const ascii = new RegExp(source, "i");
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    return ascii.test(s) || (rcFoldsToAscii.test(s) && full.test(s));
  };
}

/**
 * A text character as the tries below see it: what RegExp `iu` folds it to when that is ASCII
 * (letters to lowercase, U+017F to `s`, U+212A to `k`), else -1 (it cannot match an ASCII
 * literal's character; surrogates included, so a hit never splits a surrogate pair).
 */
function rcFoldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return c === 0x17f ? 115 : c === 0x212a ? 107 : -1;
}

/**
 * A trie over lowercase ASCII literals in flat arrays: node 0 is the root, the edges of node
 * `n` are `edgeChar`/`edgeTarget[edgeStart[n] .. edgeStart[n + 1])`, `ends[n]` marks the end of a
 * literal; `fail` (filled by {@link rcContainsAnyTest}) holds Aho-Corasick failure links.
 */
type RcTrie = { edgeStart: Int32Array; edgeChar: Uint8Array; edgeTarget: Int32Array; ends: Uint8Array; root: Int32Array; fail: Int32Array };

function rcFoldTrie(literals: readonly string[]): RcTrie {
  const children: Map<number, number>[] = [new Map()];
  const ends: number[] = [0];
  for (const lit of literals) {
    let n = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      let next = children[n]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push(0);
        children[n]!.set(c, next);
      }
      n = next;
    }
    ends[n] = 1;
  }
  const count = children.length;
  const edgeStart = new Int32Array(count + 1);
  let edges = 0;
  for (let n = 0; n < count; n++) edges += children[n]!.size;
  const edgeChar = new Uint8Array(edges);
  const edgeTarget = new Int32Array(edges);
  let e = 0;
  for (let n = 0; n < count; n++) {
    edgeStart[n] = e;
    for (const [c, t] of children[n]!) {
      edgeChar[e] = c;
      edgeTarget[e++] = t;
    }
  }
  edgeStart[count] = e;
  // The root's edges as a table: most characters of a text are read there.
  const root = new Int32Array(128).fill(-1);
  for (const [c, t] of children[0]!) root[c] = t;
  return { edgeStart, edgeChar, edgeTarget, ends: Uint8Array.from(ends), root, fail: new Int32Array(count) };
}

/** The child of node `n` on folded character `c`, or -1. */
function rcTrieChild(t: RcTrie, n: number, c: number): number {
  if (n === 0) return t.root[c]!;
  const chars = t.edgeChar;
  for (let e = t.edgeStart[n]!, end = t.edgeStart[n + 1]!; e < end; e++) if (chars[e] === c) return t.edgeTarget[e]!;
  return -1;
}

/**
 * Does the text start (or, `fromEnd`, end) with one of several lowercase ASCII literals under
 * RegExp `iu`? A walk down a trie of the literals (reversed from the end), one folded character
 * per step: time bounded by the longest literal, where a RegExp scans the whole value.
 */
function rcAnchoredTest(literals: readonly string[], fromEnd: boolean): RcVisit {
  if (literals.includes("")) return () => true;
  const t = rcFoldTrie(fromEnd ? literals.map((x) => [...x].reverse().join("")) : literals);
  const ends = t.ends;
  const { classOf, classes } = rcTrieClasses(t);
  const longS = classOf[115]!;
  const kelvin = classOf[107]!;
  const states = ends.length;
  if (states * classes <= rcDfaLimit) {
    // As a table: a row offset, -1 (no literal continues so), or -2 (a literal ends here).
    const delta = new Int32Array(states * classes).fill(-1);
    for (let n = 0; n < states; n++) {
      if (ends[n] === 1) continue;
      for (let c = 0; c < 128; c++) {
        const k = classOf[c]!;
        if (k === 0 || (c >= 65 && c <= 90)) continue;
        const to = rcTrieChild(t, n, c);
        if (to >= 0) delta[n * classes + k] = ends[to] === 1 ? -2 : to * classes;
      }
    }
    const step = fromEnd ? -1 : 1;
    return (v) => {
      const s = typeof v === "string" ? v : String(v);
      let row = 0;
      for (let i = fromEnd ? s.length - 1 : 0; i >= 0 && i < s.length; i += step) {
        const c = s.charCodeAt(i);
        row = delta[row + (c < 128 ? classOf[c]! : c === 0x17f ? longS : c === 0x212a ? kelvin : 0)]!;
        if (row < 0) return row === -2;
      }
      return false;
    };
  }
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    let n = 0;
    for (let j = 0; j < s.length; j++) {
      const c = rcFoldCode(s.charCodeAt(fromEnd ? s.length - 1 - j : j));
      if (c < 0 || (n = rcTrieChild(t, n, c)) < 0) return false;
      if (ends[n] === 1) return true;
    }
    return false;
  };
}

/** Character classes of a trie's tables: 0 for every character no literal holds, one per folded character otherwise. */
function rcTrieClasses(t: RcTrie): { classOf: Uint8Array; classes: number } {
  const classOf = new Uint8Array(128);
  let classes = 1;
  for (let c = 0; c < 128; c++) if (t.root[c]! >= 0 || t.edgeChar.includes(c)) classOf[c] = classes++;
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;
  return { classOf, classes };
}

/** Largest Aho-Corasick table (states x character classes) built as a full DFA; larger ones follow failure links. */
const rcDfaLimit = 1 << 18;

/**
 * Does the text contain one of several lowercase ASCII literals under RegExp `iu`? One
 * Aho-Corasick pass over the folded text (see {@link rcFoldCode}): time linear in the text
 * whatever the number of literals, where a RegExp alternation tries every literal at every place.
 */
function rcContainsAnyTest(literals: readonly string[]): RcVisit {
  if (literals.includes("")) return () => true;
  const t = rcFoldTrie(literals);
  const fail = t.fail;
  const ends = t.ends;
  // Breadth-first: a node's failure link is the longest proper suffix of its path that is in the
  // trie; a node ends a literal when its failure link does (a shorter literal ends there).
  const order: number[] = [];
  for (let c = 0; c < 128; c++) if (t.root[c]! > 0) order.push(t.root[c]!);
  for (let q = 0; q < order.length; q++) {
    const n = order[q]!;
    for (let e = t.edgeStart[n]!; e < t.edgeStart[n + 1]!; e++) {
      const c = t.edgeChar[e]!;
      const child = t.edgeTarget[e]!;
      let f = fail[n]!;
      let to = rcTrieChild(t, f, c);
      while (to < 0 && f !== 0) {
        f = fail[f]!;
        to = rcTrieChild(t, f, c);
      }
      fail[child] = to < 0 ? 0 : to;
      if (ends[fail[child]!] === 1) ends[child] = 1;
      order.push(child);
    }
  }
  const { classOf, classes } = rcTrieClasses(t);
  const longS = classOf[115]!;
  const kelvin = classOf[107]!;
  const states = ends.length;
  if (states * classes <= rcDfaLimit) {
    // The full DFA, rows in breadth-first order so a failure link's row is complete before it is copied.
    // Entries are premultiplied (state x classes) row offsets, or -1 for a state that ends a literal
    // (the search stops there, so its row is never read).
    const delta = new Int32Array(states * classes);
    const fill = (n: number) => {
      const row = n * classes;
      const failRow = fail[n]! * classes;
      for (let c = 1; c < 128; c++) {
        const k = classOf[c]!;
        if (k === 0 || (c >= 65 && c <= 90)) continue;
        const to = rcTrieChild(t, n, c);
        delta[row + k] = to < 0 ? (n === 0 ? 0 : delta[failRow + k]!) : ends[to] === 1 ? -1 : to * classes;
      }
    };
    fill(0);
    for (const n of order) if (ends[n] === 0) fill(n);
    return (v) => {
      const s = typeof v === "string" ? v : String(v);
      let row = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        row = delta[row + (c < 128 ? classOf[c]! : c === 0x17f ? longS : c === 0x212a ? kelvin : 0)]!;
        if (row < 0) return true;
      }
      return false;
    };
  }
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = rcFoldCode(s.charCodeAt(i));
      if (c < 0) {
        n = 0;
        continue;
      }
      let to = rcTrieChild(t, n, c);
      while (to < 0 && n !== 0) {
        n = fail[n]!;
        to = rcTrieChild(t, n, c);
      }
      n = to < 0 ? 0 : to;
      if (ends[n] === 1) return true;
    }
    return false;
  };
}

/**
 * Does `text` equal the ASCII text `low` (lowercase, same length) under RegExp `iu` (Unicode
 * simple case folding)? Without allocating: an ASCII letter matches its two cases, other ASCII
 * characters only themselves, and the only non-ASCII characters that fold onto ASCII are
 * U+017F (long s, to `s`) and U+212A (Kelvin sign, to `k`); test/matcher/field-access.test.ts
 * checks that fact against the running engine.
 */
export function rcFoldEquals(text: string, low: string): boolean {
  for (let i = 0; i < low.length; i++) {
    const c = text.charCodeAt(i);
    const x = low.charCodeAt(i);
    if (c === x || (x >= 97 && x <= 122 && c === x - 32) || (c === 0x17f && x === 115) || (c === 0x212a && x === 107)) continue;
    return false;
  }
  return true;
}

/** {@link rcFoldEquals} on the part of `text` from `at` (the caller checks that `low` fits). */
export function rcFoldEqualsAt(text: string, at: number, low: string): boolean {
  for (let i = 0; i < low.length; i++) {
    const c = text.charCodeAt(at + i);
    const x = low.charCodeAt(i);
    if (c === x || (x >= 97 && x <= 122 && c === x - 32) || (c === 0x17f && x === 115) || (c === 0x212a && x === 107)) continue;
    return false;
  }
  return true;
}

/** Lifts a text test to a value visitor. */
export function rcOnText(test: (s: string) => boolean): RcVisit {
  return (v) => test(typeof v === "string" ? v : String(v));
}

// ---------------------------------------------------------------------------------
// Numbers, comparisons, time parts

const rcNumeric = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** The number a value stands for (a number, or a numeric string), else `undefined`. */
export function rcNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && rcNumeric.test(v)) return Number(v);
  return undefined;
}

export type RcCompareOp = "eq" | "lt" | "lte" | "gt" | "gte";
export type RcTimePart = "minute" | "hour" | "day" | "week" | "month" | "year";

function rcOrder(op: RcCompareOp, c: number): boolean {
  switch (op) {
    case "eq": return c === 0;
    case "lt": return c < 0;
    case "lte": return c <= 0;
    case "gt": return c > 0;
    case "gte": return c >= 0;
  }
}

/** Seconds since the epoch of a date value (ISO 8601 text, or epoch seconds), else `undefined`. */
export function rcEpochSeconds(v: unknown): number | undefined {
  const n = rcNumber(v);
  if (n !== undefined) return n > 1e11 ? n / 1000 : n; // epoch milliseconds are recognised by size
  if (typeof v !== "string") return undefined;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(v.trim())) return undefined;
  let text = v.trim().replace(" ", "T");
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(text)) text += "Z"; // no zone: UTC
  text = text.replace(/\.(\d{3})\d+/, ".$1"); // Date.parse takes milliseconds only
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** The ISO 8601 week number (1-53) of a UTC date. */
function rcIsoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** A time part (UTC) of a date value. */
export function rcTimePart(v: unknown, part: RcTimePart): number | undefined {
  const s = rcEpochSeconds(v);
  if (s === undefined) return undefined;
  const d = new Date(s * 1000);
  switch (part) {
    case "minute": return d.getUTCMinutes();
    case "hour": return d.getUTCHours();
    case "day": return d.getUTCDate();
    case "week": return rcIsoWeek(d);
    case "month": return d.getUTCMonth() + 1;
    case "year": return d.getUTCFullYear();
  }
}

/** `Compare`: numeric, text (UTF-16 code units) or on a time part. */
export function rcCompare(op: RcCompareOp, value: number | string, numeric: boolean, timePart?: RcTimePart): RcVisit {
  if (timePart) {
    const want = rcNumber(value);
    return (v) => {
      const got = rcTimePart(v, timePart);
      return got !== undefined && want !== undefined && rcOrder(op, got - want);
    };
  }
  if (numeric) {
    const want = rcNumber(value);
    if (want === undefined) return () => false;
    return (v) => {
      const got = rcNumber(v);
      return got !== undefined && rcOrder(op, got < want ? -1 : got > want ? 1 : 0);
    };
  }
  const want = rcText(value);
  return (v) => {
    const got = rcText(v);
    return rcOrder(op, got < want ? -1 : got > want ? 1 : 0);
  };
}

/**
 * `Regex`: a search (unanchored) with an already translated JS RegExp (or an {@link rcLinearRegex}).
 * The generator proves what every match needs (`regexPrefilter` in src/regex/prefilter.ts): at least
 * `minLength` UTF-16 units and the text `required`; values without them are refused before the
 * search (a RegExp tries every start position, `.{1000,}` costs a scan per position).
 */
export function rcRegex(re: { test(s: string): boolean }, minLength = 0, required = ""): RcVisit {
  if (minLength === 0 && required === "") return (v) => re.test(typeof v === "string" ? v : String(v));
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    return s.length >= minLength && (required === "" || s.includes(required)) && re.test(s);
  };
}

/** A RegExp or an {@link rcLinearRegex}: something with `test`. */
function rcIsTester(re: unknown): re is { test(s: string): boolean } {
  return re instanceof RegExp || (typeof re === "object" && re !== null && typeof (re as { test?: unknown }).test === "function");
}

/** One instruction of rulecast's regex NFA (see `serializeNfa` in src/regex/nfa.ts). */
type RcNfaIns = [0, number, number[]] | [1, number, number] | [2, number, number] | [3];

/**
 * A regex search in time linear in the value (a lazily built DFA over rulecast's NFA), used instead of
 * RegExp for patterns on which backtracking could take super-linear time (ReDoS).
 * PCRE meaning: `\n` is the only newline, `$` also matches before a final `\n`, `\b` is ASCII.
 */
export function rcLinearRegex(program: RcNfaIns[], start: number): { test(s: string): boolean } {
  const mark = new Int32Array(program.length).fill(-1);
  let gen = 0;
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);
  const inSet = (r: number[], c: number) => {
    for (let k = 0; k < r.length; k += 2) if (c >= r[k]! && c <= r[k + 1]!) return true;
    return false;
  };
  // prev: 0 start, 1 newline, 2 word, 3 other; next: 0 end, 1 final newline, 2 newline, 3 word, 4 other
  const holds = (a: number, prev: number, next: number): boolean => {
    switch (a) {
      case 0: return prev === 0;
      case 1: return prev <= 1;
      case 2: return next === 0;
      case 3: return next <= 1;
      case 4: return next <= 2;
      case 5: return (prev === 2) !== (next === 3);
      default: return (prev === 2) === (next === 3);
    }
  };
  // A lazy DFA over the NFA: a state is the pending NFA states plus the kind of the previous
  // character; transitions are cached per code point (the cache is flushed when it grows large).
  type RcDfaState = { prev: number; pending: number[]; ascii: (RcDfaState | boolean | undefined)[]; other: Map<number, RcDfaState | boolean> };
  let states = new Map<string, RcDfaState>();
  const state = (prev: number, pending: number[]): RcDfaState => {
    const ps = [...new Set(pending)].sort((a, b) => a - b);
    const key = prev + ":" + ps.join(",");
    let st = states.get(key);
    if (!st) {
      if (states.size >= 2048) states = new Map();
      st = { prev, pending: ps, ascii: new Array(128), other: new Map() };
      states.set(key, st);
    }
    return st;
  };
  // symbol: a code point, -1 end of text, -2 a `\n` that is the last character.
  const transition = (st: RcDfaState, symbol: number): RcDfaState | boolean => {
    const cp = symbol === -2 ? 10 : symbol;
    const next = symbol === -1 ? 0 : symbol === -2 ? 1 : cp === 10 ? 2 : word(cp) ? 3 : 4;
    gen++;
    const consumers: number[] = [];
    const stack = [start, ...st.pending];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (mark[pc] === gen) continue;
      mark[pc] = gen;
      const ins = program[pc]!;
      if (ins[0] === 3) return true;
      if (ins[0] === 0) consumers.push(pc);
      else if (ins[0] === 1) stack.push(ins[2], ins[1]);
      else if (holds(ins[2], st.prev, next)) stack.push(ins[1]);
    }
    if (symbol === -1) return false;
    const pending: number[] = [];
    for (const pc of consumers) {
      const ins = program[pc] as [0, number, number[]];
      if (inSet(ins[2], cp)) pending.push(ins[1]);
    }
    return state(cp === 10 ? 1 : word(cp) ? 2 : 3, pending);
  };
  const step = (st: RcDfaState, symbol: number): RcDfaState | boolean => {
    if (symbol >= 0 && symbol < 128) {
      const hit = st.ascii[symbol];
      if (hit !== undefined) return hit;
      return (st.ascii[symbol] = transition(st, symbol));
    }
    const hit = st.other.get(symbol);
    if (hit !== undefined) return hit;
    const computed = transition(st, symbol);
    st.other.set(symbol, computed);
    return computed;
  };
  const initial = state(0, []);
  return {
    test(s: string): boolean {
      const n = s.length;
      let st = initial;
      for (let i = 0; i < n; ) {
        const cp = s.codePointAt(i)!;
        i += cp > 0xffff ? 2 : 1;
        const r = step(st, cp === 10 && i === n ? -2 : cp);
        if (r === true) return true;
        st = r as RcDfaState;
      }
      return step(st, -1) === true;
    },
  };
}

// ---------------------------------------------------------------------------------
// IP networks

function rcParseV4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255 || (m[i]!.length > 1 && m[i]![0] === "0")) return undefined;
    n = n * 256 + o;
  }
  return n;
}

/**
 * An IPv6 address as 8 16-bit groups, or undefined when the text is not one of the forms
 * of RFC 4291 §2.2: groups of 1-4 hex digits (any case); at most one `::`, standing for one
 * or more zero groups; optionally a dotted-quad IPv4 tail (read by {@link rcParseV4}, so no
 * leading zeros) as the last piece, filling the last two groups. Zone ids (`%eth0`) are refused.
 */
export function rcParseV6(s: string): number[] | undefined {
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const head = rcV6Groups(halves[0]!, halves.length === 1);
  if (!head) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const tail = rcV6Groups(halves[1]!, true);
  if (!tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return undefined;
  for (let i = 0; i < fill; i++) head.push(0);
  for (const g of tail) head.push(g);
  return head;
}

const rcHexGroup = /^[0-9a-fA-F]{1,4}$/;

/** The groups of a `:`-separated run ("" is none); an IPv4 tail is allowed as the last piece when `last`. */
function rcV6Groups(text: string, last: boolean): number[] | undefined {
  if (text === "") return [];
  const pieces = text.split(":");
  const out: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (rcHexGroup.test(p)) out.push(parseInt(p, 16));
    else if (last && i === pieces.length - 1 && p.includes(".")) {
      const v4 = rcParseV4(p);
      if (v4 === undefined) return undefined;
      out.push(Math.floor(v4 / 65536), v4 % 65536);
    } else return undefined;
  }
  return out;
}

/**
 * `Cidr`: the value is an address inside the network. IPv4 networks match IPv4 text
 * only, IPv6 networks IPv6 text only (an IPv4-mapped `::ffff:a.b.c.d` is IPv6 text).
 */
export function rcCidr(cidr: string): RcVisit {
  const slash = cidr.indexOf("/");
  const addr = slash < 0 ? cidr : cidr.slice(0, slash);
  const v4 = rcParseV4(addr);
  if (v4 !== undefined) {
    const bits = slash < 0 ? 32 : Number(cidr.slice(slash + 1));
    const size = 2 ** (32 - bits);
    const base = Math.floor(v4 / size) * size;
    return (v) => {
      const a = typeof v === "string" ? rcParseV4(v) : undefined;
      return a !== undefined && a >= base && a < base + size;
    };
  }
  const v6 = rcParseV6(addr);
  const bits = slash < 0 ? 128 : Number(cidr.slice(slash + 1));
  if (!v6 || !(bits >= 0 && bits <= 128)) return () => false;
  return (v) => {
    const a = typeof v === "string" ? rcParseV6(v) : undefined;
    if (!a) return false;
    let left = bits;
    for (let g = 0; g < 8 && left > 0; g++) {
      const take = Math.min(16, left);
      const mask = (0xffff << (16 - take)) & 0xffff;
      if ((a[g]! & mask) !== (v6[g]! & mask)) return false;
      left -= take;
    }
    return true;
  };
}

/** `FieldEquals`: some value of one field equals some value of the other (text forms). */
export function rcFieldEquals(ev: unknown, f: (node: unknown, visit: RcVisit) => boolean, other: (node: unknown, visit: RcVisit) => boolean, caseSensitive: boolean): boolean {
  // The other field's values go to a shared list (no closure or array per call); nothing reenters here during the walks.
  const others = rcEqualsOthers;
  others.length = 0;
  other(ev, rcCollectOther);
  if (others.length === 0) return false;
  rcEqualsFold = !caseSensitive;
  const hit = f(ev, rcEqualsSome);
  others.length = 0;
  return hit;
}

const rcEqualsOthers: string[] = [];
let rcEqualsFold = false;

function rcCollectOther(v: RcScalar): boolean {
  rcEqualsOthers.push(typeof v === "string" ? v : String(v));
  return false;
}

function rcEqualsSome(v: RcScalar): boolean {
  const s = typeof v === "string" ? v : String(v);
  const others = rcEqualsOthers;
  for (let i = 0; i < others.length; i++) if (s === others[i] || (rcEqualsFold && rcFoldSame(s, others[i]!))) return true;
  return false;
}

/**
 * Are two texts equal under RegExp `iu` (Unicode simple case folding)? Compared in place:
 * where they differ, two characters that both fold onto ASCII (ASCII, U+017F, U+212A: one
 * code unit each, see {@link rcFoldsToAscii}) decide by their folds, and one that does beside
 * one that does not means different texts; only two other differing characters (`é`/`É`, or
 * surrogates) need the RegExp.
 */
export function rcFoldSame(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const fx = rcFoldCode(x);
    const fy = rcFoldCode(y);
    if (fx >= 0 && fy >= 0) {
      if (fx === fy) continue;
      return false;
    }
    if (fx >= 0 || fy >= 0) return false;
    return new RegExp("^" + rcEscapeRegex(b) + "$", "iu").test(a);
  }
  // Every code point so far paired with one of the same length: texts of different lengths differ.
  return a.length === b.length;
}

/** `Keyword`: a pattern over every value of the event, or over its raw text. */
export function rcKeyword(ev: unknown, ctx: RcContext | undefined, test: (s: string) => boolean, raw: boolean): boolean {
  if (raw) return test(ctx?.raw ?? JSON.stringify(ev));
  return rcEveryValue(ev, (v) => test(rcText(v)));
}

// ---------------------------------------------------------------------------------
// SPL eval values

/** An eval value: `null`, a scalar or a multivalue (array of scalars). */
export type RcEval = RcValue;

/** The eval value of a field: missing -> null, one value -> that value, several -> multivalue. */
export function rcFieldValue(ev: unknown, f: RcResolver): RcEval {
  const vs = rcValues(ev, f);
  return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
}

function rcFirst(v: RcEval): RcScalar | null {
  return Array.isArray(v) ? (v.length ? v[0]! : null) : v;
}

function rcEvalText(v: RcEval): string | null {
  const s = rcFirst(v);
  return s === null ? null : rcText(s);
}

/** Compares two scalars the eval way: numbers (or numeric strings) numerically, else text, case-sensitively. */
function rcEvalCmp(a: RcScalar, b: RcScalar): number {
  const x = rcNumber(a);
  const y = rcNumber(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  const s = rcText(a);
  const t = rcText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** True only for boolean `true`: a null condition is not true. */
export function rcTruthy(v: RcEval): boolean {
  return v === true;
}

/** Binary operators of eval. Multivalue operands compare true when any value does. */
export function rcBinary(op: string, a: RcEval, b: RcEval): RcEval {
  switch (op) {
    case "AND": return a === true && b === true;
    case "OR": return a === true || b === true;
    case "XOR": return (a === true) !== (b === true);
  }
  if (a === null || b === null) return null;
  if (op === "=" || op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
    const as = Array.isArray(a) ? a : [a];
    const bs = Array.isArray(b) ? b : [b];
    for (const x of as) {
      for (const y of bs) {
        const c = rcEvalCmp(x, y);
        const ok = op === "=" || op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
        if (ok) return true;
      }
    }
    return false;
  }
  if (op === "LIKE") return rcLike(a, b);
  const x = rcFirst(a);
  const y = rcFirst(b);
  if (x === null || y === null) return null;
  if (op === ".") return rcText(x) + rcText(y);
  const nx = rcNumber(x);
  const ny = rcNumber(y);
  if (op === "+" && (nx === undefined || ny === undefined)) {
    return typeof x === "string" && typeof y === "string" ? x + y : null;
  }
  if (nx === undefined || ny === undefined) return null;
  switch (op) {
    case "+": return nx + ny;
    case "-": return nx - ny;
    case "*": return nx * ny;
    case "/": return ny === 0 ? null : nx / ny;
    case "%": return ny === 0 ? null : nx % ny;
  }
  return null;
}

export function rcUnary(op: string, a: RcEval): RcEval {
  if (op === "NOT") return a === null ? null : a !== true;
  const n = rcNumber(rcFirst(a));
  return n === undefined ? null : -n;
}

/** SPL `like`: `%` any run, `_` one character; case-sensitive; whole value. */
export function rcLike(a: RcEval, pattern: RcEval): RcEval {
  const p = rcEvalText(pattern);
  if (p === null) return null;
  // As wildcard parts, so several `%` never become a backtracking RegExp (ReDoS).
  const parts: RcPatternPart[] = [];
  for (const ch of p) {
    const part: RcPatternPart = ch === "%" ? 0 : ch === "_" ? 1 : ch;
    const last = parts[parts.length - 1];
    if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
    else if (!(part === 0 && last === 0)) parts.push(part);
  }
  const test = rcTextPattern(parts, true);
  const vs = Array.isArray(a) ? a : a === null ? [] : [a];
  return vs.some((v) => test(rcText(v)));
}

function rcMv(v: RcEval): RcScalar[] {
  return v === null ? [] : Array.isArray(v) ? v : [v];
}

function rcMvOrOne(vs: RcScalar[]): RcEval {
  return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
}

const rcPad = (n: number, w = 2) => String(n).padStart(w, "0");
const rcMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const rcDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** strftime over epoch seconds, in UTC (the conversions of `convert ctime` and eval `strftime`). */
export function rcStrftime(seconds: number, format: string): string {
  const d = new Date(seconds * 1000);
  const frac = seconds - Math.floor(seconds);
  return format.replace(/%(\d?)([a-zA-Z%])/g, (all, width: string, c: string) => {
    switch (c) {
      case "Y": return String(d.getUTCFullYear());
      case "y": return rcPad(d.getUTCFullYear() % 100);
      case "m": return rcPad(d.getUTCMonth() + 1);
      case "d": return rcPad(d.getUTCDate());
      case "e": return String(d.getUTCDate()).padStart(2, " ");
      case "H": return rcPad(d.getUTCHours());
      case "I": return rcPad(((d.getUTCHours() + 11) % 12) + 1);
      case "p": return d.getUTCHours() < 12 ? "AM" : "PM";
      case "M": return rcPad(d.getUTCMinutes());
      case "S": return rcPad(d.getUTCSeconds());
      case "j": return rcPad(Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3);
      case "b": return rcMonths[d.getUTCMonth()]!.slice(0, 3);
      case "B": return rcMonths[d.getUTCMonth()]!;
      case "a": return rcDays[d.getUTCDay()]!.slice(0, 3);
      case "A": return rcDays[d.getUTCDay()]!;
      case "Z": return "UTC";
      case "z": return "+0000";
      case "s": return String(Math.floor(seconds));
      case "T": return `${rcPad(d.getUTCHours())}:${rcPad(d.getUTCMinutes())}:${rcPad(d.getUTCSeconds())}`;
      case "F": return `${d.getUTCFullYear()}-${rcPad(d.getUTCMonth() + 1)}-${rcPad(d.getUTCDate())}`;
      case "N": case "Q": {
        const w = width ? Number(width) : 3;
        return Math.floor(frac * 10 ** w).toString().padStart(w, "0");
      }
      case "%": return "%";
      default: return all;
    }
  });
}

/** strptime (UTC) for the common directives; `null` when the text does not fit. */
export function rcStrptime(text: string, format: string): number | null {
  const fields: Record<string, number> = {};
  let src = "^";
  const order: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === "%" && i + 1 < format.length) {
      const c = format[++i]!;
      const num: Record<string, string> = { Y: "(\\d{4})", m: "(\\d{1,2})", d: "(\\d{1,2})", H: "(\\d{1,2})", M: "(\\d{1,2})", S: "(\\d{1,2})", y: "(\\d{2})", s: "(\\d+)", N: "(\\d+)", Q: "(\\d+)" };
      if (num[c]) {
        src += num[c];
        order.push(c);
      } else if (c === "b" || c === "B") {
        src += "([A-Za-z]+)";
        order.push("b");
      } else if (c === "z") {
        src += "([+-]\\d{2}:?\\d{2}|Z)";
        order.push("z");
      } else if (c === "Z") src += "[A-Za-z]+";
      else if (c === "%") src += "%";
      else return null;
    } else src += rcEscapeRegex(ch);
  }
  const m = new RegExp(src).exec(text);
  if (!m) return null;
  let offset = 0;
  order.forEach((c, idx) => {
    const g = m[idx + 1]!;
    if (c === "b") fields.m = rcMonths.findIndex((x) => x.slice(0, 3).toLowerCase() === g.slice(0, 3).toLowerCase()) + 1;
    else if (c === "z") {
      if (g !== "Z") {
        const t = g.replace(":", "");
        offset = (t[0] === "-" ? -1 : 1) * (Number(t.slice(1, 3)) * 3600 + Number(t.slice(3, 5)) * 60);
      }
    } else if (c === "y") fields.Y = 2000 + Number(g);
    else if (c === "N" || c === "Q") fields.frac = Number("0." + g);
    else fields[c] = Number(g);
  });
  if (fields.s !== undefined) return fields.s;
  const ms = Date.UTC(fields.Y ?? 1970, (fields.m ?? 1) - 1, fields.d ?? 1, fields.H ?? 0, fields.M ?? 0, fields.S ?? 0);
  return ms / 1000 + (fields.frac ?? 0) - offset;
}

function rcRound(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Eval functions by name. The code generator refuses names not listed here. */
export const rcEvalFunctions: Record<string, (...args: RcEval[]) => RcEval> = {
  if: (c, a, b) => (c === true ? a ?? null : b ?? null),
  case: (...args) => {
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i] === true) return args[i + 1]!;
    return null;
  },
  coalesce: (...args) => {
    for (const a of args) if (a !== null && !(Array.isArray(a) && a.length === 0)) return a;
    return null;
  },
  null: () => null,
  true: () => true,
  false: () => false,
  isnull: (a) => a === null,
  isnotnull: (a) => a !== null,
  isnum: (a) => typeof rcFirst(a) === "number" || rcNumber(rcFirst(a)) !== undefined,
  isstr: (a) => typeof rcFirst(a) === "string",
  isint: (a) => Number.isInteger(rcNumber(rcFirst(a))),
  typeof: (a) => (a === null ? "Invalid" : typeof rcFirst(a) === "boolean" ? "Boolean" : rcNumber(rcFirst(a)) !== undefined ? "Number" : "String"),
  lower: (a) => (a === null ? null : Array.isArray(a) ? a.map((x) => rcText(x).toLowerCase()) : rcText(a).toLowerCase()),
  upper: (a) => (a === null ? null : Array.isArray(a) ? a.map((x) => rcText(x).toUpperCase()) : rcText(a).toUpperCase()),
  len: (a) => {
    const s = rcEvalText(a);
    return s === null ? null : [...s].length;
  },
  tostring: (a, fmt) => {
    const v = rcFirst(a);
    if (v === null) return null;
    const f = rcEvalText(fmt ?? null);
    const n = rcNumber(v);
    if (f === "hex" && n !== undefined) return "0x" + Math.trunc(n).toString(16).toUpperCase();
    if (f === "commas" && n !== undefined) return rcRound(n, 2).toLocaleString("en-US");
    return rcText(v);
  },
  tonumber: (a, base) => {
    const s = rcEvalText(a);
    if (s === null) return null;
    const b = rcNumber(rcFirst(base ?? null));
    if (b !== undefined && b !== 10) {
      const n = parseInt(s, b);
      return Number.isNaN(n) ? null : n;
    }
    return rcNumber(s) ?? null;
  },
  abs: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.abs(n);
  },
  round: (a, d) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : rcRound(n, rcNumber(rcFirst(d ?? 0)) ?? 0);
  },
  floor: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.floor(n);
  },
  ceil: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.ceil(n);
  },
  ceiling: (a) => rcEvalFunctions.ceil!(a),
  pow: (a, b) => {
    const x = rcNumber(rcFirst(a));
    const y = rcNumber(rcFirst(b));
    return x === undefined || y === undefined ? null : x ** y;
  },
  sqrt: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined || n < 0 ? null : Math.sqrt(n);
  },
  ln: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined || n <= 0 ? null : Math.log(n);
  },
  log: (a, b) => {
    const n = rcNumber(rcFirst(a));
    const base = rcNumber(rcFirst(b ?? 10)) ?? 10;
    return n === undefined || n <= 0 ? null : Math.log(n) / Math.log(base);
  },
  exp: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.exp(n);
  },
  min: (...args) => {
    const vs = args.flatMap(rcMv);
    if (!vs.length) return null;
    return vs.reduce((m, v) => (rcEvalCmp(v, m) < 0 ? v : m));
  },
  max: (...args) => {
    const vs = args.flatMap(rcMv);
    if (!vs.length) return null;
    return vs.reduce((m, v) => (rcEvalCmp(v, m) > 0 ? v : m));
  },
  substr: (a, start, length) => {
    const s = rcEvalText(a);
    const st = rcNumber(rcFirst(start));
    if (s === null || st === undefined) return null;
    const chars = [...s];
    const from = st > 0 ? st - 1 : st < 0 ? Math.max(0, chars.length + st) : 0;
    const len = length === undefined || length === null ? chars.length : rcNumber(rcFirst(length)) ?? chars.length;
    return chars.slice(from, from + len).join("");
  },
  trim: (a, chars) => rcTrim(a, chars, true, true),
  ltrim: (a, chars) => rcTrim(a, chars, true, false),
  rtrim: (a, chars) => rcTrim(a, chars, false, true),
  split: (a, sep) => {
    const s = rcEvalText(a);
    const d = rcEvalText(sep);
    return s === null || d === null ? null : rcMvOrOne(d === "" ? [...s] : s.split(d));
  },
  mvcount: (a) => (a === null ? null : Array.isArray(a) ? a.length : 1),
  mvindex: (a, start, end) => {
    const vs = rcMv(a);
    const s0 = rcNumber(rcFirst(start));
    if (s0 === undefined) return null;
    const norm = (i: number) => (i < 0 ? vs.length + i : i);
    const s = norm(s0);
    if (end === undefined || end === null) return s >= 0 && s < vs.length ? vs[s]! : null;
    const e = norm(rcNumber(rcFirst(end)) ?? s0);
    return rcMvOrOne(vs.slice(Math.max(0, s), e + 1));
  },
  mvjoin: (a, sep) => {
    const d = rcEvalText(sep);
    return a === null || d === null ? null : rcMv(a).map(rcText).join(d);
  },
  mvappend: (...args) => rcMvOrOne(args.flatMap(rcMv)),
  mvdedup: (a) => rcMvOrOne([...new Set(rcMv(a).map(rcText))]),
  mvsort: (a) => rcMvOrOne(rcMv(a).map(rcText).sort()),
  mvfind: (a, re) => {
    if (!rcIsTester(re)) return null;
    const i = rcMv(a).findIndex((v) => re.test(rcText(v)));
    return i < 0 ? null : i;
  },
  match: (a, re) => {
    const s = rcEvalText(a);
    return s === null || !rcIsTester(re) ? null : re.test(s);
  },
  like: (a, p) => rcLike(a, p),
  replace: (a, re, repl) => {
    const s = rcEvalText(a);
    const r = rcEvalText(repl);
    if (s === null || r === null || !((re as unknown) instanceof RegExp)) return null;
    const g = new RegExp((re as unknown as RegExp).source, (re as unknown as RegExp).flags + "g");
    return s.replace(g, r.replace(/\$/g, "$$$$").replace(/\\(\d)/g, "$$$1"));
  },
  urldecode: (a) => {
    const s = rcEvalText(a);
    if (s === null) return null;
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return s;
    }
  },
  cidrmatch: (c, ip) => {
    const net = rcEvalText(c);
    if (net === null || ip === null) return null;
    const test = rcCidr(net);
    return rcMv(ip).some(test);
  },
  in: (a, ...list) => {
    if (a === null) return null;
    return rcMv(a).some((v) => list.some((l) => l !== null && rcMv(l).some((x) => rcEvalCmp(v, x) === 0)));
  },
  strftime: (t, f) => {
    const s = rcNumber(rcFirst(t));
    const fmt = rcEvalText(f);
    return s === undefined || fmt === null ? null : rcStrftime(s, fmt);
  },
  strptime: (a, f) => {
    const s = rcEvalText(a);
    const fmt = rcEvalText(f);
    return s === null || fmt === null ? null : rcStrptime(s, fmt);
  },
  printf: (f, ...args) => {
    const fmt = rcEvalText(f);
    if (fmt === null) return null;
    let i = 0;
    return fmt.replace(/%([sdif%])/g, (_m, c: string) => {
      if (c === "%") return "%";
      const v = rcFirst(args[i++] ?? null);
      if (v === null) return "";
      if (c === "d" || c === "i") return String(Math.trunc(rcNumber(v) ?? 0));
      if (c === "f") return (rcNumber(v) ?? 0).toFixed(6);
      return rcText(v);
    });
  },
};

function rcTrim(a: RcEval, chars: RcEval | undefined, left: boolean, right: boolean): RcEval {
  const s = rcEvalText(a);
  if (s === null) return null;
  const set = chars === undefined || chars === null ? " \t" : rcEvalText(chars) ?? " \t";
  let b = 0;
  let e = s.length;
  if (left) while (b < e && set.includes(s[b]!)) b++;
  if (right) while (e > b && set.includes(s[e - 1]!)) e--;
  return s.slice(b, e);
}

/** Calls an eval function by name (names are checked at generation time). */
export function rcCall(name: string, args: RcEval[]): RcEval {
  const fn = rcEvalFunctions[name];
  if (!fn) throw new Error(`unknown eval function ${name}`);
  return fn(...args);
}

// ---------------------------------------------------------------------------------
// Events to rows

/** Appends a value to a row field, making it multivalue when it already has one. */
function rcAddValue(row: RcRow, key: string, v: RcScalar): void {
  const old = row[key];
  if (old === undefined || old === null) row[key] = v;
  else if (Array.isArray(old)) old.push(v);
  else row[key] = [old, v];
}

/**
 * The fields a pipeline reads (bare names, without `{}`), with every `.`-prefix of them: a
 * walk goes down a key only on the way to one of these names.
 */
export interface RcRowFields {
  readonly names: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
}

/** {@link RcRowFields} for a pipeline's field names (`_time` is always kept). */
export function rcRowFields(names: readonly string[]): RcRowFields {
  const bare = new Set(names.map(rcStripBraces));
  bare.add("_time");
  const prefixes = new Set<string>();
  for (const n of bare) for (let i = n.indexOf("."); i >= 0; i = n.indexOf(".", i + 1)) prefixes.add(n.slice(0, i));
  return { names: bare, prefixes };
}

/**
 * Flattens an event the way Splunk's JSON extraction names its fields: `a.b`, arrays as
 * `a{}` (multivalue), values in their text form. `null` and empty arrays give no field.
 * `_time` (epoch seconds) is added from the first timestamp field found. With `keep`, only
 * the fields whose bare name it lists are built (the pipeline reads no others), and only the
 * parts of the event on the way to them are walked.
 */
export function rcEventRow(ev: unknown, timeFields: readonly RcResolver[], keep?: RcRowFields): RcRow {
  const row: RcRow = {};
  // `bare`: `prefix` without `{}` markers, computed once per path (only with `keep`).
  const walk = (node: unknown, prefix: string, bare: string): void => {
    if (node === null || node === undefined) return;
    if (Array.isArray(node)) {
      const name = prefix + "{}";
      const b = keep === undefined ? "" : rcStripBraces(name);
      for (const el of node) walk(el, name, b);
      return;
    }
    if (typeof node === "object") {
      for (const k in node as object) {
        if (!rcHasOwn.call(node, k)) continue;
        const name = prefix === "" ? k : prefix + "." + k;
        let b = "";
        if (keep !== undefined) {
          b = rcStripBraces(name);
          if (!keep.prefixes.has(b) && !keep.names.has(b)) continue;
        }
        walk((node as Record<string, unknown>)[k], name, b);
      }
      return;
    }
    if (prefix !== "" && (keep === undefined || keep.names.has(bare))) rcAddValue(row, prefix, rcText(node as RcScalar));
  };
  walk(ev, "", "");
  if (row._time === undefined) {
    const t = rcEventTime(ev, timeFields);
    if (t !== undefined) row._time = t;
  }
  return row;
}

/** The time (epoch seconds) of an event: the first timestamp field that holds a date. */
export function rcEventTime(ev: unknown, timeFields: readonly RcResolver[]): number | undefined {
  for (const f of timeFields) {
    let t: number | undefined;
    f(ev, (v) => {
      t = rcEpochSeconds(v);
      return t !== undefined;
    });
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Field names with SPL's `{}` markers removed. */
export function rcStripBraces(name: string): string {
  return name.indexOf("{}") < 0 ? name : name.replace(/\{\}/g, "");
}

/** A row seen the way field predicates see events: keys without `{}` markers. */
export function rcRowView(row: RcRow): RcRow {
  let needs = false;
  for (const k in row) if (k.indexOf("{}") >= 0) needs = true;
  if (!needs) return row;
  const out: RcRow = {};
  for (const k in row) {
    const v = row[k]!;
    const s = rcStripBraces(k);
    const old = out[s];
    out[s] = old === undefined || old === null ? v : ([] as RcScalar[]).concat(old, v ?? []);
  }
  return out;
}

/** The value of a row field by name: exact name first, then the same name with/without `{}`. */
export function rcGet(row: RcRow, name: string): RcValue {
  const v = row[name];
  if (v !== undefined) return v;
  const want = rcStripBraces(name);
  for (const k in row) if (rcStripBraces(k) === want) return row[k]!;
  return null;
}

function rcValueList(v: RcValue): RcScalar[] {
  return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
}

// ---------------------------------------------------------------------------------
// Pipeline stages (Splunk semantics)

/** Wildcard field-name matcher (`*` only), for rename/table/fields. */
function rcNameMatcher(pattern: string): RegExp {
  return new RegExp("^" + pattern.split("*").map(rcEscapeRegex).join("(.*)") + "$", "su");
}

/** `fillnull [value=v] [fields]`: with no fields, every field present in any row. */
export function rcFillnull(rows: RcRow[], value: string, fields: readonly string[] | null): RcRow[] {
  let names: string[];
  if (fields) names = [...fields];
  else {
    const seen = new Set<string>();
    for (const r of rows) for (const k in r) seen.add(k);
    names = [...seen];
  }
  return rows.map((r) => {
    const out: RcRow = { ...r };
    for (const n of names) {
      const v = out[n];
      if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) out[n] = value;
    }
    return out;
  });
}

export interface RcAggSpec {
  readonly fn: string;
  /** Field name as written (`user.groups{}`), absent for a bare count or an eval aggregation. */
  readonly field?: string;
  /** `count(eval(...))`: evaluated on the row view. */
  readonly eval?: (view: RcRow) => RcEval;
  readonly percentile?: number;
  readonly as: string;
}

function rcSortValues(vs: RcScalar[]): RcScalar[] {
  return vs.sort((a, b) => {
    const x = rcText(a);
    const y = rcText(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function rcNums(vs: RcScalar[]): number[] {
  const out: number[] = [];
  for (const v of vs) {
    const n = rcNumber(v);
    if (n !== undefined) out.push(n);
  }
  return out;
}

function rcPercentile(nums: number[], p: number): number | null {
  if (!nums.length) return null;
  const s = [...nums].sort((a, b) => a - b);
  // Splunk's `perc` (nearest rank on the sorted values).
  const idx = Math.min(s.length - 1, Math.max(0, Math.round((p / 100) * (s.length - 1))));
  return s[idx]!;
}

function rcNumOut(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

/** One aggregation over the rows of a group. */
function rcAggregate(spec: RcAggSpec, rows: RcRow[]): RcValue {
  const fn = spec.fn;
  if (spec.eval) {
    const ev = spec.eval;
    const vals: RcScalar[] = [];
    for (const r of rows) {
      const v = ev(rcRowView(r));
      // `count(eval(cond))` counts rows where the condition is true; other functions aggregate the values.
      if (fn === "count") {
        if (v === true) vals.push(true);
      } else for (const x of rcValueList(v as RcValue)) vals.push(x);
    }
    return rcAggregateValues(fn, vals, rows, spec, true);
  }
  if (spec.field === undefined) return fn === "count" ? rows.length : null;
  const vals: RcScalar[] = [];
  for (const r of rows) for (const v of rcValueList(rcGet(r, spec.field))) vals.push(v);
  return rcAggregateValues(fn, vals, rows, spec, false);
}

function rcAggregateValues(fn: string, vals: RcScalar[], rows: RcRow[], spec: RcAggSpec, fromEval: boolean): RcValue {
  switch (fn) {
    case "count": return vals.length;
    case "dc": case "distinct_count": return new Set(vals.map(rcText)).size;
    case "values": return rcMvValue(rcSortValues([...new Set(vals.map(rcText))]));
    case "list": return rcMvValue(vals.slice(0, 100).map(rcText));
    case "min": case "max": {
      const nums = rcNums(vals);
      if (nums.length && nums.length === vals.length) return rcNumOut(fn === "min" ? Math.min(...nums) : Math.max(...nums));
      if (!vals.length) return null;
      // Mixed or text values: Splunk compares numbers below text, text lexicographically.
      const sorted = rcSortMixed(vals);
      return rcText(fn === "min" ? sorted[0]! : sorted[sorted.length - 1]!);
    }
    case "sum": {
      const nums = rcNums(vals);
      return nums.length ? rcNumOut(nums.reduce((a, b) => a + b, 0)) : null;
    }
    case "avg": case "mean": {
      const nums = rcNums(vals);
      return nums.length ? rcNumOut(nums.reduce((a, b) => a + b, 0) / nums.length) : null;
    }
    case "range": {
      const nums = rcNums(vals);
      return nums.length ? rcNumOut(Math.max(...nums) - Math.min(...nums)) : null;
    }
    case "median": return rcPercentile(rcNums(vals), 50);
    case "perc": case "p": return rcPercentile(rcNums(vals), spec.percentile ?? 50);
    case "var": case "stdev": {
      const nums = rcNums(vals);
      if (nums.length < 2) return nums.length ? 0 : null;
      const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
      const v = nums.reduce((a, b) => a + (b - mean) ** 2, 0) / (nums.length - 1);
      return rcNumOut(fn === "var" ? v : Math.sqrt(v));
    }
    case "mode": {
      if (!vals.length) return null;
      const counts = new Map<string, number>();
      let best = "";
      let bestN = 0;
      for (const v of vals.map(rcText)) {
        const n = (counts.get(v) ?? 0) + 1;
        counts.set(v, n);
        if (n > bestN) {
          best = v;
          bestN = n;
        }
      }
      return best;
    }
    case "first": return vals.length ? rcText(vals[0]!) : null;
    case "last": return vals.length ? rcText(vals[vals.length - 1]!) : null;
    case "earliest": case "latest": case "earliest_time": case "latest_time": {
      // By `_time`; rows without a time come in input order.
      let bestRow: RcRow | undefined;
      let bestT = 0;
      for (const r of rows) {
        const t = rcNumber(rcFirst(rcGet(r, "_time")));
        const has = fromEval || spec.field === undefined || rcValueList(rcGet(r, spec.field)).length > 0;
        if (!has || t === undefined) continue;
        if (bestRow === undefined || (fn.startsWith("earliest") ? t < bestT : t >= bestT)) {
          bestRow = r;
          bestT = t;
        }
      }
      if (bestRow === undefined) return fn.endsWith("_time") ? null : vals.length ? rcText(vals[0]!) : null;
      if (fn.endsWith("_time")) return bestT;
      const v = spec.field === undefined ? null : rcValueList(rcGet(bestRow, spec.field));
      return v && v.length ? rcText(v[0]!) : null;
    }
  }
  throw new Error(`unsupported aggregation ${fn}`);
}

function rcMvValue(vs: RcScalar[]): RcValue {
  return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
}

/** Numbers first (numerically), then text (lexicographically): Splunk's default order. */
function rcSortMixed(vs: RcScalar[]): RcScalar[] {
  return [...vs].sort(rcCompareMixed);
}

function rcCompareMixed(a: RcScalar, b: RcScalar): number {
  const x = rcNumber(a);
  const y = rcNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  const s = rcText(a);
  const t = rcText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

export interface RcStatsSpec {
  readonly command: "stats" | "eventstats" | "streamstats" | "tstats";
  readonly aggs: readonly RcAggSpec[];
  /** By-fields as written (`sourceIPs{}`): output columns keep these names. */
  readonly by: readonly string[];
}

/**
 * Group keys of a row: one per combination of by-field values (multivalue by-fields
 * expand, several of them as a cartesian product); none when a by-field is missing.
 */
function rcGroupKeys(row: RcRow, by: readonly string[]): string[][] {
  let combos: string[][] = [[]];
  for (const b of by) {
    const vals = [...new Set(rcValueList(rcGet(row, b)).map(rcText))];
    if (vals.length === 0) return [];
    const next: string[][] = [];
    for (const c of combos) for (const v of vals) next.push([...c, v]);
    combos = next;
  }
  return combos;
}

function rcCompareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = rcCompareMixed(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** `stats`/`eventstats`/`streamstats`. */
export function rcStats(rows: RcRow[], spec: RcStatsSpec, stateLimit: number): RcRow[] {
  if (spec.command === "streamstats") return rcStreamstats(rows, spec);
  const groups = new Map<string, { key: string[]; rows: RcRow[] }>();
  const rowGroups: string[][] = [];
  for (const r of rows) {
    const ids: string[] = [];
    for (const key of rcGroupKeys(r, spec.by)) {
      const id = JSON.stringify(key);
      let g = groups.get(id);
      if (!g) {
        g = { key, rows: [] };
        groups.set(id, g);
        if (groups.size > stateLimit) throw new RcStateLimit(`stats: more than ${stateLimit} groups`);
      }
      g.rows.push(r);
      ids.push(id);
    }
    rowGroups.push(ids);
  }
  if (spec.command === "eventstats") {
    const results = new Map<string, RcRow>();
    for (const [id, g] of groups) {
      const res: RcRow = {};
      for (const a of spec.aggs) res[a.as] = rcAggregate(a, g.rows);
      results.set(id, res);
    }
    return rows.map((r, i) => {
      const ids = rowGroups[i]!;
      if (ids.length === 0) return r;
      const out: RcRow = { ...r };
      for (const a of spec.aggs) {
        const vs = ids.flatMap((id) => rcValueList(results.get(id)![a.as] ?? null));
        out[a.as] = rcMvValue(vs);
      }
      return out;
    });
  }
  if (spec.by.length === 0) {
    const res: RcRow = {};
    for (const a of spec.aggs) res[a.as] = rcAggregate(a, rows);
    return [res];
  }
  const sorted = [...groups.values()].sort((a, b) => rcCompareKeys(a.key, b.key));
  return sorted.map((g) => {
    const res: RcRow = {};
    spec.by.forEach((b, i) => (res[b] = g.key[i]!));
    for (const a of spec.aggs) res[a.as] = rcAggregate(a, g.rows);
    return res;
  });
}

function rcStreamstats(rows: RcRow[], spec: RcStatsSpec): RcRow[] {
  const seen = new Map<string, RcRow[]>();
  return rows.map((r) => {
    const keys = rcGroupKeys(r, spec.by);
    if (keys.length === 0 && spec.by.length > 0) return r;
    const id = JSON.stringify(keys[0] ?? []);
    const list = seen.get(id) ?? [];
    list.push(r);
    seen.set(id, list);
    const out: RcRow = { ...r };
    for (const a of spec.aggs) out[a.as] = rcAggregate(a, list);
    return out;
  });
}

/** Thrown when a pipeline or correlation exceeds its state limit (reported as `run/state-limit`). */
export class RcStateLimit extends Error {
  override readonly name = "RcStateLimit";
}

/** `eval a=..., b=...`: assignments in order, each seeing the ones before it. */
export function rcEvalStage(rows: RcRow[], assigns: readonly { field: string; fn: (view: RcRow) => RcEval }[]): RcRow[] {
  return rows.map((r) => {
    const out: RcRow = { ...r };
    for (const a of assigns) {
      const v = a.fn(rcRowView(out));
      if (v === null) delete out[a.field];
      else out[a.field] = v;
    }
    return out;
  });
}

/** `rename a as b, x* as y*`: a renamed column keeps its place; renaming onto an existing field replaces it. */
export function rcRename(rows: RcRow[], renames: readonly { from: string; to: string }[]): RcRow[] {
  return rows.map((r) => {
    let out: RcRow = r;
    for (const { from, to } of renames) {
      const re = from.includes("*") ? rcNameMatcher(from) : null;
      const exact = re ? undefined : from in out ? from : Object.keys(out).find((k) => rcStripBraces(k) === rcStripBraces(from));
      const newName = (k: string): string | undefined => {
        if (!re) return k === exact ? to : undefined;
        const m = re.exec(k);
        if (!m) return undefined;
        let i = 1;
        return to.replace(/\*/g, () => m[i++] ?? "");
      };
      const targets = new Set<string>();
      for (const k in out) {
        const nk = newName(k);
        if (nk !== undefined) targets.add(nk);
      }
      if (targets.size === 0) continue;
      const next: RcRow = {};
      for (const k in out) {
        const nk = newName(k);
        if (nk !== undefined) next[nk] = out[k]!;
        else if (!targets.has(k)) next[k] = out[k]!;
      }
      out = next;
    }
    return out;
  });
}

function rcSelect(row: RcRow, patterns: readonly string[]): string[] {
  const keys: string[] = [];
  for (const p of patterns) {
    if (p.includes("*")) {
      const re = rcNameMatcher(p);
      for (const k of Object.keys(row)) if (re.test(k) && !keys.includes(k)) keys.push(k);
    } else if (p in row && !keys.includes(p)) keys.push(p);
  }
  return keys;
}

/** `table f1 f2 f*`: only these columns, in this order. */
export function rcTable(rows: RcRow[], fields: readonly string[]): RcRow[] {
  return rows.map((r) => {
    const out: RcRow = {};
    for (const k of rcSelect(r, fields)) out[k] = r[k]!;
    return out;
  });
}

/** `fields [+|-] f1 f2`. */
export function rcFields(rows: RcRow[], mode: "keep" | "remove", fields: readonly string[]): RcRow[] {
  return rows.map((r) => {
    const picked = new Set(rcSelect(r, fields));
    const out: RcRow = {};
    for (const k in r) if (picked.has(k) === (mode === "keep")) out[k] = r[k]!;
    return out;
  });
}

export interface RcSortKey {
  readonly field: string;
  readonly descending: boolean;
  readonly as?: "num" | "str" | "ip" | "auto";
}

function rcSortCompare(keys: readonly RcSortKey[]): (a: RcRow, b: RcRow) => number {
  return (a, b) => {
    for (const k of keys) {
      const x = rcFirst(rcGet(a, k.field));
      const y = rcFirst(rcGet(b, k.field));
      let c: number;
      // Rows without the field sort last ascending (first descending).
      if (x === null || y === null) c = x === null && y === null ? 0 : x === null ? 1 : -1;
      else if (k.as === "str") c = rcText(x) < rcText(y) ? -1 : rcText(x) > rcText(y) ? 1 : 0;
      else if (k.as === "num") c = (rcNumber(x) ?? Infinity) - (rcNumber(y) ?? Infinity) || 0;
      else if (k.as === "ip") c = rcCompareMixed(rcIpKey(x), rcIpKey(y));
      else c = rcCompareMixed(x, y);
      if (c !== 0) return k.descending ? -c : c;
    }
    return 0;
  };
}

function rcIpKey(v: RcScalar): RcScalar {
  const n = typeof v === "string" ? rcParseV4(v) : undefined;
  return n === undefined ? v : n;
}

/** `sort [limit] [-]f ...`: stable. */
export function rcSort(rows: RcRow[], keys: readonly RcSortKey[], limit: number | null): RcRow[] {
  const out = [...rows].sort(rcSortCompare(keys));
  return limit === null || limit === 0 ? out : out.slice(0, limit);
}

/** `dedup [N] f1 f2 [keepempty=] [consecutive=] [sortby ...]`. */
export function rcDedup(
  rows: RcRow[], fields: readonly string[], count: number, keepEmpty: boolean, consecutive: boolean, sortBy?: readonly RcSortKey[],
): RcRow[] {
  const seen = new Map<string, number>();
  const out: RcRow[] = [];
  let prev: string | undefined;
  for (const r of rows) {
    const vals = fields.map((f) => rcValueList(rcGet(r, f)).map(rcText));
    if (vals.some((v) => v.length === 0)) {
      if (keepEmpty) out.push(r);
      continue;
    }
    const key = JSON.stringify(vals);
    if (consecutive) {
      if (key !== prev) out.push(r);
      prev = key;
      continue;
    }
    const n = seen.get(key) ?? 0;
    if (n < count) out.push(r);
    seen.set(key, n + 1);
  }
  return sortBy && sortBy.length ? out.sort(rcSortCompare(sortBy)) : out;
}

/** `convert [timeformat=...] ctime(f) [as g] ...`: `ctime` formats epoch seconds (UTC), `mktime` parses. */
export function rcConvert(
  rows: RcRow[], timeformat: string, conversions: readonly { fn: string; field: string; as?: string }[],
): RcRow[] {
  return rows.map((r) => {
    const out: RcRow = { ...r };
    for (const c of conversions) {
      const names = c.field.includes("*") ? Object.keys(out).filter((k) => rcNameMatcher(c.field).test(k)) : [c.field];
      for (const name of names) {
        const v = rcGet(out, name);
        if (v === null) continue;
        const conv = (x: RcScalar): RcScalar | null => {
          switch (c.fn) {
            case "ctime": {
              const n = rcNumber(x);
              return n === undefined ? x : rcStrftime(n, timeformat);
            }
            case "mktime": return rcStrptime(rcText(x), timeformat) ?? x;
            case "num": return rcNumber(x) ?? null;
            case "auto": return rcNumber(x) ?? x;
            case "none": return x;
            case "rmcomma": return rcNumber(rcText(x).replace(/,/g, "")) ?? x;
            default: return x;
          }
        };
        const vs = rcValueList(v).map(conv).filter((x): x is RcScalar => x !== null);
        const target = c.as ?? name;
        if (vs.length === 0) delete out[target];
        else out[target] = rcMvValue(vs);
      }
    }
    return out;
  });
}

/** Seconds in a span such as `1h`, `5m`, `30s`, `1d`, `1w` (a bare number for numeric bins). */
export function rcSpanSeconds(span: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(span.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toLowerCase();
  if (unit === "") return n;
  if (unit.startsWith("s")) return n;
  if (unit.startsWith("m")) return n * 60;
  if (unit.startsWith("h")) return n * 3600;
  if (unit.startsWith("d")) return n * 86400;
  return n * 604800;
}

/** `bin f span=X [as g]`: floors each value to a multiple of the span. */
export function rcBin(rows: RcRow[], fieldName: string, span: number, as?: string): RcRow[] {
  return rows.map((r) => {
    const v = rcGet(r, fieldName);
    if (v === null) return r;
    const out: RcRow = { ...r };
    const vs = rcValueList(v).map((x) => {
      const n = rcNumber(x);
      return n === undefined ? x : rcNumOut(Math.floor(n / span) * span);
    });
    out[as ?? fieldName] = rcMvValue(vs);
    return out;
  });
}

/**
 * `rex field=f "(?<name>...)" [max_match=N]`: named groups of the first value of `f` become
 * fields (several matches, with `max_match` 0 or > 1, become multivalue). Rows without a match
 * are kept unchanged.
 */
export function rcRex(rows: RcRow[], fieldName: string, re: RegExp, maxMatch: number): RcRow[] {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  return rows.map((r) => {
    const first = rcFirst(rcGet(r, fieldName));
    if (first === null) return r;
    const text = rcText(first);
    const found: Record<string, RcScalar[]> = {};
    global.lastIndex = 0;
    let count = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      if (m[0] === "") global.lastIndex++;
      for (const [name, v] of Object.entries(m.groups ?? {})) if (v !== undefined) (found[name] ??= []).push(v);
      if (++count === maxMatch) break;
    }
    if (count === 0) return r;
    const out: RcRow = { ...r };
    for (const [name, vs] of Object.entries(found)) out[name] = rcMvValue(vs);
    return out;
  });
}

/**
 * `spath [input=f] [path=p] [output=o]`. Without `input`, rows already hold every field of
 * their JSON event, so `spath` alone changes nothing and `path=` copies a field. With
 * `input`, the field's first value is parsed as JSON (text that is not JSON, e.g. XML,
 * leaves the row unchanged) and its fields (or the one at `path`) are added.
 */
export function rcSpath(rows: RcRow[], input: string | null, path: string | null, output: string | null): RcRow[] {
  return rows.map((r) => {
    let source: RcRow = r;
    if (input !== null) {
      const first = rcFirst(rcGet(r, input));
      if (first === null) return r;
      let parsed: unknown;
      try {
        parsed = JSON.parse(rcText(first));
      } catch {
        return r;
      }
      if (parsed === null || typeof parsed !== "object") return r;
      source = rcEventRow(parsed, []);
    }
    if (path === null) return input === null ? r : { ...r, ...source };
    const v = rcGet(source, path);
    if (v === null) return r;
    return { ...r, [output ?? path]: v };
  });
}

/** `mvexpand f [limit=N]`: one row per value of `f` (rows without it are dropped, as in Splunk). */
export function rcMvexpand(rows: RcRow[], fieldName: string, limit: number | null): RcRow[] {
  const out: RcRow[] = [];
  for (const r of rows) {
    const key = fieldName in r ? fieldName : Object.keys(r).find((k) => rcStripBraces(k) === rcStripBraces(fieldName));
    if (key === undefined) continue;
    const vs = rcValueList(r[key]!);
    for (const v of limit === null ? vs : vs.slice(0, limit)) out.push({ ...r, [key]: v });
  }
  return out;
}

/** `head N`. */
export function rcHead(rows: RcRow[], count: number): RcRow[] {
  return rows.slice(0, count);
}

// ---------------------------------------------------------------------------------
// Correlations

export type RcCountOp = "gt" | "gte" | "lt" | "lte" | "eq" | "neq";

export interface RcCorrelationSpec {
  readonly type: string;
  /** Referenced rules, in order (temporal_ordered uses this order). */
  readonly rules: readonly { readonly name: string; readonly match: (ev: unknown, ctx?: RcContext) => boolean }[];
  /** Per group-by name, per referenced rule: the resolver of the field in that rule's events. */
  readonly groupBy: readonly { readonly name: string; readonly fields: readonly RcResolver[] }[];
  readonly timespanSeconds: number;
  readonly conditions: readonly { readonly op: RcCountOp; readonly value: number }[];
  /** value_* types: per referenced rule, the measured field. */
  readonly field?: readonly RcResolver[];
  readonly fieldName?: string;
  readonly percentile?: number;
  readonly timeFields: readonly RcResolver[];
  readonly stateLimit: number;
}

interface RcWindowEntry {
  readonly t: number;
  readonly rule: number;
  readonly value?: RcScalar;
}

function rcCountOk(op: RcCountOp, n: number, v: number): boolean {
  switch (op) {
    case "gt": return n > v;
    case "gte": return n >= v;
    case "lt": return n < v;
    case "lte": return n <= v;
    case "eq": return n === v;
    case "neq": return n !== v;
  }
}

/**
 * Streaming correlation over a time-ordered event stream. Per group, a window opens at
 * its first event and closes `timespan` later. Conditions that can only grow true
 * (`gt`/`gte` on counts and sums) fire as soon as they hold, then the group starts
 * over; others are judged when the window closes. Closed windows are evicted, so
 * memory holds only open windows (at most `stateLimit` entries).
 */
export class RcCorrelation {
  private readonly groups = new Map<string, { key: string[]; start: number; entries: RcWindowEntry[] }>();
  private entries = 0;
  private now = -Infinity;
  private readonly monotonic: boolean;

  constructor(private readonly spec: RcCorrelationSpec) {
    const growing = spec.type === "event_count" || spec.type === "value_count" || spec.type === "temporal" || spec.type === "temporal_ordered" || spec.type === "value_sum";
    this.monotonic = growing && spec.conditions.every((c) => c.op === "gt" || c.op === "gte");
  }

  /** Feeds one event; returns the rows of windows that fired or closed. */
  push(ev: unknown, ctx?: RcContext): RcRow[] {
    const out: RcRow[] = [];
    const t = rcEventTime(ev, this.spec.timeFields);
    if (t === undefined) return out;
    if (t > this.now) {
      this.now = t;
      this.closeBefore(t, out);
    }
    this.spec.rules.forEach((rule, ri) => {
      if (!rule.match(ev, ctx)) return;
      const key: string[] = [];
      for (const g of this.spec.groupBy) {
        const f = g.fields[ri] ?? g.fields[0]!;
        const vs = rcValues(ev, f);
        if (vs.length === 0) return; // events without a group-by value join no group
        key.push(rcText(vs[0]!));
      }
      let value: RcScalar | undefined;
      if (this.spec.field) {
        const vs = rcValues(ev, this.spec.field[ri] ?? this.spec.field[0]!);
        if (vs.length === 0) return;
        value = vs[0];
      }
      const id = JSON.stringify(key);
      let g = this.groups.get(id);
      if (!g) {
        g = { key, start: t, entries: [] };
        this.groups.set(id, g);
      }
      g.entries.push({ t, rule: ri, value });
      this.entries++;
      if (this.entries > this.spec.stateLimit) {
        throw new RcStateLimit(`correlation: more than ${this.spec.stateLimit} events held in open windows`);
      }
      if (this.monotonic) {
        const measure = this.measure(g.entries);
        if (measure !== null && this.spec.conditions.every((c) => rcCountOk(c.op, measure, c.value))) {
          out.push(this.row(g.key, g.start, t, measure, g.entries.length));
          this.entries -= g.entries.length;
          this.groups.delete(id);
        }
      }
    });
    return out;
  }

  /** Closes every open window (end of input). */
  finish(): RcRow[] {
    const out: RcRow[] = [];
    this.closeBefore(Infinity, out);
    return out;
  }

  private closeBefore(t: number, out: RcRow[]): void {
    for (const [id, g] of this.groups) {
      if (g.start + this.spec.timespanSeconds >= t) continue;
      if (!this.monotonic) {
        const measure = this.measure(g.entries);
        if (measure !== null && this.spec.conditions.every((c) => rcCountOk(c.op, measure, c.value))) {
          out.push(this.row(g.key, g.start, g.entries[g.entries.length - 1]!.t, measure, g.entries.length));
        }
      } else {
        // A growing measure: slide the window instead of dropping every event.
        const keep = g.entries.filter((e) => e.t + this.spec.timespanSeconds >= t);
        if (keep.length && t !== Infinity) {
          this.entries -= g.entries.length - keep.length;
          g.entries = keep;
          g.start = keep[0]!.t;
          continue;
        }
      }
      this.entries -= g.entries.length;
      this.groups.delete(id);
    }
  }

  private measure(entries: readonly RcWindowEntry[]): number | null {
    const spec = this.spec;
    switch (spec.type) {
      case "event_count": return entries.length;
      case "value_count": return new Set(entries.map((e) => rcText(e.value!))).size;
      case "temporal": return new Set(entries.map((e) => e.rule)).size;
      case "temporal_ordered": {
        // Length of the longest prefix of the rule order seen in time order.
        let next = 0;
        for (const e of entries) if (e.rule === next) next++;
        return next;
      }
      case "value_sum": case "value_avg": case "value_median": case "value_percentile": {
        const nums = rcNums(entries.map((e) => e.value!));
        if (!nums.length) return null;
        if (spec.type === "value_sum") return nums.reduce((a, b) => a + b, 0);
        if (spec.type === "value_avg") return nums.reduce((a, b) => a + b, 0) / nums.length;
        return rcPercentile(nums, spec.type === "value_median" ? 50 : spec.percentile ?? 50);
      }
    }
    return null;
  }

  private row(key: string[], start: number, end: number, measure: number, events: number): RcRow {
    const row: RcRow = {};
    this.spec.groupBy.forEach((g, i) => (row[g.name] = key[i]!));
    row.measure = rcNumOut(measure);
    row.events = events;
    row.window_start = rcStrftime(start, "%Y-%m-%dT%H:%M:%S.%3NZ");
    row.window_end = rcStrftime(end, "%Y-%m-%dT%H:%M:%S.%3NZ");
    return row;
  }
}

// ---------------------------------------------------------------------------------
// Running a rule over a stream

/** One compiled rule of a generated module. */
export interface RcRuleMatcher {
  readonly id: string;
  readonly title: string;
  /** `filter`: events only; `pipeline`: events then SPL stages; `correlation`: a Sigma correlation. */
  readonly kind: "filter" | "pipeline" | "correlation";
  /** The rule's filter (for a correlation: does any referenced rule select the event). */
  readonly match: (ev: unknown, ctx?: RcContext) => boolean;
  /** `match` for a batch: the caller calls the module's `beginEvent()` once per event first, so rules share predicates. */
  readonly test: (ev: unknown, ctx?: RcContext) => boolean;
  /** The pipeline over the rows of the selected events. */
  readonly pipeline?: (rows: RcRow[]) => RcRow[];
  /** A fresh correlation state. */
  readonly correlation?: () => RcCorrelation;
  /** Timestamp fields tried in order (for `_time`, earliest/latest and correlations). */
  readonly timeFields: readonly RcResolver[];
  /** Most selected events a pipeline holds before `run/state-limit`. */
  readonly stateLimit: number;
  /** The fields a pipeline reads from its rows (bare names); absent: every field. */
  readonly rowFields?: readonly string[];
}

/** Streaming evaluation of one rule: push events as they come, then finish. */
export interface RcRun {
  /** Feeds one event; returns what it produced right away (a filter rule: the event itself; a correlation: fired windows). */
  push(ev: unknown, ctx?: RcContext): unknown[];
  /** End of input: a pipeline's rows, a correlation's remaining windows. */
  finish(): unknown[];
}

/** Starts a streaming run of a rule. Filter rules hold no state; pipelines hold the selected events. */
export function rcCreateRun(m: RcRuleMatcher): RcRun {
  if (m.kind === "correlation" && m.correlation) {
    const state = m.correlation();
    return { push: (ev, ctx) => state.push(ev, ctx), finish: () => state.finish() };
  }
  if (m.kind === "pipeline" && m.pipeline) {
    const pipeline = m.pipeline;
    const keep = m.rowFields === undefined ? undefined : rcRowFields(m.rowFields);
    const rows: RcRow[] = [];
    return {
      push(ev, ctx) {
        if (m.match(ev, ctx)) {
          if (rows.length >= m.stateLimit) throw new RcStateLimit(`pipeline: more than ${m.stateLimit} selected events held`);
          rows.push(rcEventRow(ev, m.timeFields, keep));
        }
        return [];
      },
      finish: () => pipeline(rows),
    };
  }
  return { push: (ev, ctx) => (m.match(ev, ctx) ? [ev] : []), finish: () => [] };
}
