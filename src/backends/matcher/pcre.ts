import type { RegexFlags } from "../../ast/expr.js";

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
 */
export function translatePcre(pattern: string, flags: RegexFlags): PcreTranslation {
  try {
    return translate(pattern, flags);
  } catch (e) {
    if (e instanceof Untranslatable) return { ok: false, reason: e.message };
    throw e;
  }
}

function translate(pattern: string, initial: RegexFlags): PcreTranslation {
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
      if (ch === "[" && pattern[i + 1] === ":") {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
        if (m) {
          if (m[1] || POSIX[m[2]!] === undefined) throw new Untranslatable(`POSIX class [:${m[1]}${m[2]}:]`);
          out += POSIX[m[2]!];
          i += m[0].length;
          continue;
        }
      }
      if (ch === "\\") {
        const [text, len] = classEscape(pattern, i);
        out += text;
        i += len;
        continue;
      }
      // A raw `-` is range syntax and `^` is literal here: both pass through; `[` is escaped for clarity.
      out += ch === "[" ? "\\[" : ch;
      i++;
      continue;
    }
    switch (ch) {
      case "\\": {
        const [text, len, quantifiable] = escape(pattern, i);
        out += text;
        i += len;
        canQuantify = quantifiable;
        continue;
      }
      case "[": {
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
        out += multi ? "(?<![^\\n])" : "^";
        i++;
        canQuantify = false;
        continue;
      case "$":
        out += multi ? "(?![^\\n])" : "(?=\\n?(?![^]))";
        i++;
        canQuantify = false;
        continue;
      case "(": {
        const [text, len] = group(pattern, i);
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
        out += s;
        i += s.length;
        canQuantify = true;
      }
    }
  }
  if (inClass) throw new Untranslatable("unterminated character class");
  const flags = ci ? "iu" : "u";
  try {
    new RegExp(out, flags);
  } catch (e) {
    throw new Untranslatable(`not a valid regular expression: ${(e as Error).message}`);
  }
  return { ok: true, source: out, flags };
}

function group(p: string, i: number): [string, number] {
  const rest = p.slice(i);
  if (!rest.startsWith("(?")) return ["(", 1];
  const simple: [string, string][] = [["(?:", "(?:"], ["(?=", "(?="], ["(?!", "(?!"], ["(?<=", "(?<="], ["(?<!", "(?<!"]];
  for (const [from, to] of simple) if (rest.startsWith(from)) return [to, from.length];
  let m = /^\(\?(?:P?<|')([A-Za-z_]\w*)[>']/.exec(rest);
  if (m) return [`(?<${m[1]}>`, m[0].length];
  m = /^\(\?P=([A-Za-z_]\w*)\)/.exec(rest);
  if (m) return [`\\k<${m[1]}>`, m[0].length];
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
function escape(p: string, i: number): [string, number, boolean] {
  const c = p[i + 1];
  if (c === undefined) throw new Untranslatable("pattern ends with a backslash");
  switch (c) {
    case "d": case "D": case "w": case "W": case "n": case "r": case "t": case "f":
      return ["\\" + c, 2, true];
    case "b": case "B":
      return ["\\" + c, 2, false];
    case "s": return [`[${SPACE}]`, 2, true];
    case "S": return [`[^${SPACE}]`, 2, true];
    case "h": return [`[${HSPACE}]`, 2, true];
    case "H": return [`[^${HSPACE}]`, 2, true];
    case "v": return [`[${VSPACE}]`, 2, true];
    case "V": return [`[^${VSPACE}]`, 2, true];
    case "R": return [`(?:\\r\\n|[${VSPACE}])`, 2, true];
    case "A": return ["(?<![^])", 2, false];
    case "z": return ["(?![^])", 2, false];
    case "Z": return ["(?=\\n?(?![^]))", 2, false];
    case "e": return ["\\x1b", 2, true];
    case "a": return ["\\x07", 2, true];
    case "Q": {
      const end = p.indexOf("\\E", i + 2);
      const text = p.slice(i + 2, end < 0 ? p.length : end);
      const lit = [...text].map((ch) => literal(ch, false)).join("");
      // Like PCRE, a quantifier after \Q...\E repeats only the last character.
      return [lit, (end < 0 ? p.length : end + 2) - i, text.length > 0];
    }
    case "E": return ["", 2, false];
    case "G": case "K": case "X": case "C":
      throw new Untranslatable(`'\\${c}' has no JavaScript equivalent`);
  }
  const common = commonEscape(p, i);
  if (common) return [common[0], common[1], true];
  if (/[1-9]/.test(c)) {
    const m = /^\d+/.exec(p.slice(i + 1))!;
    return ["\\" + m[0], 1 + m[0].length, true];
  }
  let m = /^\\g\{?(\d+)\}?/.exec(p.slice(i));
  if (m) return ["\\" + m[1], m[0].length, true];
  m = /^\\k(?:<([A-Za-z_]\w*)>|\{([A-Za-z_]\w*)\}|'([A-Za-z_]\w*)')/.exec(p.slice(i));
  if (m) return [`\\k<${m[1] ?? m[2] ?? m[3]}>`, m[0].length, true];
  if (/[A-Za-z0-9]/.test(c)) throw new Untranslatable(`escape '\\${c}' is not supported`);
  const cp = p.codePointAt(i + 1)!;
  const ch = String.fromCodePoint(cp);
  return [literal(ch, false), 1 + ch.length, true];
}

/** Escapes valid both inside and outside classes: hex, octal, control, Unicode properties. */
function commonEscape(p: string, i: number): [string, number] | undefined {
  const rest = p.slice(i);
  let m = /^\\x\{([0-9a-fA-F]+)\}/.exec(rest);
  if (m) {
    const cp = parseInt(m[1]!, 16);
    if (cp > 0x10ffff) throw new Untranslatable(`code point \\x{${m[1]}} out of range`);
    return [hex(cp), m[0].length];
  }
  m = /^\\x([0-9a-fA-F]{0,2})/.exec(rest);
  if (m) return [hex(m[1] ? parseInt(m[1], 16) : 0), m[0].length];
  m = /^\\o\{([0-7]+)\}/.exec(rest);
  if (m) return [hex(parseInt(m[1]!, 8)), m[0].length];
  m = /^\\0([0-7]{0,2})/.exec(rest);
  if (m) return [hex(m[1] ? parseInt(m[1], 8) : 0), m[0].length];
  m = /^\\c([A-Za-z])/.exec(rest);
  if (m) return [`\\c${m[1]}`, m[0].length];
  m = /^\\([pP])(?:\{(\^?)([A-Za-z_&= ]+)\}|([A-Za-z]))/.exec(rest);
  if (m) {
    const neg = (m[1] === "P") !== (m[2] === "^");
    const name = (m[3] ?? m[4]!).replace(/^L&$/, "LC").replace(/ /g, "");
    return [`\\${neg ? "P" : "p"}{${name}}`, m[0].length];
  }
  return undefined;
}

/** An escape inside a character class. */
function classEscape(p: string, i: number): [string, number] {
  const c = p[i + 1];
  if (c === undefined) throw new Untranslatable("pattern ends with a backslash");
  switch (c) {
    case "d": case "D": case "w": case "W": case "n": case "r": case "t": case "f":
      return ["\\" + c, 2];
    case "b": return ["\\x08", 2];
    case "s": return [SPACE, 2];
    case "h": return [HSPACE, 2];
    case "v": return [VSPACE, 2];
    case "e": return ["\\x1b", 2];
    case "a": return ["\\x07", 2];
    case "S": case "H": case "V":
      throw new Untranslatable(`'\\${c}' inside a character class is not supported`);
  }
  const common = commonEscape(p, i);
  if (common) return common;
  if (/[A-Za-z0-9]/.test(c)) throw new Untranslatable(`escape '\\${c}' inside a class is not supported`);
  const cp = p.codePointAt(i + 1)!;
  const ch = String.fromCodePoint(cp);
  return [literal(ch, true), 1 + ch.length];
}
