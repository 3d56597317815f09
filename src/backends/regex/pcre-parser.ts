import type { RegexFlags } from "../../ast/expr.js";
import { ANY_CHAR, caseClose, complement, normalizeSet, ofChars, single, union, type CodePointSet } from "./code-point-set.js";
import type { RegexNode } from "./regex-ast.js";

/** Thrown for PCRE constructs that have no exact equivalent; the message names the construct. */
export class UntranslatableRegex extends Error {
  override readonly name = "UntranslatableRegex";
}

// PCRE without UCP: the shorthand classes are ASCII (pcre2pattern "Generic character types").
const DIGIT = normalizeSet([[0x30, 0x39]]);
const WORD = normalizeSet([[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0x5f, 0x5f]]);
const SPACE = ofChars("\t\n\x0B\f\r ");
const HSPACE = union(ofChars("\t \xA0\u1680\u180E\u202F\u205F\u3000"), [[0x2000, 0x200a]]);
const VSPACE = union(ofChars("\n\x0B\f\r\x85"), [[0x2028, 0x2029]]);
const NEWLINE = single(0x0a);

const POSIX: Record<string, CodePointSet> = {
  alpha: normalizeSet([[0x41, 0x5a], [0x61, 0x7a]]),
  digit: DIGIT,
  alnum: normalizeSet([[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]]),
  upper: normalizeSet([[0x41, 0x5a]]),
  lower: normalizeSet([[0x61, 0x7a]]),
  space: SPACE,
  blank: ofChars(" \t"),
  xdigit: normalizeSet([[0x30, 0x39], [0x41, 0x46], [0x61, 0x66]]),
  word: WORD,
  punct: normalizeSet([[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]]),
  cntrl: normalizeSet([[0, 0x1f], [0x7f, 0x7f]]),
  print: normalizeSet([[0x20, 0x7e]]),
  graph: normalizeSet([[0x21, 0x7e]]),
  ascii: normalizeSet([[0, 0x7f]]),
};

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
}

/**
 * Parses a PCRE pattern (Sigma `re`, SPL `regex`/`match`) into a {@link RegexNode} with the
 * flags applied. Lazy quantifiers are kept as greedy ones: for "is there a match" the two
 * are the same. Refuses (with {@link UntranslatableRegex}) back-references, look-around,
 * word boundaries, possessive quantifiers, atomic groups, recursion, conditionals,
 * Unicode properties and `(?x)`, which no automaton-based dialect can express exactly.
 */
export function parsePcre(pattern: string, flags: RegexFlags): RegexNode {
  const p = new PcreParser(pattern);
  const node = p.parseAlternation({ i: flags.i, m: flags.m, s: flags.s });
  if (p.pos < pattern.length) throw new UntranslatableRegex(`unbalanced ')' at offset ${p.pos}`);
  return node;
}

class PcreParser {
  pos = 0;
  constructor(readonly src: string) {}

  private peek(k = 0): string | undefined {
    return this.src[this.pos + k];
  }

  private fail(what: string): never {
    throw new UntranslatableRegex(`${what} (at offset ${this.pos})`);
  }

  /** alternation := sequence ('|' sequence)*; inline flag changes carry into later branches. */
  parseAlternation(flags: Flags): RegexNode {
    const f = { ...flags };
    const branches: RegexNode[] = [this.parseSequence(f)];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.parseSequence(f));
    }
    return branches.length === 1 ? branches[0]! : { t: "alt", branches };
  }

  private parseSequence(f: Flags): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      const ch = this.peek();
      if (ch === undefined || ch === "|" || ch === ")") break;
      const atom = this.parseAtom(f);
      if (atom === null) continue; // an inline flag group or an empty \Q\E
      items.push(this.parseQuantifier(atom));
    }
    return items.length === 1 ? items[0]! : { t: "seq", items };
  }

  private parseQuantifier(atom: RegexNode): RegexNode {
    let min: number;
    let max: number | null;
    const ch = this.peek();
    if (ch === "*") [min, max] = [0, null];
    else if (ch === "+") [min, max] = [1, null];
    else if (ch === "?") [min, max] = [0, 1];
    else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) {
        if (/^\{\s*,\s*\d+\s*\}/.test(this.src.slice(this.pos))) this.fail("quantifier {,n} (its meaning differs between PCRE versions)");
        return atom; // a literal `{`, read as the next atom
      }
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? null : Number(m[3]);
      if (max !== null && max < min) this.fail("quantifier {n,m} with m < n");
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (atom.t === "assert") this.fail("quantified assertion");
    const mod = this.peek();
    if (mod === "+") this.fail("possessive quantifier");
    if (mod === "?") this.pos++; // lazy: same language as greedy
    const node: RegexNode = { t: "repeat", node: atom, min, max };
    const next = this.peek();
    if (next === "*" || next === "+" || next === "?") this.fail("quantifier after a quantifier");
    return node;
  }

  private charNode(set: CodePointSet, f: Flags): RegexNode {
    return { t: "char", set: f.i ? caseClose(set) : set };
  }

  private parseAtom(f: Flags): RegexNode | null {
    const ch = this.src[this.pos]!;
    switch (ch) {
      case "(":
        return this.parseGroup(f);
      case "[":
        return this.parseClass(f);
      case ".":
        this.pos++;
        return { t: "char", set: f.s ? ANY_CHAR : complement(NEWLINE) };
      case "^":
        this.pos++;
        return { t: "assert", kind: f.m ? "bol" : "bos" };
      case "$":
        this.pos++;
        return { t: "assert", kind: f.m ? "eol" : "eosnl" };
      case "\\":
        return this.parseEscape(f);
      case "*":
      case "+":
      case "?":
        this.fail(`quantifier '${ch}' with nothing to repeat`);
      default: {
        const cp = this.src.codePointAt(this.pos)!;
        this.pos += cp > 0xffff ? 2 : 1;
        return this.charNode(single(cp), f);
      }
    }
  }

  private parseGroup(f: Flags): RegexNode | null {
    this.pos++; // (
    let inner: Flags = f;
    if (this.peek() === "?") {
      const rest = this.src.slice(this.pos);
      const flagGroup = /^\?([a-zA-Z]*)(?:-([a-zA-Z]*))?(:|\))/.exec(rest);
      if (flagGroup && (flagGroup[1] !== "" || flagGroup[2] !== undefined || flagGroup[3] === ":")) {
        const changed = { ...f };
        for (const [letters, on] of [[flagGroup[1] ?? "", true], [flagGroup[2] ?? "", false]] as const) {
          for (const l of letters) {
            if (l === "i" || l === "m" || l === "s") changed[l] = on;
            else this.fail(`inline flag '${l}'`);
          }
        }
        this.pos += flagGroup[0].length;
        if (flagGroup[3] === ")") {
          // (?i) applies to the rest of the enclosing group.
          Object.assign(f, changed);
          return null;
        }
        inner = changed;
      } else if (rest.startsWith("?<") && /^\?<[A-Za-z_]\w*>/.test(rest)) {
        this.pos += /^\?<[A-Za-z_]\w*>/.exec(rest)![0].length;
      } else if (/^\?P<[A-Za-z_]\w*>/.test(rest)) {
        this.pos += /^\?P<[A-Za-z_]\w*>/.exec(rest)![0].length;
      } else if (/^\?'[A-Za-z_]\w*'/.test(rest)) {
        this.pos += /^\?'[A-Za-z_]\w*'/.exec(rest)![0].length;
      } else if (rest.startsWith("?=") || rest.startsWith("?!") || rest.startsWith("?<=") || rest.startsWith("?<!")) {
        this.fail("look-around assertion");
      } else if (rest.startsWith("?>")) this.fail("atomic group");
      else if (rest.startsWith("?#")) {
        const end = this.src.indexOf(")", this.pos);
        if (end < 0) this.fail("unterminated comment");
        this.pos = end + 1;
        return null;
      } else this.fail(`group syntax '(${rest.slice(0, 3)}'`);
    } else if (this.peek() === "*") this.fail("backtracking verb");
    const node = this.parseAlternation({ ...inner });
    if (this.peek() !== ")") this.fail("missing ')'");
    this.pos++;
    return node;
  }

  /** An escape outside a class: a set, an assertion, or a literal. */
  private parseEscape(f: Flags): RegexNode | null {
    const at = this.pos;
    this.pos++; // backslash
    const c = this.peek();
    if (c === undefined) this.fail("trailing backslash");
    switch (c) {
      case "A":
        this.pos++;
        return { t: "assert", kind: "bos" };
      case "z":
        this.pos++;
        return { t: "assert", kind: "eos" };
      case "Z":
        this.pos++;
        return { t: "assert", kind: "eosnl" };
      case "Q": {
        const end = this.src.indexOf("\\E", this.pos + 1);
        const text = this.src.slice(this.pos + 1, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        const items = [...text].map((ch) => this.charNode(single(ch.codePointAt(0)!), f));
        if (items.length === 0) return null;
        return items.length === 1 ? items[0]! : { t: "seq", items };
      }
      case "E":
        this.pos++;
        return null;
      default: {
        this.pos = at;
        const { set, foldable } = this.parseEscapedSet();
        return foldable ? this.charNode(set, f) : { t: "char", set };
      }
    }
  }

  /**
   * Reads an escape that stands for characters (inside or outside a class):
   * shorthand classes (not case-folded) or one literal code point (case-folded under `i`).
   */
  private parseEscapedSet(): { set: CodePointSet; foldable: boolean } {
    this.pos++; // backslash
    const c = this.src[this.pos]!;
    this.pos++;
    const shorthand: Record<string, CodePointSet> = {
      d: DIGIT, D: complement(DIGIT), w: WORD, W: complement(WORD), s: SPACE, S: complement(SPACE),
      h: HSPACE, H: complement(HSPACE), v: VSPACE, V: complement(VSPACE), N: complement(NEWLINE),
    };
    if (c in shorthand) return { set: shorthand[c]!, foldable: false };
    const literal = (cp: number) => ({ set: single(cp), foldable: true });
    const simple: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, e: 27, a: 7 };
    if (c in simple) return literal(simple[c]!);
    if (c === "x") {
      const braced = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos));
      if (braced) {
        this.pos += braced[0].length;
        return literal(this.codePoint(parseInt(braced[1]!, 16)));
      }
      const two = /^[0-9a-fA-F]{1,2}/.exec(this.src.slice(this.pos));
      if (!two) return literal(0);
      this.pos += two[0].length;
      return literal(parseInt(two[0], 16));
    }
    if (c === "o") {
      const braced = /^\{([0-7]+)\}/.exec(this.src.slice(this.pos));
      if (!braced) this.fail("\\o without {octal}");
      this.pos += braced[0].length;
      return literal(this.codePoint(parseInt(braced[1]!, 8)));
    }
    if (c === "0") {
      const oct = /^[0-7]{0,2}/.exec(this.src.slice(this.pos))!;
      this.pos += oct[0].length;
      return literal(parseInt("0" + oct[0], 8));
    }
    if (c === "c") {
      const x = this.src[this.pos];
      if (x === undefined || x.charCodeAt(0) > 0x7f) this.fail("\\c without an ASCII character");
      this.pos++;
      return literal(x.toUpperCase().charCodeAt(0) ^ 0x40);
    }
    if (/[1-9]/.test(c)) this.fail("back-reference");
    if (c === "b" || c === "B") this.fail(`word boundary \\${c}`);
    if (c === "p" || c === "P" || c === "X") this.fail(`Unicode property \\${c}`);
    if (/[A-Za-z0-9]/.test(c)) this.fail(`escape \\${c}`);
    // Any other escaped character stands for itself (PCRE: "\ followed by a non-alphanumeric").
    this.pos--;
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return literal(cp);
  }

  private codePoint(cp: number): number {
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail("code point out of range");
    return cp;
  }

  /** `[...]`: literals and ranges fold under `i`; shorthand and POSIX classes do not. */
  private parseClass(f: Flags): RegexNode {
    this.pos++; // [
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.pos++;
    }
    const foldable: [number, number][] = [];
    const fixed: CodePointSet[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail("missing ']'");
      if (c === "]" && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === "[") {
        const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.pos));
        if (posix) {
          const set = POSIX[posix[2]!];
          if (!set) this.fail(`POSIX class [:${posix[2]}:]`);
          fixed.push(posix[1] ? complement(set) : set);
          this.pos += posix[0].length;
          continue;
        }
      }
      const lo = this.classAtom();
      if (lo.kind === "set") {
        fixed.push(lo.set);
        continue;
      }
      if (this.peek() === "-" && this.peek(1) !== undefined && this.peek(1) !== "]") {
        const save = this.pos;
        this.pos++;
        const hi = this.classAtom();
        if (hi.kind === "set") {
          // `[a-\d]`: the `-` is literal
          foldable.push([lo.cp, lo.cp], [0x2d, 0x2d]);
          fixed.push(hi.set);
          continue;
        }
        if (hi.cp < lo.cp) {
          this.pos = save;
          this.fail("range out of order in character class");
        }
        foldable.push([lo.cp, hi.cp]);
      } else foldable.push([lo.cp, lo.cp]);
    }
    let set = normalizeSet(foldable);
    if (f.i) set = caseClose(set);
    set = union(set, ...fixed);
    if (negated) set = complement(set);
    if (set.length === 0) this.fail("a character class that matches nothing");
    return { t: "char", set };
  }

  private classAtom(): { kind: "cp"; cp: number } | { kind: "set"; set: CodePointSet } {
    const c = this.src[this.pos]!;
    if (c === "\\") {
      const next = this.peek(1);
      if (next === "b") {
        this.pos += 2;
        return { kind: "cp", cp: 8 }; // backspace inside a class
      }
      if (next === "Q" || next === "E") this.fail("\\Q...\\E inside a character class");
      const { set, foldable } = this.parseEscapedSet();
      if (foldable && set.length === 1 && set[0]![0] === set[0]![1]) return { kind: "cp", cp: set[0]![0] };
      return { kind: "set", set };
    }
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return { kind: "cp", cp };
  }
}
