export { pcreToLuceneRegexp, wildcardToLuceneRegexp, type LuceneRegexpResult } from "./lucene-regexp.js";
export { parsePcre, UntranslatableRegex } from "./pcre-parser.js";
export { caseClass, hasCaseVariants, pairFoldingIsExact } from "./case-fold.js";
export type { RegexNode } from "./regex-ast.js";
