import type { RegexFlags } from "../../ast/expr.js";
import { caseClose, caseVariants, normalize } from "../../regex/syntax.js";
import { NOT_WORD_BOUNDARY } from "../../regex/to-js.js";

/** A PCRE pattern translated to an ECMAScript RegExp (`u` mode) with the same matches. */
export type PcreTranslation =
  | { readonly ok: true; readonly source: string; readonly flags: string }
  | { readonly ok: false; readonly reason: string };

const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);
// PCRE's \s without UCP: ASCII white space only (JS \s also takes Unicode spaces).
const SPACE = "\\t\\n\\x0B\\f\\r ";
const HSPACE = "\\t \\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000";
const VSPACE = "\\n\\x0B\\f\\r\\x85\\u2028\\u2029";
const POSIX: Record<string, string> = {
  alpha: "a-zA-Z", digit: "0-9", alnum: "a-zA-Z0-9", upper: "A-Z", lower: "a-z", space: SPACE,
  xdigit: "0-9A-Fa-f", word: "\\w", punct: "!-\\/:-@\\[-`{-~", blank: " \\t", cntrl: "\\x00-\\x1F\\x7F",
  print: "\\x20-\\x7E", graph: "\\x21-\\x7E", ascii: "\\x00-\\x7F",
};

class Untranslatable extends Error {}
/** Thrown in spelled-out folding mode by what only the `i` flag can fold (backreferences, `\p{..}`). */
class NeedsCaseFlag extends Error {}

/**
 * How a translation folds case. Under `i`, PCRE2 (without UCP) folds letters, U+017F and
 * U+212A included, but keeps `\w \W \b \B` and POSIX classes ASCII; RegExp `iu` also counts
 * U+017F/U+212A as word characters, and no `iu` construct can tell `ſ` from `s`. So patterns
 * that use those are translated without the `i` flag, every letter spelled out as its
 * case variants (`s` -> `[Ssſ]`); `spelled` is that mode, `sawAsciiType` asks for it.
 */
interface CaseMode {
  readonly spelled: boolean;
  sawAsciiType: boolean;
}

function hex(cp: number): string {
  return cp <= 0xff ? "\\x" + cp.toString(16).padStart(2, "0") : "\\u{" + cp.toString(16) + "}";
}

/** A literal character, escaped for `u` mode where needed. */
function literal(ch: string, inClass: boolean): string {
  if (inClass) return ch === "]" || ch === "\\" || ch === "^" || ch === "-" || ch === "[" ? "\\" + ch : ch;
  return SYNTAX.has(ch) ? "\\" + ch : ch;
}

/**
 * Translates a PCRE pattern (the dialect of Sigma `re` and SPL `regex`/`match`) to a JS
 * RegExp source in `u` mode. PCRE's line semantics are kept exactly: `.` excludes only
 * `\n` (unless `s`), `$` also matches before a final newline, `^`/`$` under `m` look
 * only at `\n`, `\s` is ASCII. Leading inline flags `(?i)`, `(?s)`, `(?m)` are folded
 * into the flags. Constructs JS cannot express (possessive quantifiers, atomic groups,
 * recursion, conditionals, `\G`, `\K`, mid-pattern flag changes, `(?x)`) are refused.
 * Under `i`, `\w \W \b \B` and POSIX classes stay ASCII as in PCRE2 (see {@link CaseMode});
 * only when a backreference or `\p{..}` needs the `i` flag too do they keep `iu`'s wider meaning.
 */
export function translatePcre(pattern: string, flags: RegexFlags): PcreTranslation {
  try {
    const mode: CaseMode = { spelled: false, sawAsciiType: false };
    const byFlag = translate(pattern, flags, mode);
    if (byFlag.flags !== "iu" || !mode.sawAsciiType) return byFlag;
    try {
      return translate(pattern, flags, { spelled: true, sawAsciiType: false });
    } catch (e) {
      if (e instanceof NeedsCaseFlag) return byFlag;
      throw e;
    }
  } catch (e) {
    if (e instanceof Untranslatable) return { ok: false, reason: e.message };
    throw e;
  }
}

function translate(pattern: string, initial: RegexFlags, mode: CaseMode): { ok: true; source: string; flags: string } {
  let i = 0;
  let ci = initial.i;
  let multi = initial.m;
  let dotall = initial.s;
  // Leading inline flags apply to the whole pattern.
  for (;;) {
    const m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(pattern.slice(i));
    if (!m) break;
    for (const f of m[1]!) {
      if (f === "i") ci = true;
      else if (f === "m") multi = true;
      else if (f === "s") dotall = true;
      else throw new Untranslatable(`inline flag (?${f}) has no JavaScript equivalent`);
    }
    for (const f of m[2] ?? "") {
      if (f === "i") ci = false;
      else if (f === "m") multi = false;
      else if (f === "s") dotall = false;
      else throw new Untranslatable(`inline flag (?-${f}) has no JavaScript equivalent`);
    }
    i += m[0].length;
  }
  let out = "";
  let inClass = false;
  let classStart = false;
  let canQuantify = false;
  const n = pattern.length;
  while (i < n) {
    const ch = pattern[i]!;
    if (inClass) {
      if (ch === "]" && !classStart) {
        out += "]";
        inClass = false;
        i++;
        canQuantify = true;
        continue;
      }
      classStart = false;
      const item = posixClass(pattern, i, mode) ?? (ch === "\\" ? classEscape(pattern, i, mode) : undefined);
      if (item) {
        out += item.text;
        i += item.len;
        // After a character type (`[\s-a]`) PCRE reads `-` as a literal; JS would see a range from its last character.
        if (item.cp === undefined && pattern[i] === "-") {
          out += "\\-";
          i++;
        }
        continue;
      }
      // A raw `-` is range syntax and `^` is literal here: both pass through; `[` is escaped for clarity.
      out += ch === "[" ? "\\[" : ch;
      i++;
      continue;
    }
    switch (ch) {
      case "\\": {
        const [text, len, quantifiable] = escape(pattern, i, mode);
        out += text;
        i += len;
        canQuantify = quantifiable;
        continue;
      }
      case "[": {
        if (mode.spelled) {
          const [text, len] = spelledClass(pattern, i, mode);
          out += text;
          i += len;
          canQuantify = true;
          continue;
        }
        inClass = true;
        classStart = true;
        out += "[";
        i++;
        if (pattern[i] === "^") {
          out += "^";
          i++;
        }
        if (pattern[i] === "]") {
          out += "\\]";
          i++;
          classStart = false;
        }
        continue;
      }
      case ".":
        out += dotall ? "[^]" : "[^\\n]";
        i++;
        canQuantify = true;
        continue;
      case "^":
        out += multi ? "(?:^|(?<=\\n))" : "^";
        i++;
        canQuantify = false;
        continue;
      case "$":
        out += multi ? "(?=\\n|$)" : "(?=\\n?$)";
        i++;
        canQuantify = false;
        continue;
      case "(": {
        const [text, len] = group(pattern, i, mode);
        out += text;
        i += len;
        canQuantify = false;
        continue;
      }
      case ")":
        out += ")";
        i++;
        canQuantify = true;
        continue;
      case "*":
      case "+":
      case "?": {
        if (!canQuantify) throw new Untranslatable(`quantifier '${ch}' with nothing to repeat`);
        out += ch;
        i++;
        if (pattern[i] === "+") throw new Untranslatable("possessive quantifiers (e.g. '*+') have no JavaScript equivalent");
        if (pattern[i] === "?") {
          out += "?";
          i++;
        }
        canQuantify = false;
        continue;
      }
      case "{": {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (m && canQuantify) {
          out += m[0];
          i += m[0].length;
          if (pattern[i] === "+") throw new Untranslatable("possessive quantifiers have no JavaScript equivalent");
          if (pattern[i] === "?") {
            out += "?";
            i++;
          }
          canQuantify = false;
        } else {
          out += "\\{"; // PCRE reads a brace that is not a quantifier as a literal
          i++;
          canQuantify = true;
        }
        continue;
      }
      case "}":
      case "]":
      case "/":
        out += "\\" + ch;
        i++;
        canQuantify = true;
        continue;
      case "|":
        out += "|";
        i++;
        canQuantify = false;
        continue;
      default: {
        const cp = pattern.codePointAt(i)!;
        const s = String.fromCodePoint(cp);
        out += mode.spelled ? foldedLiteral(cp) : s;
        i += s.length;
        canQuantify = true;
      }
    }
  }
  if (inClass) throw new Untranslatable("unterminated character class");
  const flags = ci && !mode.spelled ? "iu" : "u";
  try {
    new RegExp(out, flags);
  } catch (e) {
    throw new Untranslatable(`not a valid regular expression: ${(e as Error).message}`);
  }
  return { ok: true, source: out, flags };
}

function group(p: string, i: number, mode: CaseMode): [string, number] {
  const rest = p.slice(i);
  if (!rest.startsWith("(?")) return ["(", 1];
  const simple: [string, string][] = [["(?:", "(?:"], ["(?=", "(?="], ["(?!", "(?!"], ["(?<=", "(?<="], ["(?<!", "(?<!"]];
  for (const [from, to] of simple) if (rest.startsWith(from)) return [to, from.length];
  let m = /^\(\?(?:P?<|')([A-Za-z_]\w*)[>']/.exec(rest);
  if (m) return [`(?<${m[1]}>`, m[0].length];
  m = /^\(\?P=([A-Za-z_]\w*)\)/.exec(rest);
  if (m) return [backreference(`\\k<${m[1]}>`, mode), m[0].length];
  m = /^\(\?#[^)]*\)/.exec(rest);
  if (m) return ["", m[0].length];
  if (rest.startsWith("(?>")) throw new Untranslatable("atomic groups '(?>...)' have no JavaScript equivalent");
  if (rest.startsWith("(?|")) throw new Untranslatable("branch reset groups '(?|...)' have no JavaScript equivalent");
  if (rest.startsWith("(?(")) throw new Untranslatable("conditional groups have no JavaScript equivalent");
  if (/^\(\?([R&]|P>|[-+]?\d)/.test(rest)) throw new Untranslatable("recursion and subroutine calls have no JavaScript equivalent");
  if (/^\(\?[a-zA-Z-]*[):]/.test(rest)) throw new Untranslatable("inline flags inside the pattern (not at its start) have no JavaScript equivalent in Node 20");
  throw new Untranslatable(`unknown group syntax '${rest.slice(0, 4)}'`);
}

/** An escape outside a class: [text, length consumed, can be quantified]. */
function escape(p: string, i: number, mode: CaseMode): [string, number, boolean] {
  const c = p[i + 1];
  if (c === undefined) throw new Untranslatable("pattern ends with a backslash");
  switch (c) {
    case "w": case "W":
      mode.sawAsciiType = true;
      return ["\\" + c, 2, true];
    case "d": case "D": case "n": case "r": case "t": case "f":
      return ["\\" + c, 2, true];
    case "b": case "B":
      mode.sawAsciiType = true;
      return [c === "b" ? "\\b" : NOT_WORD_BOUNDARY, 2, false];
    case "s": return [`[${SPACE}]`, 2, true];
    case "S": return [`[^${SPACE}]`, 2, true];
    case "h": return [`[${HSPACE}]`, 2, true];
    case "H": return [`[^${HSPACE}]`, 2, true];
    case "v": return [`[${VSPACE}]`, 2, true];
    case "V": return [`[^${VSPACE}]`, 2, true];
    case "R": return [`(?:\\r\\n|[${VSPACE}])`, 2, true];
    case "A": return ["^", 2, false];
    case "z": return ["$", 2, false];
    case "Z": return ["(?=\\n?$)", 2, false];
    case "e": return ["\\x1b", 2, true];
    case "a": return ["\\x07", 2, true];
    case "Q": {
      const end = p.indexOf("\\E", i + 2);
      const text = p.slice(i + 2, end < 0 ? p.length : end);
      const lit = [...text].map((ch) => (mode.spelled ? foldedLiteral(ch.codePointAt(0)!) : literal(ch, false))).join("");
      // Like PCRE, a quantifier after \Q...\E repeats only the last character.
      return [lit, (end < 0 ? p.length : end + 2) - i, text.length > 0];
    }
    case "E": return ["", 2, false];
    case "G": case "K": case "X": case "C":
      throw new Untranslatable(`'\\${c}' has no JavaScript equivalent`);
  }
  const common = commonEscape(p, i, mode);
  if (common) return [mode.spelled && common.cp !== undefined ? foldedLiteral(common.cp) : common.text, common.len, true];
  if (/[1-9]/.test(c)) {
    const m = /^\d+/.exec(p.slice(i + 1))!;
    return [backreference("\\" + m[0], mode), 1 + m[0].length, true];
  }
  let m = /^\\g\{?(\d+)\}?/.exec(p.slice(i));
  if (m) return [backreference("\\" + m[1], mode), m[0].length, true];
  m = /^\\k(?:<([A-Za-z_]\w*)>|\{([A-Za-z_]\w*)\}|'([A-Za-z_]\w*)')/.exec(p.slice(i));
  if (m) return [backreference(`\\k<${m[1] ?? m[2] ?? m[3]}>`, mode), m[0].length, true];
  if (/[A-Za-z0-9]/.test(c)) throw new Untranslatable(`escape '\\${c}' is not supported`);
  const cp = p.codePointAt(i + 1)!;
  const ch = String.fromCodePoint(cp);
  return [mode.spelled ? foldedLiteral(cp) : literal(ch, false), 1 + ch.length, true];
}

/** A backreference compares case-insensitively only through the `i` flag. */
function backreference(text: string, mode: CaseMode): string {
  if (mode.spelled) throw new NeedsCaseFlag();
  return text;
}

/** The translation of an escape or class item and its length in the pattern; `cp` when it is one character. */
interface EscapeText {
  text: string;
  len: number;
  cp?: number;
}

/** An escape valid both inside and outside classes: hex, octal, control, Unicode property. */
function commonEscape(p: string, i: number, mode: CaseMode): EscapeText | undefined {
  const rest = p.slice(i);
  const char = (cp: number, len: number): EscapeText => ({ text: hex(cp), len, cp });
  let m = /^\\x\{([0-9a-fA-F]+)\}/.exec(rest);
  if (m) {
    const cp = parseInt(m[1]!, 16);
    if (cp > 0x10ffff) throw new Untranslatable(`code point \\x{${m[1]}} out of range`);
    return char(cp, m[0].length);
  }
  m = /^\\x([0-9a-fA-F]{0,2})/.exec(rest);
  if (m) return char(m[1] ? parseInt(m[1], 16) : 0, m[0].length);
  m = /^\\o\{([0-7]+)\}/.exec(rest);
  if (m) return char(parseInt(m[1]!, 8), m[0].length);
  m = /^\\0([0-7]{0,2})/.exec(rest);
  if (m) return char(m[1] ? parseInt(m[1], 8) : 0, m[0].length);
  m = /^\\c([A-Za-z])/.exec(rest);
  if (m) return { text: `\\c${m[1]}`, len: m[0].length, cp: m[1]!.toUpperCase().charCodeAt(0) ^ 0x40 };
  m = /^\\([pP])(?:\{(\^?)([A-Za-z_&= ]+)\}|([A-Za-z]))/.exec(rest);
  if (m) {
    // PCRE2 folds only some properties under `i`; `iu` folds all of them, which is kept (the flag is needed).
    if (mode.spelled) throw new NeedsCaseFlag();
    const neg = (m[1] === "P") !== (m[2] === "^");
    const name = (m[3] ?? m[4]!).replace(/^L&$/, "LC").replace(/ /g, "");
    return { text: `\\${neg ? "P" : "p"}{${name}}`, len: m[0].length };
  }
  return undefined;
}

/** An escape inside a character class; `cp` when it is one character (so it can start or end a range). */
function classEscape(p: string, i: number, mode: CaseMode): EscapeText {
  const c = p[i + 1];
  if (c === undefined) throw new Untranslatable("pattern ends with a backslash");
  const char = (cp: number): EscapeText => ({ text: hex(cp), len: 2, cp });
  switch (c) {
    case "w": case "W":
      mode.sawAsciiType = true;
      return { text: "\\" + c, len: 2 };
    case "d": case "D":
      return { text: "\\" + c, len: 2 };
    case "n": return char(0x0a);
    case "r": return char(0x0d);
    case "t": return char(0x09);
    case "f": return char(0x0c);
    case "b": return char(0x08);
    case "s": return { text: SPACE, len: 2 };
    case "h": return { text: HSPACE, len: 2 };
    case "v": return { text: VSPACE, len: 2 };
    case "e": return char(0x1b);
    case "a": return char(0x07);
    case "S": case "H": case "V":
      throw new Untranslatable(`'\\${c}' inside a character class is not supported`);
  }
  const common = commonEscape(p, i, mode);
  if (common) return common;
  if (/[A-Za-z0-9]/.test(c)) throw new Untranslatable(`escape '\\${c}' inside a class is not supported`);
  const cp = p.codePointAt(i + 1)!;
  const ch = String.fromCodePoint(cp);
  return { text: literal(ch, true), len: 1 + ch.length, cp };
}

/** A POSIX class `[:name:]` inside a class, or undefined when there is none at `i`. */
function posixClass(p: string, i: number, mode: CaseMode): EscapeText | undefined {
  if (p[i] !== "[" || p[i + 1] !== ":") return undefined;
  const m = /^\[:(\^?)([a-z]+):\]/.exec(p.slice(i));
  if (!m) return undefined;
  if (m[1] || POSIX[m[2]!] === undefined) throw new Untranslatable(`POSIX class [:${m[1]}${m[2]}:]`);
  mode.sawAsciiType = true;
  // PCRE2 reads [:lower:] and [:upper:] as [:alpha:] under `i` (spelled mode is always under `i`).
  const name = mode.spelled && (m[2] === "lower" || m[2] === "upper") ? "alpha" : m[2]!;
  return { text: POSIX[name]!, len: m[0].length };
}

/** A literal character with its case variants spelled out (`s` -> `[Ssſ]`), for matching without the `i` flag. */
function foldedLiteral(cp: number): string {
  const variants = caseVariants(cp);
  if (variants.length === 1) return literal(String.fromCodePoint(cp), false);
  return "[" + variants.map((v) => literal(String.fromCodePoint(v), true)).join("") + "]";
}

/**
 * A class `[...]` at `start` for spelled mode: its characters and ranges closed under case
 * exactly as `iu` closes them, its character types (`\w`, `\d`, `\s`, POSIX) left ASCII.
 * Returns [text, length consumed].
 */
function spelledClass(p: string, start: number, mode: CaseMode): [string, number] {
  let i = start + 1;
  const negated = p[i] === "^";
  if (negated) i++;
  const chars: [number, number][] = [];
  let types = "";
  // One item: a character (cp) or a character type (text only).
  const item = (at: number): EscapeText => {
    const posix = posixClass(p, at, mode);
    if (posix) return posix;
    if (p[at] === "\\") return classEscape(p, at, mode);
    const cp = p.codePointAt(at)!;
    return { text: "", len: cp > 0xffff ? 2 : 1, cp };
  };
  for (let first = true; ; first = false) {
    if (i >= p.length) throw new Untranslatable("unterminated character class");
    if (p[i] === "]" && !first) break;
    const lo = item(i);
    i += lo.len;
    if (lo.cp === undefined) {
      types += lo.text;
      continue;
    }
    if (p[i] === "-" && i + 1 < p.length && p[i + 1] !== "]") {
      const hi = item(i + 1);
      // Same refusals as the `iu` translation, whose RegExp rejects these ranges.
      if (hi.cp === undefined) throw new Untranslatable("not a valid regular expression: a range ends in a character type");
      if (hi.cp < lo.cp) throw new Untranslatable("not a valid regular expression: range out of order in character class");
      chars.push([lo.cp, hi.cp]);
      i += 1 + hi.len;
    } else chars.push([lo.cp, lo.cp]);
  }
  const folded = caseClose(normalize(chars)).map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`));
  return ["[" + (negated ? "^" : "") + types + folded.join("") + "]", i + 1 - start];
}
