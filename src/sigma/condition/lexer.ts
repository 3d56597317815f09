import { createToken, Lexer, type TokenType } from "chevrotain";

/**
 * Tokens of the Sigma condition language. Keywords are lower-case (as the specification
 * writes them and pySigma parses them) and only whole words: `selection_and` is an identifier.
 */
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z0-9_*?.\-\\]+/ });
const keyword = (name: string, word: string): TokenType =>
  createToken({ name, pattern: new RegExp(word), longer_alt: Identifier });

export const And = keyword("And", "and");
export const Or = keyword("Or", "or");
export const Not = keyword("Not", "not");
export const Of = keyword("Of", "of");
export const All = keyword("All", "all");
export const AnyOf = keyword("Any", "any");
export const Them = keyword("Them", "them");
export const Count = createToken({ name: "Count", pattern: /\d+/, longer_alt: Identifier });
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /\s+/, group: Lexer.SKIPPED });

/** Keywords before Identifier so `and` is a keyword, with `longer_alt` so `android` is not. */
export const CONDITION_TOKENS: TokenType[] = [WhiteSpace, LParen, RParen, And, Or, Not, Of, All, AnyOf, Them, Count, Identifier];

/** The condition lexer (built once; Chevrotain lexers are reusable). */
export const conditionLexer = new Lexer(CONDITION_TOKENS, { positionTracking: "onlyOffset", ensureOptimizations: false });
