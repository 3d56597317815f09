import type { RegexFlags } from "../../ast/expr.js";
import { isWildcard, type Pattern } from "../../ast/pattern.js";
import { ANY_CHAR, caseClose, isAny, single, type CodePointSet } from "./code-point-set.js";
import { parsePcre, UntranslatableRegex } from "./pcre-parser.js";
import type { AssertNode, RegexNode } from "./regex-ast.js";

/*
 * Lucene's regular expression dialect (org.apache.lucene.util.automaton.RegExp; used by
 * Elasticsearch's `regexp` query, `/.../` in query_string, and ES|QL `RLIKE`):
 * - the expression always matches the WHOLE term (it is anchored at both ends);
 * - `.` is any code point, newline included; there are no `^`/`$`/`\b`/look-around;
 * - reserved: `. ? + * | { } [ ] ( ) " \` and, with the default ALL flags, `# @ & < > ~`;
 *   `\` followed by any character is that character (Lucene 9 added `\d \s \w`, which
 *   older versions read as the letters, so rulecast never writes a backslash before a letter).
 * Reference: https://www.elastic.co/guide/en/elasticsearch/reference/current/regexp-syntax.html
 */

const NEWLINE = "\n";

/** One code point written as a Lucene regexp literal. */
function literal(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (/^[A-Za-z0-9]$/.test(ch)) return ch;
  if (cp < 0x80) return "\\" + ch; // every ASCII symbol, space and control character
  return ch; // non-ASCII characters are never operators
}

function writeSet(set: CodePointSet): string {
  if (isAny(set)) return ".";
  if (set.length === 1 && set[0]![0] === set[0]![1]) return literal(set[0]![0]);
  let out = "[";
  for (const [a, b] of set) {
    out += literal(a);
    if (b === a + 1) out += literal(b);
    else if (b > a) out += "-" + literal(b);
  }
  return out + "]";
}

function write(node: RegexNode): string {
  switch (node.t) {
    case "char":
      return writeSet(node.set);
    case "seq":
      return node.items.length === 0 ? "()" : node.items.map((n) => (n.t === "alt" ? `(${write(n)})` : write(n))).join("");
    case "alt":
      return node.branches.map((b) => (b.t === "seq" && b.items.length === 0 ? "()" : write(b))).join("|");
    case "repeat": {
      const inner = node.node.t === "char" ? write(node.node) : `(${write(node.node)})`;
      const { min, max } = node;
      if (min === 0 && max === null) return inner + "*";
      if (min === 1 && max === null) return inner + "+";
      if (min === 0 && max === 1) return inner + "?";
      if (max === null) return `${inner}{${min},}`;
      if (min === max) return `${inner}{${min}}`;
      return `${inner}{${min},${max}}`;
    }
    case "assert":
      throw new UntranslatableRegex(`anchor '${assertText(node)}' in the middle of the pattern`);
  }
}

function assertText(a: AssertNode): string {
  return { bos: "^", bol: "^ (multi-line)", eos: "\\z", eosnl: "$", eol: "$ (multi-line)" }[a.kind];
}

const START_RANK = { bol: 1, bos: 2 } as const;
const END_RANK = { eol: 1, eosnl: 2, eos: 3 } as const;

/**
 * Turns a regex **search** into an anchored Lucene regexp with the same matches: each
 * top-level branch gets `.*` on the sides it is not anchored on; `^`/`$` at a branch's
 * edges become the exact Lucene equivalents (`$` = end or before a final newline).
 */
function writeSearch(root: RegexNode): string {
  const branches = root.t === "alt" ? root.branches : [root];
  const out = branches.map((branch) => {
    let items = branch.t === "seq" ? [...branch.items] : [branch];
    let start: "bos" | "bol" | undefined;
    let end: "eos" | "eosnl" | "eol" | undefined;
    while (items.length > 0 && items[0]!.t === "assert" && (items[0] as AssertNode).kind in START_RANK) {
      const k = (items[0] as AssertNode).kind as "bos" | "bol";
      if (!start || START_RANK[k] > START_RANK[start]) start = k;
      items = items.slice(1);
    }
    while (items.length > 0 && items[items.length - 1]!.t === "assert" && (items[items.length - 1] as AssertNode).kind in END_RANK) {
      const k = (items[items.length - 1] as AssertNode).kind as "eos" | "eosnl" | "eol";
      if (!end || END_RANK[k] > END_RANK[end]) end = k;
      items = items.slice(0, -1);
    }
    const body = items.length === 0 ? "" : write(items.length === 1 ? items[0]! : { t: "seq", items });
    const prefix = start === "bos" ? "" : start === "bol" ? `(.*${literal(10)})?` : ".*";
    const suffix = end === "eos" ? "" : end === "eosnl" ? `${literal(10)}?` : end === "eol" ? `(${literal(10)}.*)?` : ".*";
    const needsParens = items.length === 1 && items[0]!.t === "alt";
    return prefix + (needsParens ? `(${body})` : body) + suffix;
  });
  return out.length === 1 ? out[0]! : out.map((b) => `(${b})`).join("|");
}

/** The result of translating a regex: the Lucene regexp, or why it cannot be done. */
export type LuceneRegexpResult = { ok: true; regexp: string } | { ok: false; reason: string };

/**
 * Translates a PCRE search (the AST's `Regex` node) to a Lucene regexp that matches exactly
 * the same terms, case-insensitivity folded into character classes. Never returns a regexp
 * with another meaning: what cannot be translated exactly gives `{ok: false, reason}`.
 */
export function pcreToLuceneRegexp(pattern: string, flags: RegexFlags): LuceneRegexpResult {
  try {
    return { ok: true, regexp: writeSearch(parsePcre(pattern, flags)) };
  } catch (e) {
    if (e instanceof UntranslatableRegex) return { ok: false, reason: e.message };
    throw e;
  }
}

/**
 * A wildcard pattern as a Lucene regexp: `*` -> `.*`, `?` -> `.`, literals escaped; with
 * `caseInsensitive`, each letter becomes the class of its simple case folding (`[kKK]`).
 */
export function wildcardToLuceneRegexp(p: Pattern, caseInsensitive: boolean): string {
  let out = "";
  for (const part of p.parts) {
    if (isWildcard(part)) out += part.wildcard === "*" ? ".*" : ".";
    else for (const ch of part) {
      const set = single(ch.codePointAt(0)!);
      out += writeSet(caseInsensitive ? caseClose(set) : set);
    }
  }
  return out === "" ? "()" : out;
}

export { ANY_CHAR, NEWLINE };
