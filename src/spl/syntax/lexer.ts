import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from "chevrotain";

/**
 * The SPL lexer (Chevrotain), separate from the parser. Two modes, because SPL has two
 * expression languages:
 * - `search` (base search, `search`, generic command arguments): bare words may hold
 *   `*`, `.`, `/`, `:`, `-`, `{}` and backslash escapes; `AND`/`OR`/`NOT`/`IN` are upper-case.
 * - `expr` (after `| eval` and `| where`, until the next top-level `|` or `]`): identifiers,
 *   numbers, `'quoted field'`, arithmetic and comparison operators, case-insensitive keywords.
 */

const WORD_RE = /(?:[^\s"=!<>()[\]|,`\\]|\\[\s\S]|!(?!=))+/;

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });
/** ```` ```comment``` ```` (SPL inline comments). */
export const Comment = createToken({ name: "Comment", pattern: /```[\s\S]*?```/, group: "comments", line_breaks: true });
/** A macro call left in the text because no definition exists (already reported). */
export const MacroRef = createToken({ name: "MacroRef", pattern: /`[^`]*`/, line_breaks: true });
export const LBracket = createToken({ name: "LBracket", pattern: "[" });
export const LParen = createToken({ name: "LParen", pattern: "(" });
export const RParen = createToken({ name: "RParen", pattern: ")" });
export const Comma = createToken({ name: "Comma", pattern: "," });
export const QuotedString = createToken({ name: "QuotedString", pattern: /"(?:[^"\\]|\\[\s\S])*"/, line_breaks: true });

// Comparison operators (both modes).
export const CompareOp = createToken({ name: "CompareOp", pattern: Lexer.NA });
export const DoubleEquals = createToken({ name: "DoubleEquals", pattern: "==", categories: [CompareOp] });
export const NotEquals = createToken({ name: "NotEquals", pattern: "!=", categories: [CompareOp] });
export const LessEq = createToken({ name: "LessEq", pattern: "<=", categories: [CompareOp] });
export const GreaterEq = createToken({ name: "GreaterEq", pattern: ">=", categories: [CompareOp] });
export const Equals = createToken({ name: "Equals", pattern: "=", categories: [CompareOp] });
export const Less = createToken({ name: "Less", pattern: "<", categories: [CompareOp] });
export const Greater = createToken({ name: "Greater", pattern: ">", categories: [CompareOp] });

// --- search mode ---
export const Word = createToken({ name: "Word", pattern: WORD_RE, line_breaks: true });

/** Token names after which a word is a command name. */
const COMMAND_STARTERS = new Set(["Pipe", "ExprPipe", "LBracket"]);

function isWordEnd(text: string, at: number): boolean {
  return at >= text.length || /[\s|\]`]/.test(text[at]!);
}

/** Matches `name` as a command name: right after a `|` (or `[` for `[search ...]`). */
function commandName(names: readonly string[], atStart = false): CustomPatternMatcherFunc {
  return (text, offset, matched) => {
    const prev = matched[matched.length - 1];
    // `search` may also open the whole text (`search index=x | ...`: the leading keyword is optional in Splunk).
    if (prev ? !COMMAND_STARTERS.has(prev.tokenType.name) : !atStart || offset !== text.search(/\S/)) return null;
    for (const name of names) {
      if (text.startsWith(name, offset) && isWordEnd(text, offset + name.length)) {
        const m = [name] as unknown as RegExpExecArray;
        return m;
      }
    }
    return null;
  };
}

/** A generating command opening a subsearch without a pipe (`[ tstats ... ]`). */
export const SubsearchGenerator = createToken({
  name: "SubsearchGenerator",
  pattern: {
    exec: (text, offset, matched) => {
      const prev = matched[matched.length - 1];
      if (!prev || prev.tokenType.name !== "LBracket") return null;
      return commandName(["tstats", "inputlookup", "mstats", "makeresults", "rest", "datamodel", "from"])(text, offset, matched, {});
    },
  },
  line_breaks: false,
  start_chars_hint: ["t", "i", "m", "r", "d", "f"],
});

/** `search` as a command name (after `|` or `[`, or first in the text). */
export const SearchCommand = createToken({
  name: "SearchCommand", pattern: { exec: commandName(["search"], true) }, line_breaks: false, start_chars_hint: ["s"],
});
/** `eval` as a command name: switches to expression mode. */
export const EvalCommand = createToken({
  name: "EvalCommand", pattern: { exec: commandName(["eval"]) }, line_breaks: false, start_chars_hint: ["e"], push_mode: "expr",
});
/** `where` as a command name: switches to expression mode. */
export const WhereCommand = createToken({
  name: "WhereCommand", pattern: { exec: commandName(["where"]) }, line_breaks: false, start_chars_hint: ["w"], push_mode: "expr",
});

export const And = createToken({ name: "And", pattern: /AND/, longer_alt: Word });
export const Or = createToken({ name: "Or", pattern: /OR/, longer_alt: Word });
export const Not = createToken({ name: "Not", pattern: /NOT/, longer_alt: Word });
export const In = createToken({ name: "In", pattern: /IN/, longer_alt: Word });

// `|` and `]` end an expression-mode command; in search mode they are plain tokens.
export const Pipe = createToken({ name: "Pipe", pattern: "|" });
export const RBracket = createToken({ name: "RBracket", pattern: "]" });
const ExprPipe = createToken({ name: "ExprPipe", pattern: "|", categories: [Pipe], pop_mode: true });
const ExprRBracket = createToken({ name: "ExprRBracket", pattern: "]", categories: [RBracket], pop_mode: true });

// --- expression mode ---
/** Field names in eval: dotted, with `{}` array markers (never ending in `.`, which is concatenation), `{field}` dynamic names. */
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_@$][\w@$:]*(?:\.[\w@$:]+|\{\})*|\{[\w.]+\}/ });
/** `<<FIELD>>`-style placeholders of `foreach` templates, used like field names. */
export const TemplateField = createToken({ name: "TemplateField", pattern: /<<\w+>>/, categories: [Identifier] });

/**
 * An eval assignment target whose name holds `-` (`eval feature_set-mppreference=...`): only right
 * after `eval` or a top-level comma of an eval, where `a-b=` cannot be arithmetic.
 */
const DASHED_NAME = /[A-Za-z_][\w.:]*(?:-[\w.:]+)+(?=\s*=(?!=))/y;
const assignmentTarget: CustomPatternMatcherFunc = (text, offset, matched) => {
  const prev = matched[matched.length - 1];
  if (!prev || (prev.tokenType.name !== "EvalCommand" && prev.tokenType.name !== "Comma")) return null;
  DASHED_NAME.lastIndex = offset;
  const found = DASHED_NAME.exec(text);
  if (!found || prev.tokenType.name === "EvalCommand") return found;
  // After a comma: only when the comma is not inside a function call's parentheses.
  let depth = 0;
  for (let k = matched.length - 2; k >= 0; k--) {
    const name = matched[k]!.tokenType.name;
    if (name === "RParen") depth++;
    else if (name === "LParen") {
      if (depth === 0) return null;
      depth--;
    } else if (name === "EvalCommand") return depth === 0 ? found : null;
  }
  return null;
};
export const DashedIdentifier = createToken({
  name: "DashedIdentifier", pattern: { exec: assignmentTarget }, line_breaks: false, categories: [Identifier], start_chars_hint: [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"],
});
export const SingleQuoted = createToken({ name: "SingleQuoted", pattern: /'(?:[^'\\]|\\[\s\S])*'/, line_breaks: true });
export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/ });
export const Plus = createToken({ name: "Plus", pattern: "+" });
export const Minus = createToken({ name: "Minus", pattern: "-" });
export const Star = createToken({ name: "Star", pattern: "*" });
export const Slash = createToken({ name: "Slash", pattern: "/" });
export const Percent = createToken({ name: "Percent", pattern: "%" });
export const Dot = createToken({ name: "Dot", pattern: "." });
export const ExprAnd = createToken({ name: "ExprAnd", pattern: /and/i, longer_alt: Identifier });
export const ExprOr = createToken({ name: "ExprOr", pattern: /or/i, longer_alt: Identifier });
export const ExprXor = createToken({ name: "ExprXor", pattern: /xor/i, longer_alt: Identifier });
export const ExprNot = createToken({ name: "ExprNot", pattern: /not/i, longer_alt: Identifier });
export const ExprLike = createToken({ name: "ExprLike", pattern: /like(?!\s*\()/i, longer_alt: Identifier });
export const ExprIn = createToken({ name: "ExprIn", pattern: /in(?=\s*\()/i, longer_alt: Identifier });

const searchMode: TokenType[] = [
  WhiteSpace, Comment, MacroRef, Pipe, LBracket, RBracket, LParen, RParen, Comma, QuotedString,
  DoubleEquals, NotEquals, LessEq, GreaterEq, Equals, Less, Greater,
  SearchCommand, EvalCommand, WhereCommand, SubsearchGenerator, And, Or, Not, In, Word,
];

const exprMode: TokenType[] = [
  WhiteSpace, Comment, MacroRef, ExprPipe, ExprRBracket, LParen, RParen, Comma, QuotedString, SingleQuoted, TemplateField,
  DoubleEquals, NotEquals, LessEq, GreaterEq, Equals, Less, Greater,
  NumberLiteral, Plus, Minus, Star, Slash, Percent,
  DashedIdentifier, ExprAnd, ExprOr, ExprXor, ExprNot, ExprLike, ExprIn, Identifier, Dot,
];

/** Every token type, for the parser. */
export const ALL_TOKENS: TokenType[] = [
  ...new Set([...searchMode, ...exprMode, CompareOp]),
];

/** Token definitions of each lexer mode (`search` is the default). */
export const SPL_LEXER_DEFINITION = {
  modes: { search: searchMode, expr: exprMode },
  defaultMode: "search",
};

let lexer: Lexer | undefined;

/** The shared lexer instance (built on first use: Chevrotain validates the definition once). */
export function splLexer(): Lexer {
  lexer ??= new Lexer(SPL_LEXER_DEFINITION, { positionTracking: "onlyOffset", ensureOptimizations: false });
  return lexer;
}

/** Lexes SPL text starting in the given mode. */
export function tokenize(text: string, mode: "search" | "expr" = "search"): { tokens: IToken[]; errors: { offset: number; length: number; message: string }[] } {
  const result = splLexer().tokenize(text, mode);
  return {
    tokens: result.tokens,
    errors: result.errors.map((e) => ({ offset: e.offset, length: e.length, message: e.message })),
  };
}
