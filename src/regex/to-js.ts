import type { AssertKind, CodePointRanges, RegexNode } from "./syntax.js";

/**
 * The JavaScript RegExp source (to be used with the `u` flag only) that means exactly
 * what the parsed PCRE pattern means: case folding is already in the character sets,
 * and PCRE's `.`, `\s`, `^`, `$` are spelled out so JavaScript's different defaults
 * (`.` excluding `\r`, `$` not matching before a final newline, ...) never apply.
 */
export function toJsRegExpSource(node: RegexNode): string {
  switch (node.type) {
    case "empty":
      return "(?:)";
    case "set":
      return setSource(node.ranges);
    case "concat":
      return node.items.map((item) => group(item)).join("");
    case "alt":
      return "(?:" + node.items.map(toJsRegExpSource).join("|") + ")";
    case "repeat": {
      const body = group(node.item);
      if (node.max === Infinity) return body + (node.min === 0 ? "*" : node.min === 1 ? "+" : `{${node.min},}`);
      return body + (node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`);
    }
    case "assert":
      return ASSERTIONS[node.kind];
  }
}

/**
 * PCRE's `\B`. Spelled with `^`, `$` and positive lookarounds because V8 (`u` mode) also tries
 * the position inside a surrogate pair, where it sees no character on either side, so `\B` and
 * negative lookarounds such as `(?![^])` would hold there.
 */
export const NOT_WORD_BOUNDARY = "(?:(?<=\\w)(?=\\w)|(?:^|(?<=\\W))(?:$|(?=\\W)))";

// `^` and `$` (never with the `m` flag) and positive lookarounds only (see NOT_WORD_BOUNDARY).
const ASSERTIONS: Record<AssertKind, string> = {
  start: "^",
  lineStart: "(?:^|(?<=\\n))",
  end: "$",
  endOrFinalNewline: "(?=\\n?$)",
  lineEnd: "(?=\\n|$)",
  wordBoundary: "\\b",
  notWordBoundary: NOT_WORD_BOUNDARY,
};

function group(node: RegexNode): string {
  const src = toJsRegExpSource(node);
  return node.type === "set" || node.type === "alt" || node.type === "assert" ? src : `(?:${src})`;
}

function setSource(ranges: CodePointRanges): string {
  if (ranges.length === 0) return "[]";
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === 0x10ffff) return "[^]";
  const cp = (n: number) => `\\u{${n.toString(16)}}`;
  return "[" + ranges.map(([lo, hi]) => (lo === hi ? cp(lo) : `${cp(lo)}-${cp(hi)}`)).join("") + "]";
}
