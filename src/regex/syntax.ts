/**
 * The PCRE subset rulecast understands, as a small syntax tree. Flags (`i`, `m`, `s`,
 * also inline `(?i)` / `(?i:...)`) are resolved while parsing and stored on the nodes
 * they affect, so later stages never track flag scopes.
 */

/** A set of code points: sorted, non-overlapping, inclusive ranges. */
export type CodePointRanges = readonly (readonly [number, number])[];

export type RegexNode =
  | { readonly type: "empty" }
  /** One code point out of `ranges` (already case-closed when the `i` flag applies). */
  | { readonly type: "set"; readonly ranges: CodePointRanges }
  | { readonly type: "concat"; readonly items: readonly RegexNode[] }
  | { readonly type: "alt"; readonly items: readonly RegexNode[] }
  /** `max` is `Infinity` for unbounded repeats. Greedy/lazy does not change whether a match exists. */
  | { readonly type: "repeat"; readonly item: RegexNode; readonly min: number; readonly max: number }
  | { readonly type: "assert"; readonly kind: AssertKind };

/**
 * Zero-width assertions, with PCRE's meaning:
 * - `start`: start of the value (`\A`, `^` without `m`); `lineStart`: start or after `\n` (`^` with `m`)
 * - `end`: end of the value (`\z`); `endOrFinalNewline`: end or before a final `\n` (`$` without `m`, `\Z`)
 * - `lineEnd`: end or before any `\n` (`$` with `m`)
 * - `wordBoundary` / `notWordBoundary`: `\b` / `\B` (word characters are `[A-Za-z0-9_]`, also under `i`)
 */
export type AssertKind = "start" | "lineStart" | "end" | "endOrFinalNewline" | "lineEnd" | "wordBoundary" | "notWordBoundary";

export interface RegexFlagSet {
  readonly i: boolean;
  readonly m: boolean;
  readonly s: boolean;
}

/** Why a pattern could not be parsed; `refused` marks valid PCRE outside the supported subset. */
export class RegexSyntaxError extends Error {
  override readonly name = "RegexSyntaxError";
  constructor(
    message: string,
    /** 0-based offset into the pattern. */
    readonly offset: number,
    readonly refused: boolean,
  ) {
    super(message);
  }
}

/** Largest repeat count accepted in `{n,m}`; larger counts are refused (they only blow up automata). */
export const MAX_REPEAT_COUNT = 1000;
/** Deepest group nesting accepted; deeper patterns are refused instead of overflowing the stack. */
export const MAX_GROUP_DEPTH = 200;

const MAX_CODE_POINT = 0x10ffff;
const DIGIT: CodePointRanges = [[0x30, 0x39]];
const WORD: CodePointRanges = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
/** PCRE2's `\s`: space, \t, \n, \v, \f, \r. */
const SPACE: CodePointRanges = [[0x09, 0x0d], [0x20, 0x20]];
/** PCRE2's `\h` and `\v` (fixed lists, with or without UCP). */
const HSPACE: CodePointRanges = [[0x09, 0x09], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x180e, 0x180e], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
const VSPACE: CodePointRanges = [[0x0a, 0x0d], [0x85, 0x85], [0x2028, 0x2029]];
const NEWLINE = 0x0a;

/** Parses a PCRE-subset pattern. Throws {@link RegexSyntaxError}. */
export function parseRegex(source: string, flags: RegexFlagSet): RegexNode {
  return new RegexParser(source, flags).parse();
}

class RegexParser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly rootFlags: RegexFlagSet,
  ) {}

  parse(): RegexNode {
    const node = this.alternation({ ...this.rootFlags });
    if (this.pos < this.src.length) throw this.error(this.src[this.pos] === ")" ? "unbalanced `)`" : "unexpected character");
    return node;
  }

  private error(message: string, refused = false, at = this.pos): RegexSyntaxError {
    return new RegexSyntaxError(message, at, refused);
  }

  private refuse(what: string, at = this.pos): RegexSyntaxError {
    return this.error(`${what} is not supported by rulecast's linear-time regex subset`, true, at);
  }

  /** Alternatives share one mutable flag object so `(?i)` inside a branch reaches the end of the group, as in PCRE. */
  private alternation(flags: { i: boolean; m: boolean; s: boolean }): RegexNode {
    const branches: RegexNode[] = [this.sequence(flags)];
    while (this.src[this.pos] === "|") {
      this.pos++;
      branches.push(this.sequence(flags));
    }
    return branches.length === 1 ? branches[0]! : { type: "alt", items: branches };
  }

  private sequence(flags: { i: boolean; m: boolean; s: boolean }): RegexNode {
    const items: RegexNode[] = [];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === "|" || ch === ")") break;
      const atom = this.atom(flags);
      if (atom === undefined) continue;
      if (Array.isArray(atom)) {
        // `\Q...\E`: as in PCRE, a quantifier after it repeats only the last character.
        items.push(...atom.slice(0, -1), this.quantified(atom[atom.length - 1]!));
      } else items.push(this.quantified(atom));
    }
    if (items.length === 0) return { type: "empty" };
    return items.length === 1 ? items[0]! : { type: "concat", items };
  }

  private quantified(atom: RegexNode): RegexNode {
    let node = atom;
    for (;;) {
      const start = this.pos;
      const q = this.quantifier();
      if (q === undefined) return node;
      if (node.type === "assert" || node.type === "empty") {
        // PCRE allows quantified assertions; repeating a zero-width item only matters for {0,...}.
        node = q.min === 0 ? { type: "empty" } : node;
      } else node = { type: "repeat", item: node, min: q.min, max: q.max };
      const mod = this.src[this.pos];
      if (mod === "?") this.pos++;
      else if (mod === "+") throw this.refuse("a possessive quantifier", this.pos);
      if (start === this.pos) return node;
    }
  }

  private quantifier(): { min: number; max: number } | undefined {
    const ch = this.src[this.pos];
    if (ch === "*") return this.pos++, { min: 0, max: Infinity };
    if (ch === "+") return this.pos++, { min: 1, max: Infinity };
    if (ch === "?") return this.pos++, { min: 0, max: 1 };
    if (ch !== "{") return undefined;
    // `{` that does not form a quantifier is a literal, as in PCRE.
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
    if (!m) return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (min > MAX_REPEAT_COUNT || (max !== Infinity && max > MAX_REPEAT_COUNT)) {
      throw this.refuse(`a repeat count above ${MAX_REPEAT_COUNT}`);
    }
    if (max < min) throw this.error("numbers out of order in `{}` quantifier");
    this.pos += m[0].length;
    return { min, max };
  }

  /** One item, several literals for `\Q...\E`, or undefined for what matches nothing (comments, flag settings, `\Q\E`). */
  private atom(flags: { i: boolean; m: boolean; s: boolean }): RegexNode | RegexNode[] | undefined {
    const start = this.pos;
    const ch = this.src[this.pos]!;
    switch (ch) {
      case "(":
        return this.group(flags);
      case "[":
        return this.charClass(flags);
      case ".":
        this.pos++;
        return { type: "set", ranges: flags.s ? [[0, MAX_CODE_POINT]] : invert([[NEWLINE, NEWLINE]]) };
      case "^":
        this.pos++;
        return { type: "assert", kind: flags.m ? "lineStart" : "start" };
      case "$":
        this.pos++;
        return { type: "assert", kind: flags.m ? "lineEnd" : "endOrFinalNewline" };
      case "\\":
        return this.escape(flags);
      case "*":
      case "+":
      case "?":
        throw this.error("quantifier without anything to repeat", false, start);
      default: {
        const cp = this.src.codePointAt(this.pos)!;
        this.pos += cp > 0xffff ? 2 : 1;
        return literal(cp, flags.i);
      }
    }
  }

  private group(flags: { i: boolean; m: boolean; s: boolean }): RegexNode | undefined {
    const open = this.pos;
    this.pos++;
    let inner = { ...flags };
    if (this.src[this.pos] === "?") {
      const rest = this.src.slice(this.pos + 1, this.pos + 4);
      if (rest.startsWith("#")) {
        const close = this.src.indexOf(")", this.pos);
        if (close < 0) throw this.error("unterminated comment group", false, open);
        this.pos = close + 1;
        return undefined;
      }
      if (rest.startsWith(":")) this.pos += 2;
      else if (/^(?:=|!|<=|<!)/.test(rest)) throw this.refuse("lookaround", open);
      else if (rest.startsWith(">")) throw this.refuse("an atomic group", open);
      else if (rest.startsWith("P=") || rest.startsWith("P>") || rest.startsWith("&") || /^[R0-9+-]/.test(rest)) {
        throw this.refuse("a backreference or recursion", open);
      } else if (rest.startsWith("(")) throw this.refuse("a conditional group", open);
      else if (rest.startsWith("<") || rest.startsWith("P<") || rest.startsWith("'")) {
        // Named capture: only the grouping matters for a yes/no match.
        const m = /^\?(?:P?<|')([A-Za-z_]\w*)[>']/.exec(this.src.slice(this.pos, this.pos + 40));
        if (!m) throw this.error("invalid group name", false, open);
        this.pos += m[0].length;
      } else {
        const m = /^\?([imsx]*)(?:-([imsx]*))?([:)])/.exec(this.src.slice(this.pos, this.pos + 20));
        if (!m) throw this.error("unknown group syntax `(?`", false, open);
        if ((m[1] + (m[2] ?? "")).includes("x")) throw this.refuse("the `x` (extended) flag", open);
        const set = (on: boolean) => (f: string) => {
          inner[f as "i" | "m" | "s"] = on;
        };
        if (m[3] === ")") {
          // `(?i)` changes the flags of the rest of the enclosing group.
          [...m[1]!].forEach((f) => (flags[f as "i" | "m" | "s"] = true));
          [...(m[2] ?? "")].forEach((f) => (flags[f as "i" | "m" | "s"] = false));
          this.pos += m[0].length;
          return undefined;
        }
        inner = { ...flags };
        [...m[1]!].forEach(set(true));
        [...(m[2] ?? "")].forEach(set(false));
        this.pos += m[0].length;
      }
    }
    if (++this.depth > MAX_GROUP_DEPTH) throw this.refuse(`group nesting deeper than ${MAX_GROUP_DEPTH}`, open);
    const body = this.alternation(inner);
    this.depth--;
    if (this.src[this.pos] !== ")") throw this.error("missing `)`", false, open);
    this.pos++;
    return body;
  }

  private escape(flags: { i: boolean }): RegexNode | RegexNode[] | undefined {
    const start = this.pos;
    const ch = this.src[this.pos + 1];
    if (ch === undefined) throw this.error("`\\` at end of pattern", false, start);
    switch (ch) {
      case "b":
        this.pos += 2;
        return { type: "assert", kind: "wordBoundary" };
      case "B":
        this.pos += 2;
        return { type: "assert", kind: "notWordBoundary" };
      case "A":
        this.pos += 2;
        return { type: "assert", kind: "start" };
      case "z":
        this.pos += 2;
        return { type: "assert", kind: "end" };
      case "Z":
        this.pos += 2;
        return { type: "assert", kind: "endOrFinalNewline" };
      case "G":
        throw this.refuse("`\\G`", start);
      case "K":
        throw this.refuse("`\\K`", start);
      case "Q":
        return this.quoted(flags);
    }
    const set = this.classEscape(false);
    // Character types (`\w`, `\d`, ...) are ASCII sets that `i` leaves alone, as in PCRE2 without UCP.
    if (set.kind === "set") return { type: "set", ranges: set.ranges };
    return literal(set.cp, flags.i);
  }

  /** `\Q...\E`: everything between is literal (one item per character; none for `\Q\E`). */
  private quoted(flags: { i: boolean }): RegexNode[] | undefined {
    this.pos += 2;
    const end = this.src.indexOf("\\E", this.pos);
    const text = this.src.slice(this.pos, end < 0 ? undefined : end);
    this.pos = end < 0 ? this.src.length : end + 2;
    const items = [...text].map((c) => literal(c.codePointAt(0)!, flags.i));
    return items.length === 0 ? undefined : items;
  }

  /** An escape that stands for characters (outside or inside a class): one code point, or a character type. Leaves `pos` after it. */
  private classEscape(inClass: boolean): { kind: "char"; cp: number } | { kind: "set"; ranges: CodePointRanges } {
    const start = this.pos;
    const ch = this.src[this.pos + 1]!;
    this.pos += 2;
    switch (ch) {
      case "d": return { kind: "set", ranges: DIGIT };
      case "D": return { kind: "set", ranges: invert(DIGIT) };
      case "w": return { kind: "set", ranges: WORD };
      case "W": return { kind: "set", ranges: invert(WORD) };
      case "s": return { kind: "set", ranges: SPACE };
      case "S": return { kind: "set", ranges: invert(SPACE) };
      case "h": return { kind: "set", ranges: HSPACE };
      case "v": return { kind: "set", ranges: VSPACE };
      case "t": return { kind: "char", cp: 0x09 };
      case "n": return { kind: "char", cp: 0x0a };
      case "r": return { kind: "char", cp: 0x0d };
      case "f": return { kind: "char", cp: 0x0c };
      case "a": return { kind: "char", cp: 0x07 };
      case "e": return { kind: "char", cp: 0x1b };
      case "b":
        if (inClass) return { kind: "char", cp: 0x08 };
        break;
      case "x": {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(this.src.slice(this.pos, this.pos + 9));
        if (braced) {
          this.pos += braced[0].length;
          return { kind: "char", cp: checkedCodePoint(parseInt(braced[1]!, 16), start) };
        }
        const hex = /^[0-9a-fA-F]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))![0];
        this.pos += hex.length;
        return { kind: "char", cp: hex === "" ? 0 : parseInt(hex, 16) };
      }
      case "u": {
        const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.pos, this.pos + 4));
        if (!hex) throw this.error("`\\u` needs four hex digits", false, start);
        this.pos += 4;
        return { kind: "char", cp: parseInt(hex[0], 16) };
      }
      case "0": {
        const oct = /^[0-7]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))![0];
        this.pos += oct.length;
        return { kind: "char", cp: parseInt("0" + oct, 8) };
      }
      case "c": {
        const c = this.src.charCodeAt(this.pos);
        if (Number.isNaN(c)) throw this.error("`\\c` at end of pattern", false, start);
        this.pos++;
        return { kind: "char", cp: (c >= 0x61 && c <= 0x7a ? c - 0x20 : c) ^ 0x40 };
      }
      case "p":
      case "P":
        throw this.refuse("a Unicode property (`\\p`)", start);
      case "N": case "R": case "X": case "H": case "V": case "C":
        throw this.refuse(`\`\\${ch}\``, start);
      case "g": case "k":
        throw this.refuse("a backreference", start);
    }
    if (/[1-9]/.test(ch)) throw this.refuse("a backreference", start);
    if (/[A-Za-z]/.test(ch)) throw this.error(`unknown escape \`\\${ch}\``, false, start);
    // Any other escaped character stands for itself (including astral ones).
    const cp = this.src.codePointAt(this.pos - 1)!;
    if (cp > 0xffff) this.pos++;
    return { kind: "char", cp };
  }

  private charClass(flags: { i: boolean }): RegexNode {
    const open = this.pos;
    this.pos++;
    let negated = false;
    if (this.src[this.pos] === "^") {
      negated = true;
      this.pos++;
    }
    // Characters and ranges fold under `i`; character types do not (PCRE2 without UCP).
    const chars: [number, number][] = [];
    const types: [number, number][] = [];
    let first = true;
    for (;;) {
      if (this.pos >= this.src.length) throw this.error("missing `]`", false, open);
      const ch = this.src[this.pos];
      if (ch === "]" && !first) break;
      first = false;
      if (ch === "[" && this.src[this.pos + 1] === ":") {
        if (/^\[:\^?[a-z]+:\]/.test(this.src.slice(this.pos, this.pos + 12))) throw this.refuse("a POSIX class `[:name:]`");
      }
      const lo = this.classAtom();
      if (lo.kind === "set") {
        types.push(...lo.ranges.map((r) => [r[0], r[1]] as [number, number]));
        continue;
      }
      if (this.src[this.pos] === "-" && this.src[this.pos + 1] !== "]" && this.pos + 1 < this.src.length) {
        const dash = this.pos;
        this.pos++;
        const hi = this.classAtom();
        if (hi.kind === "set") {
          // `[a-\d]`: PCRE treats the `-` as a literal.
          chars.push([lo.cp, lo.cp], [0x2d, 0x2d]);
          types.push(...hi.ranges.map((r) => [r[0], r[1]] as [number, number]));
          continue;
        }
        if (hi.cp < lo.cp) throw this.error("range out of order in character class", false, dash);
        chars.push([lo.cp, hi.cp]);
      } else chars.push([lo.cp, lo.cp]);
    }
    this.pos++;
    const folded = flags.i ? caseClose(normalize(chars)) : chars;
    const set = normalize([...folded, ...types]);
    return { type: "set", ranges: negated ? invert(set) : set };
  }

  private classAtom(): { kind: "char"; cp: number } | { kind: "set"; ranges: CodePointRanges } {
    if (this.src[this.pos] === "\\") {
      if (this.src[this.pos + 1] === undefined) throw this.error("`\\` at end of pattern");
      return this.classEscape(true);
    }
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return { kind: "char", cp };
  }
}

function checkedCodePoint(cp: number, at: number): number {
  if (cp > MAX_CODE_POINT) throw new RegexSyntaxError("code point above U+10FFFF", at, false);
  return cp;
}

function literal(cp: number, caseInsensitive: boolean): RegexNode {
  const ranges: CodePointRanges = [[cp, cp]];
  return { type: "set", ranges: caseInsensitive ? caseClose(ranges) : ranges };
}

/** Sorts and merges ranges. */
export function normalize(ranges: readonly (readonly [number, number])[]): CodePointRanges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** The complement of a normalized range set within U+0000..U+10FFFF. */
export function invert(ranges: CodePointRanges): CodePointRanges {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

let caseClasses: Map<number, number[]> | undefined;
/** Every code point that has a case class, ascending (for finding the cased ones inside a range). */
let casedCodePoints: number[] | undefined;
const variantsCache = new Map<number, number[]>();

/**
 * Code points that match `cp` case-insensitively, exactly as ECMAScript RegExp `iu`
 * decides it (Unicode simple case folding), so the linear-time engine and the native
 * RegExp path agree. Candidates come from a table of lower/upper-case links built once.
 */
export function caseVariants(cp: number): number[] {
  caseClasses ??= buildCaseClasses();
  const members = caseClasses.get(cp);
  if (!members) return [cp];
  let variants = variantsCache.get(cp);
  if (!variants) {
    const re = new RegExp("^\\u{" + cp.toString(16) + "}$", "iu");
    variants = members.filter((m) => m === cp || re.test(String.fromCodePoint(m)));
    variantsCache.set(cp, variants);
  }
  return variants;
}

/** Groups of code points linked by single-code-point toLowerCase/toUpperCase (letters only have more than one). */
function buildCaseClasses(): Map<number, number[]> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const link = (a: number, b: number) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
      if (v === ch) continue;
      const vcp = v.codePointAt(0)!;
      if (v.length === String.fromCodePoint(vcp).length) link(cp, vcp);
    }
  }
  const classes = new Map<number, number[]>();
  for (const cp of parent.keys()) {
    const root = find(cp);
    let members = classes.get(root);
    if (!members) classes.set(root, (members = []));
    members.push(cp);
  }
  const byMember = new Map<number, number[]>();
  for (const members of classes.values()) for (const m of members) byMember.set(m, members);
  return byMember;
}

/**
 * Closes a set under case variants. Only cased code points can add anything, so each
 * range looks at those inside it (found by binary search), which keeps wide ranges such
 * as `[\x00-\x{2000}]` exact (it must gain U+212A for its `k`) and cheap.
 */
export function caseClose(ranges: CodePointRanges): CodePointRanges {
  caseClasses ??= buildCaseClasses();
  casedCodePoints ??= [...caseClasses.keys()].sort((a, b) => a - b);
  const extra: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    for (let k = firstAtLeast(casedCodePoints, lo); k < casedCodePoints.length && casedCodePoints[k]! <= hi; k++) {
      const cp = casedCodePoints[k]!;
      // A case class wholly inside the range adds nothing: skip the exact (RegExp-checked) variants.
      if (caseClasses.get(cp)!.every((m) => m >= lo && m <= hi)) continue;
      for (const v of caseVariants(cp)) if (v < lo || v > hi) extra.push([v, v]);
    }
  }
  return extra.length === 0 ? ranges : normalize([...ranges, ...extra]);
}

/** Index of the first element of the ascending `sorted` that is `>= value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
