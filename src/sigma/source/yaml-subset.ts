import { resolvePlainScalar } from "./core-schema.js";
import type { ContainerPositions } from "./positions.js";
import { setOwn } from "./set-own.js";

/**
 * A fast reader for the small YAML subset Sigma rules are written in: block mappings and
 * sequences, plain/single-quoted/double-quoted one-line scalars, `|` block scalars,
 * one-line flow sequences, comments and `---` document markers.
 *
 * It yields exactly the values (and node offsets) the `yaml` package would, or DECLINES
 * (returns undefined) on anything outside the subset or anything it is unsure of:
 * anchors, aliases, tags, flow mappings, explicit/complex/duplicate keys, tabs, CR, control
 * characters, multi-line plain or quoted scalars, folded `>` scalars, directives, `...`,
 * odd indentation, and every syntax error. The caller then reads the file with `yaml`,
 * which keeps every diagnostic exactly as before. `test/sigma/yaml-subset*.test.ts` check
 * the equivalence over the whole SigmaHQ corpus and on generated documents.
 */
export function readYamlSubset(text: string, record: PositionSink): SubsetDocument[] | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new SubsetReader(text, record).documents();
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}

/** One YAML document: its root value (undefined for an empty document) and the root node's extent. */
export interface SubsetDocument {
  readonly value: unknown;
  /** Offset where the root node starts (the `yaml` node's range[0]). */
  readonly start: number;
  /** Offset where the root node ends, trailing comment included (the `yaml` node's range[2]). */
  readonly end: number;
}

/** Receives the positions of every mapping and sequence read. */
export type PositionSink = (container: object, positions: ContainerPositions) => void;

/** Tabs, CR, BOM and control characters: left to `yaml` (its rules for them are subtle or errors). */
const UNSUPPORTED_CHARS = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF]/;
/** Lines that are document markers, document ends or directives. */
const MARKERS = /^(?:---|\.\.\.)(?=[ \n]|$)|^%/gm;

const DECLINE = Symbol("decline");
const NL = 10;
const SP = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SQUOTE = 39;
const DQUOTE = 34;
const MAX_KEY_LENGTH = 1000;
/** Deeper nesting is left to `yaml` (and its depth guards); rules nest a handful of levels. */
const MAX_DEPTH = 64;

/** Characters that cannot start a plain scalar in block context (or start something outside the subset). */
function badPlainStart(c: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === HASH || c === 38 || c === 42 || c === 33
    || c === 124 || c === 62 || c === SQUOTE || c === DQUOTE || c === 37 || c === 64 || c === 96;
}

class SubsetReader {
  /** End of the current document's text (start of the next marker line, or the text's end). */
  private end = 0;
  /** After parsing a node: the start of the line following it. */
  private next = 0;
  /** After parsing a node: the node's end offset (the `yaml` node's range[2]). */
  private nodeEnd = 0;

  constructor(private readonly t: string, private readonly record: PositionSink) {}

  documents(): SubsetDocument[] {
    const t = this.t;
    // Split at `---` lines; `...` and directives decline.
    const segments: { from: number; to: number; marker: number }[] = [];
    let from = 0;
    let marker = -1; // where the segment's `---` is (-1: none, an implicit document)
    MARKERS.lastIndex = 0;
    for (let m = MARKERS.exec(t); m; m = MARKERS.exec(t)) {
      if (m[0] !== "---") throw DECLINE;
      const lineEnd = this.lineEnd(m.index);
      for (let i = m.index + 3; i < lineEnd; i++) if (t.charCodeAt(i) !== SP) throw DECLINE; // content after `---`
      segments.push({ from, to: m.index, marker });
      from = Math.min(lineEnd + 1, t.length);
      marker = m.index;
    }
    segments.push({ from, to: t.length, marker });
    const out: SubsetDocument[] = [];
    for (const s of segments) {
      this.end = s.to;
      const first = this.nextContent(s.from);
      if (first >= s.to) {
        // Nothing but comments and blank lines: before the first `---` that is no document at all;
        // after a `---` it is a null document starting right after the marker (yaml's extent for
        // one with comments is subtle, so those are left to it).
        if (s.marker < 0) continue;
        if (this.hasCommentLine(s.from, s.to)) throw DECLINE;
        let start = s.marker + 3;
        while (t.charCodeAt(start) === SP) start++;
        out.push({ value: null, start, end: start });
        continue;
      }
      const indent = this.indentAt(first);
      const at = first + indent;
      if (!this.isKeyAt(at)) throw DECLINE; // a root that is not a block mapping (the loader rejects it anyway)
      const value = this.map(at, indent);
      const end = this.nodeEnd;
      // yaml's extent of a document ending in an empty value depends on comments before it: leave it to yaml.
      if (this.lastLeafEmpty) throw DECLINE;
      if (this.nextContent(this.next) < s.to) throw DECLINE; // content less indented than the root
      // `yaml` counts some comment and space-only lines after the last value into the root's extent: leave those to it.
      for (let i = end; i < s.to; i++) if (t.charCodeAt(i) !== NL) throw DECLINE;
      // After a trailing comment on the last line even blank lines may count: leave that to it too.
      if (end < s.to && t.lastIndexOf("#", end - 1) > t.lastIndexOf("\n", end - 2)) throw DECLINE;
      out.push({ value, start: at, end });
    }
    return out;
  }

  // ---- lines ---------------------------------------------------------------------------

  private lineEnd(i: number): number {
    const n = this.t.indexOf("\n", i);
    return n === -1 ? this.t.length : n;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.t.charCodeAt(i) === SP) i++;
    return i - lineStart;
  }

  /** The start of the first line at or after line start `i` that is neither blank nor a comment (or `end`). */
  private nextContent(i: number): number {
    const t = this.t;
    while (i < this.end) {
      let j = i;
      while (t.charCodeAt(j) === SP) j++;
      const c = t.charCodeAt(j);
      if (j >= this.end) return this.end;
      if (c === NL) {
        i = j + 1;
        continue;
      }
      if (c === HASH) {
        i = this.lineEnd(j) + 1;
        continue;
      }
      return i;
    }
    return this.end;
  }

  private hasCommentLine(from: number, to: number): boolean {
    const t = this.t;
    let i = from;
    while (i < to) {
      let j = i;
      while (t.charCodeAt(j) === SP) j++;
      if (j < to && t.charCodeAt(j) === HASH) return true;
      i = this.lineEnd(j) + 1;
    }
    return false;
  }

  /** After a value that ends its line: the next line's start, and the node end (after the newline). */
  private finishLine(lineEnd: number): void {
    this.next = lineEnd + 1;
    this.nodeEnd = lineEnd < this.t.length ? lineEnd + 1 : lineEnd;
  }

  /** Skips spaces; then the line must end, or hold only a comment (after at least one space). */
  private restOfLine(i: number): number {
    const t = this.t;
    const start = i;
    while (t.charCodeAt(i) === SP) i++;
    if (i >= this.end || t.charCodeAt(i) === NL) return i;
    if (t.charCodeAt(i) === HASH && i > start) return this.lineEnd(i);
    throw DECLINE;
  }

  // ---- block collections ---------------------------------------------------------------

  /** Whether a mapping key (plain or quoted, followed by `: ` or `:` at the line's end) starts at `at`. */
  private isKeyAt(at: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (c === SQUOTE || c === DQUOTE) {
      const close = c === SQUOTE ? this.singleQuotedEnd(at) : this.doubleQuotedEnd(at);
      if (close < 0) return false;
      let i = close;
      while (t.charCodeAt(i) === SP) i++;
      return t.charCodeAt(i) === COLON && this.endsToken(i + 1);
    }
    return this.plainKeyColon(at) >= 0;
  }

  /** Offset of the `:` that ends a plain key starting at `at`, or -1 when the line holds no such key. */
  private plainKeyColon(at: number): number {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (badPlainStart(c)) return -1;
    if ((c === DASH || c === 63 /* ? */ || c === COLON) && this.endsToken(at + 1)) return -1;
    const lineEnd = this.lineEnd(at);
    for (let i = at; i < lineEnd; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && this.endsToken(i + 1)) return i;
      if (ch === HASH && t.charCodeAt(i - 1) === SP) return -1;
    }
    return -1;
  }

  /** Whether offset `i` is a space, a line end or the document's end. */
  private endsToken(i: number): boolean {
    if (i >= this.end) return true;
    const c = this.t.charCodeAt(i);
    return c === SP || c === NL;
  }

  /** A block mapping whose first key starts at `at`, at indentation `indent`. */
  private map(at: number, indent: number): Record<string, unknown> {
    const t = this.t;
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const out: Record<string, unknown> = {};
    const cp: ContainerPositions = { pos: at, keys: new Map(), values: new Map() };
    let i = at;
    for (;;) {
      // The key.
      let key: string;
      let colon: number;
      const c = t.charCodeAt(i);
      if (c === SQUOTE || c === DQUOTE) {
        const close = c === SQUOTE ? this.singleQuotedEnd(i) : this.doubleQuotedEnd(i);
        if (close < 0) throw DECLINE;
        key = c === SQUOTE ? this.singleQuotedValue(i, close) : this.doubleQuotedValue(i, close);
        colon = close;
        while (t.charCodeAt(colon) === SP) colon++;
        if (t.charCodeAt(colon) !== COLON || !this.endsToken(colon + 1)) throw DECLINE;
      } else {
        colon = this.plainKeyColon(i);
        if (colon < 0) throw DECLINE;
        let e = colon;
        while (t.charCodeAt(e - 1) === SP) e--;
        const written = t.slice(i, e);
        if (written === "<<") throw DECLINE; // a merge key in other YAML versions: leave it to `yaml`
        key = String(resolvePlainScalar(written));
      }
      if (colon - i > MAX_KEY_LENGTH || Object.hasOwn(out, key)) throw DECLINE; // long keys, duplicates: `yaml` reports them
      cp.keys.set(key, i);
      // The value.
      let j = colon + 1;
      while (t.charCodeAt(j) === SP) j++;
      let value: unknown;
      const v = t.charCodeAt(j);
      if (j >= this.end || v === NL || v === HASH) {
        value = this.blockValue(j, indent, true);
        cp.values.set(key, this.valueStart);
      } else {
        value = this.inlineValue(j, indent, true);
        cp.values.set(key, j);
      }
      setOwn(out, key, value);
      // The next key, at the same indentation, or the mapping's end.
      const nextLine = this.nextContent(this.next);
      if (nextLine >= this.end) break;
      const ind = this.indentAt(nextLine);
      if (ind < indent) break;
      if (ind > indent) throw DECLINE;
      i = nextLine + ind;
      if (t.charCodeAt(i) === DASH && this.endsToken(i + 1)) {
        // A sequence entry at the mapping's indentation: only the value of the key just read may be one.
        break;
      }
    }
    this.next = this.nextContent(this.next);
    this.record(out, cp);
    this.depth--;
    return out;
  }

  /** How many block collections enclose the one being read. */
  private depth = 0;

  /** Where the last block value started (set by blockValue). */
  private valueStart = 0;
  /** Whether the last value read was empty (null). */
  private lastLeafEmpty = false;

  /**
   * The value of a key or sequence entry whose line ends at `j` (blank or comment): a
   * block collection on the following lines, or null.
   */
  private blockValue(j: number, indent: number, inMap: boolean): unknown {
    const t = this.t;
    const lineEnd = this.lineEnd(j);
    const nextLine = this.nextContent(lineEnd + 1);
    if (nextLine < this.end) {
      const ind = this.indentAt(nextLine);
      const at = nextLine + ind;
      const dash = t.charCodeAt(at) === DASH && this.endsToken(at + 1);
      if (ind > indent || (inMap && ind === indent && dash)) {
        let value: unknown;
        if (dash) value = this.seq(at, ind);
        else if (ind > indent && this.isKeyAt(at)) value = this.map(at, ind);
        else throw DECLINE; // a scalar on its own line, or something else outside the subset
        this.valueStart = at; // after the nested reads, which set it for their own values
        return value;
      }
    }
    // An empty value: null, at the end of the spaces after the indicator.
    this.valueStart = j;
    this.lastLeafEmpty = true;
    if (j < this.end && t.charCodeAt(j) === HASH) this.finishLine(lineEnd);
    else {
      this.next = lineEnd + 1;
      this.nodeEnd = j;
    }
    return null;
  }

  /** A block sequence whose first `-` is at `at`, at indentation `indent`. */
  private seq(at: number, indent: number): unknown[] {
    const t = this.t;
    if (++this.depth > MAX_DEPTH) throw DECLINE;
    const out: unknown[] = [];
    const cp: ContainerPositions = { pos: at, keys: new Map(), values: new Map() };
    let d = at;
    for (;;) {
      let j = d + 1;
      while (t.charCodeAt(j) === SP) j++;
      const c = t.charCodeAt(j);
      let value: unknown;
      if (j >= this.end || c === NL || c === HASH) {
        value = this.blockValue(j, indent, false);
        cp.values.set(out.length, this.valueStart);
      } else {
        if (c === DASH && this.endsToken(j + 1)) throw DECLINE; // `- - x`
        if (this.isKeyAt(j)) value = this.map(j, j - (d - indent));
        else value = this.inlineValue(j, indent, false);
        cp.values.set(out.length, j);
      }
      out.push(value);
      const nextLine = this.nextContent(this.next);
      if (nextLine >= this.end) break;
      const ind = this.indentAt(nextLine);
      if (ind < indent) break;
      if (ind > indent) throw DECLINE;
      d = nextLine + ind;
      if (!(t.charCodeAt(d) === DASH && this.endsToken(d + 1))) break; // the parent mapping's next key
    }
    this.next = this.nextContent(this.next);
    this.record(out, cp);
    this.depth--;
    return out;
  }

  // ---- values on the current line ------------------------------------------------------

  /** A scalar, block scalar or flow sequence starting at `j` (not at a line's end). */
  private inlineValue(j: number, indent: number, inMap: boolean): unknown {
    const t = this.t;
    this.lastLeafEmpty = false;
    const c = t.charCodeAt(j);
    if (c === SQUOTE || c === DQUOTE) {
      const close = c === SQUOTE ? this.singleQuotedEnd(j) : this.doubleQuotedEnd(j);
      if (close < 0) throw DECLINE;
      const value = c === SQUOTE ? this.singleQuotedValue(j, close) : this.doubleQuotedValue(j, close);
      this.finishLine(this.restOfLine(close));
      return value;
    }
    if (c === 124 /* | */) return this.literalBlock(j, indent, inMap);
    if (c === 91 /* [ */) return this.flowSeq(j);
    if (badPlainStart(c)) throw DECLINE;
    if ((c === DASH || c === 63 || c === COLON) && this.endsToken(j + 1)) throw DECLINE;
    const lineEnd = this.lineEnd(j);
    let e = lineEnd;
    for (let i = j; i < lineEnd; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && this.endsToken(i + 1)) throw DECLINE; // `a: b: c`
      if (ch === HASH && t.charCodeAt(i - 1) === SP) {
        e = i;
        break;
      }
    }
    while (t.charCodeAt(e - 1) === SP) e--;
    this.finishLine(lineEnd);
    return resolvePlainScalar(t.slice(j, e));
  }

  /** Offset just after the closing quote of a one-line single-quoted scalar at `at`, or -1. */
  private singleQuotedEnd(at: number): number {
    const t = this.t;
    for (let i = at + 1; i < this.end; i++) {
      const c = t.charCodeAt(i);
      if (c === NL) return -1;
      if (c === SQUOTE) {
        if (t.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  private singleQuotedValue(at: number, close: number): string {
    const body = this.t.slice(at + 1, close - 1);
    return body.includes("''") ? body.replace(/''/g, "'") : body;
  }

  /** Offset just after the closing quote of a one-line double-quoted scalar at `at`, or -1. */
  private doubleQuotedEnd(at: number): number {
    const t = this.t;
    for (let i = at + 1; i < this.end; i++) {
      const c = t.charCodeAt(i);
      if (c === NL) return -1;
      if (c === 92 /* \ */) {
        if (t.charCodeAt(i + 1) === NL) return -1; // an escaped line break: a multi-line scalar
        i++;
      } else if (c === DQUOTE) return i + 1;
    }
    return -1;
  }

  private doubleQuotedValue(at: number, close: number): string {
    const t = this.t;
    const last = close - 1;
    const firstEscape = t.indexOf("\\", at + 1);
    if (firstEscape === -1 || firstEscape >= last) return t.slice(at + 1, last);
    let out = "";
    for (let i = at + 1; i < last; i++) {
      const c = t[i]!;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = t[++i]!;
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        continue;
      }
      const length = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
      if (length === 0) throw DECLINE; // an invalid escape: a `yaml` error
      const hex = t.substr(i + 1, length);
      if (i + length >= last || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw DECLINE;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw DECLINE;
      out += String.fromCodePoint(code);
      i += length;
    }
    return out;
  }

  /**
   * A `|` block scalar whose indicator is at `at`. Keep/strip chomping and an indentation
   * indicator (for mapping values) are supported; `yaml` gets every doubtful case.
   */
  private literalBlock(at: number, indent: number, inMap: boolean): string {
    const t = this.t;
    let i = at + 1;
    let chomp = 0; // -1 strip, 0 clip, 1 keep
    let explicitIndent = 0;
    for (let k = 0; k < 2; k++) {
      const c = t.charCodeAt(i);
      if (c === DASH && chomp === 0) {
        chomp = -1;
        i++;
      } else if (c === 43 /* + */ && chomp === 0) {
        chomp = 1;
        i++;
      } else if (c >= 49 && c <= 57 && explicitIndent === 0) {
        explicitIndent = c - 48;
        i++;
      }
    }
    if (explicitIndent > 0 && !inMap) throw DECLINE;
    const headerEnd = this.restOfLine(i);
    if (headerEnd >= this.end) throw DECLINE; // nothing after the header
    let content = explicitIndent > 0 ? indent + explicitIndent : -1;
    let maxLeadingBlank = 0;
    const lines: string[] = [];
    let trailingBlanks = 0;
    let lastContentEnd = -1;
    let blankEnd = -1;
    let line = headerEnd + 1;
    while (line < this.end) {
      const le = this.lineEnd(line);
      const sp = this.indentAt(line);
      if (line + sp >= le) {
        // A blank line: part of the scalar (as an empty line) unless the scalar ends before more content.
        if (content >= 0 ? sp > content : false) throw DECLINE; // spaces beyond the indentation are content
        if (content < 0) maxLeadingBlank = Math.max(maxLeadingBlank, sp);
        if (le >= t.length) break; // a last line without newline
        trailingBlanks++;
        blankEnd = le + 1;
        line = le + 1;
        continue;
      }
      if (content < 0) {
        if (sp <= indent || maxLeadingBlank > sp) throw DECLINE; // empty scalar, or blank lines deeper than the content
        content = sp;
      }
      if (sp < content) break;
      for (let b = 0; b < trailingBlanks; b++) lines.push("");
      trailingBlanks = 0;
      lines.push(t.slice(line + content, le));
      if (le >= t.length) {
        lastContentEnd = le;
        line = le;
        break;
      }
      lastContentEnd = le + 1;
      line = le + 1;
    }
    if (lines.length === 0) throw DECLINE;
    const body = lines.join("\n");
    let value: string;
    if (chomp < 0) value = body;
    else if (chomp === 0) value = body + "\n";
    else {
      if (lastContentEnd >= t.length && t.charCodeAt(t.length - 1) !== NL) throw DECLINE;
      value = body + "\n" + "\n".repeat(trailingBlanks);
    }
    this.next = lastContentEnd >= t.length ? t.length : trailingBlanks > 0 ? blankEnd : lastContentEnd;
    this.nodeEnd = chomp > 0 && trailingBlanks > 0 ? blankEnd : lastContentEnd;
    return value;
  }

  /** A one-line flow sequence `[a, 'b', 3]` at `at`. */
  private flowSeq(at: number): unknown[] {
    const t = this.t;
    const out: unknown[] = [];
    const cp: ContainerPositions = { pos: at, keys: new Map(), values: new Map() };
    const lineEnd = this.lineEnd(at);
    let i = at + 1;
    let afterComma = false;
    for (;;) {
      while (t.charCodeAt(i) === SP) i++;
      if (i >= lineEnd) throw DECLINE; // spans lines
      const c = t.charCodeAt(i);
      if (c === 93 /* ] */) {
        if (afterComma) throw DECLINE;
        i++;
        break;
      }
      let value: unknown;
      const start = i;
      if (c === SQUOTE || c === DQUOTE) {
        const close = c === SQUOTE ? this.singleQuotedEnd(i) : this.doubleQuotedEnd(i);
        if (close < 0) throw DECLINE;
        value = c === SQUOTE ? this.singleQuotedValue(i, close) : this.doubleQuotedValue(i, close);
        i = close;
      } else {
        if (badPlainStart(c) || ((c === DASH || c === 63 || c === COLON) && (this.endsToken(i + 1) || t.charCodeAt(i + 1) === 44 || t.charCodeAt(i + 1) === 93))) throw DECLINE;
        let e = i;
        for (; e < lineEnd; e++) {
          const ch = t.charCodeAt(e);
          if (ch === 44 || ch === 93) break;
          if (ch === 91 || ch === 123 || ch === 125 || ch === COLON || (ch === HASH && t.charCodeAt(e - 1) === SP)) throw DECLINE;
        }
        i = e;
        while (t.charCodeAt(e - 1) === SP) e--;
        value = resolvePlainScalar(t.slice(start, e));
      }
      cp.values.set(out.length, start);
      out.push(value);
      while (t.charCodeAt(i) === SP) i++;
      const sep = t.charCodeAt(i);
      if (sep === 44 /* , */) {
        afterComma = true;
        i++;
      } else if (sep === 93) {
        i++;
        break;
      } else throw DECLINE;
    }
    this.finishLine(this.restOfLine(i));
    this.record(out, cp);
    return out;
  }
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029", " ": " ", '"': '"', "/": "/", "\\": "\\",
};
