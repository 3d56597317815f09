/**
 * Regular expressions without denial of service: a parser for the PCRE subset Sigma and
 * SPL rules use, a static analysis that finds patterns a backtracking engine would run in
 * super-linear time, and a linear-time search engine (lazy DFA) for those patterns.
 * See docs/security.md for what is refused and why.
 */
import type { SourcePos } from "../ast/position.js";
import { diagnostic, RuleError, type Diagnostic } from "../diagnostics/index.js";
import { analyseBacktracking, type BacktrackingComplexity, type RegexSafetyReport } from "./analysis.js";
import { LazyDfaSearcher } from "./lazy-dfa.js";
import { compileNfa, NfaTooLargeError, serializeNfa, type Nfa, type SerializedNfaInstruction } from "./nfa.js";
import { parseRegex, RegexSyntaxError, type RegexFlagSet, type RegexNode } from "./syntax.js";
import { toJsRegExpSource } from "./to-js.js";

export type { BacktrackingComplexity, RegexSafetyReport } from "./analysis.js";
export { MAX_REPEAT_COUNT, MAX_GROUP_DEPTH } from "./syntax.js";
export { SERIALIZED_ASSERTIONS, type SerializedNfaInstruction } from "./nfa.js";
export { regexPrefilter } from "./prefilter.js";

/** Regex flags as the AST holds them (`{ i, m, s }`) or as a string such as `"im"`. */
export type RegexFlagsInput = Partial<RegexFlagSet> | string;

/** Where a pattern came from, so diagnostics point at the rule. */
export interface RegexSite {
  file?: string;
  pos?: SourcePos;
}

/** A compiled search: `test` is true when the pattern matches anywhere in the value. */
export interface RegexTester {
  test(value: string): boolean;
  /** `native`: JavaScript's RegExp (the pattern is linear for it); `linear-time`: rulecast's lazy DFA. */
  readonly engine: "native" | "linear-time";
  readonly complexity: BacktrackingComplexity;
}

interface ParsedRegex {
  tree: RegexNode;
  nfa: Nfa;
}

function normalizeFlags(flags: RegexFlagsInput | undefined): RegexFlagSet {
  if (flags === undefined) return { i: false, m: false, s: false };
  if (typeof flags === "string") {
    for (const f of flags) {
      if (!"ims".includes(f)) throw new RuleError([diagnostic("regex/syntax", `unsupported regex flag \`${f}\` (rulecast supports i, m, s)`)]);
    }
    return { i: flags.includes("i"), m: flags.includes("m"), s: flags.includes("s") };
  }
  return { i: !!flags.i, m: !!flags.m, s: !!flags.s };
}

function parse(pattern: string, flags: RegexFlagsInput | undefined, site: RegexSite = {}): ParsedRegex {
  try {
    const tree = parseRegex(pattern, normalizeFlags(flags));
    return { tree, nfa: compileNfa(tree) };
  } catch (e) {
    if (e instanceof RegexSyntaxError) {
      const code = e.refused ? "backend/regex-untranslatable" : "regex/syntax";
      throw new RuleError([diagnostic(code, `regex /${abbreviate(pattern)}/ at offset ${e.offset}: ${e.message}`, site)]);
    }
    if (e instanceof NfaTooLargeError) {
      throw new RuleError([diagnostic("backend/regex-untranslatable", `regex /${abbreviate(pattern)}/: ${e.message}`, site)]);
    }
    throw e;
  }
}

function abbreviate(pattern: string): string {
  return pattern.length > 80 ? pattern.slice(0, 77) + "..." : pattern;
}

/**
 * Compiles a PCRE-subset pattern for the linear-time engine: `test(value)` takes time
 * proportional to `value.length` times (at most) the pattern size, whatever the pattern.
 *
 * Supported: literals and escapes, `.`, `^ $ \A \z \Z \b \B`, `* + ? {n} {n,} {n,m}` (greedy
 * and lazy), classes (negated, ranges, `\d \w \s \D \W \S \h \v`; under `i` these character types stay
 * ASCII while letters fold as in RegExp `iu`), alternation, capturing,
 * named and non-capturing groups, flags `i m s` (also inline `(?i)` and `(?i:...)`), `\Q...\E`.
 * Refused with `backend/regex-untranslatable`: backreferences, lookaround, atomic groups,
 * possessive quantifiers, recursion, conditionals, `\p{...}`, POSIX classes, the `x` flag,
 * repeat counts above 1000.
 *
 * @throws {@link RuleError} (`regex/syntax` or `backend/regex-untranslatable`).
 */
export function compileSafeRegex(pattern: string, flags?: RegexFlagsInput, site?: RegexSite): { test(value: string): boolean } {
  const { nfa } = parse(pattern, flags, site);
  const searcher = new LazyDfaSearcher(nfa);
  return { test: (value: string) => searcher.search(value) };
}

/**
 * How a backtracking engine would do on this pattern (see {@link BacktrackingComplexity}).
 * @throws {@link RuleError} when the pattern does not parse or is refused.
 */
export function analyseRegex(pattern: string, flags?: RegexFlagsInput, site?: RegexSite): RegexSafetyReport {
  const { tree, nfa } = parse(pattern, flags, site);
  return analyseBacktracking(nfa, tree);
}

/**
 * `backend/unsafe-regex` when a backtracking engine could take super-linear time on this
 * pattern (for backends that must emit a backtracking regex), else `undefined`.
 * @throws {@link RuleError} when the pattern does not parse or is refused.
 */
export function checkRegexSafety(pattern: string, flags?: RegexFlagsInput, site: RegexSite = {}): Diagnostic | undefined {
  const report = analyseRegex(pattern, flags, site);
  if (report.complexity === "linear") return undefined;
  return diagnostic("backend/unsafe-regex", `regex /${abbreviate(pattern)}/ (${report.complexity}): ${report.reason}`, site);
}

/**
 * The JavaScript RegExp that searches exactly like the PCRE pattern (use it with the
 * returned flags). It may backtrack: check {@link analyseRegex} first.
 * @throws {@link RuleError} when the pattern does not parse or is refused.
 */
export function toJsRegExp(pattern: string, flags?: RegexFlagsInput, site?: RegexSite): { source: string; flags: "u" } {
  return { source: toJsRegExpSource(parse(pattern, flags, site).tree), flags: "u" };
}

/**
 * The matcher's regex: JavaScript's own RegExp when the analysis proves the pattern
 * linear for a backtracking engine (fast), rulecast's linear-time engine otherwise.
 * Either way the result is the PCRE meaning and no value can make it hang.
 * @throws {@link RuleError} when the pattern does not parse or is refused.
 */
export function compileRegexTester(pattern: string, flags?: RegexFlagsInput, site?: RegexSite): RegexTester {
  const { tree, nfa } = parse(pattern, flags, site);
  const { complexity } = analyseBacktracking(nfa, tree);
  if (complexity === "linear") {
    const re = new RegExp(toJsRegExpSource(tree), "u");
    return { test: (value: string) => re.test(value), engine: "native", complexity };
  }
  const searcher = new LazyDfaSearcher(nfa);
  return { test: (value: string) => searcher.search(value), engine: "linear-time", complexity };
}

/**
 * The pattern's NFA as plain data, for generated code that must run it without importing
 * rulecast (the matcher runtime's `rcLinearRegex`). Same meaning as {@link compileSafeRegex}.
 * @throws {@link RuleError} when the pattern does not parse or is refused.
 */
export function linearRegexProgram(pattern: string, flags?: RegexFlagsInput, site?: RegexSite): { program: SerializedNfaInstruction[]; start: number } {
  return serializeNfa(parse(pattern, flags, site).nfa);
}
