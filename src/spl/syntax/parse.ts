import type { IToken } from "chevrotain";
import type { ValueExpr } from "../../ast/value-expr.js";
import { tokenize } from "./lexer.js";
import { SplGrammar } from "./parser.js";
import type { SearchNode, SplPipeline } from "./tree.js";
import type { NodeLocator } from "./value-nodes.js";

/** A syntax error: an offset into the parsed text and a message. */
export interface SplSyntaxError {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export interface SplParseResult<T> {
  /** Undefined when the text does not parse. */
  readonly value?: T;
  readonly errors: readonly SplSyntaxError[];
}

/**
 * The project's facade over the Chevrotain lexer and grammar: parses a (macro-expanded)
 * SPL search, or a slice of one, and reports syntax errors by offset. One grammar
 * instance is reused (Chevrotain parsers are built once and reset per input).
 */
export class SplParser {
  private static shared: SplGrammar | undefined;
  private readonly grammar: SplGrammar;

  constructor() {
    SplParser.shared ??= new SplGrammar();
    this.grammar = SplParser.shared;
  }

  /** A whole search: `base search | command | ...`. */
  parsePipeline(text: string, locate?: NodeLocator): SplParseResult<SplPipeline> {
    return this.run(text, 0, text.length, "search", locate, (g) => g.pipeline());
  }

  /** A search-language expression found at `start..end` of `text` (e.g. a `tstats ... where` clause). */
  parseSearchExpression(text: string, start: number, end: number, locate?: NodeLocator): SplParseResult<SearchNode> {
    return this.run(text, start, end, "search", locate, (g) => g.searchExpression());
  }

  /** An eval expression found at `start..end` of `text` (e.g. inside `count(eval(...))`). */
  parseExpression(text: string, start: number, end: number, locate?: NodeLocator): SplParseResult<ValueExpr> {
    return this.run(text, start, end, "expr", locate, (g) => g.expression());
  }

  private run<T>(text: string, start: number, end: number, mode: "search" | "expr", locate: NodeLocator | undefined, rule: (g: SplGrammar) => T): SplParseResult<T> {
    const slice = start === 0 && end === text.length ? text : text.slice(start, end);
    const lexed = tokenize(slice, mode);
    const errors: SplSyntaxError[] = lexed.errors.map((e) => ({
      offset: e.offset + start, length: e.length, message: `unexpected character ${JSON.stringify(slice.slice(e.offset, e.offset + Math.min(e.length, 1)))}`,
    }));
    if (errors.length > 0) return { errors };
    if (start !== 0) for (const t of lexed.tokens) (t as { startOffset: number }).startOffset += start;
    const g = this.grammar;
    g.setSource(text);
    g.locate = locate ?? (() => ({}));
    g.input = lexed.tokens;
    const value = rule(g);
    if (g.errors.length > 0) {
      return {
        errors: g.errors.map((e) => {
          const tok: IToken = e.token;
          const atEnd = tok.tokenType.name === "EOF" || Number.isNaN(tok.startOffset);
          const offset = atEnd ? end : tok.startOffset;
          const found = atEnd ? "end of search" : JSON.stringify(tok.image);
          return { offset, length: atEnd ? 0 : tok.image.length, message: `unexpected ${found}${expectation(e.message)}` };
        }),
      };
    }
    return { value, errors: [] };
  }
}

/** Chevrotain's "Expecting ..." part, shortened to one line. */
function expectation(message: string): string {
  const m = /Expecting:?\s*(?:one of these possible Token sequences:)?\s*([\s\S]*?)(?:\s*but found|$)/.exec(message);
  if (!m || !m[1]) return "";
  const text = m[1].replace(/\s+/g, " ").replace(/<\[?|\]?>/g, "").trim();
  return text ? ` (expected ${text.length > 120 ? text.slice(0, 117) + "..." : text})` : "";
}
