import type { ConditionNode } from "./ast.js";
import { conditionLexer } from "./lexer.js";
import { SigmaConditionParser } from "./parser.js";
import { MAX_NESTING, tooDeepAt } from "../../limits/nesting.js";

export type { ConditionNode } from "./ast.js";

/** A problem in a condition string, at a 0-based offset into it. */
export interface ConditionProblem {
  readonly kind: "syntax" | "deprecated";
  readonly message: string;
  readonly offset: number;
}

export interface ParsedCondition {
  /** The parsed condition; absent when it has a syntax error. */
  readonly node?: ConditionNode;
  readonly problems: readonly ConditionProblem[];
}

let parser: SigmaConditionParser | undefined;

/** The shared parser instance (Chevrotain parsers are built once and reused). */
export function conditionParser(): SigmaConditionParser {
  parser ??= new SigmaConditionParser();
  return parser;
}

/**
 * Parses one Sigma condition string. Never throws: syntax errors and the deprecated
 * aggregation syntax (`| count() by x > 5`, `| near ...`) come back as problems with
 * the offset inside the string. An aggregation is not parsed: its meaning (a count over
 * events) is a correlation, which a detection rule cannot express.
 */
export function parseSigmaCondition(text: string): ParsedCondition {
  // Most rules repeat a few condition strings (`selection`, `all of selection_*`, ...):
  // parse each text once. The result is read-only and holds offsets into the text only.
  const cached = parsedConditions.get(text);
  if (cached) return cached;
  const parsed = deepFreeze(parseUncached(text)); // shared between callers: nobody may change it
  if (parsedConditions.size >= MAX_CACHED_CONDITIONS) parsedConditions.clear();
  parsedConditions.set(text, parsed);
  return parsed;
}

const MAX_CACHED_CONDITIONS = 2000;
const parsedConditions = new Map<string, ParsedCondition>();

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Forgets every parsed condition (benchmarks call it so each round measures a cold load). */
export function clearConditionCache(): void {
  parsedConditions.clear();
}

function parseUncached(text: string): ParsedCondition {
  const problems: ConditionProblem[] = [];
  const pipe = text.indexOf("|");
  if (pipe >= 0) {
    problems.push({
      kind: "deprecated",
      message: `aggregation expression \`${text.slice(pipe).trim()}\` is deprecated Sigma syntax and is not supported; use a correlation rule`,
      offset: pipe,
    });
    return { problems };
  }
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return { problems: [{ kind: "syntax", message: `nested deeper than ${MAX_NESTING} levels`, offset: deep }] };
  }
  const lexed = conditionLexer.tokenize(text);
  for (const err of lexed.errors) {
    problems.push({ kind: "syntax", message: `unexpected character ${JSON.stringify(text.substr(err.offset, err.length))}`, offset: err.offset });
  }
  if (problems.length > 0) return { problems };
  if (lexed.tokens.length === 0) return { problems: [{ kind: "syntax", message: "empty condition", offset: 0 }] };
  const p = conditionParser();
  p.input = lexed.tokens;
  const node = p.condition();
  for (const err of p.errors) {
    const tok = err.token;
    const offset = Number.isNaN(tok.startOffset) ? text.length : tok.startOffset;
    const found = tok.image ? `\`${tok.image}\`` : "end of condition";
    problems.push({ kind: "syntax", message: `unexpected ${found}: ${expectation(err.name, err.message)}`, offset });
  }
  if (problems.length > 0) return { problems };
  checkQuantifiers(node, problems);
  return problems.length > 0 ? { problems } : { node, problems };
}

/** A short "expected ..." for each kind of Chevrotain recognition error. */
function expectation(name: string, message: string): string {
  if (name === "NotAllInputParsedException") return "expected `and`, `or` or the end of the condition";
  if (name === "MismatchedTokenException") {
    const m = /-->\s*(\w+)\s*<--/.exec(message);
    const want = m?.[1] === "RParen" ? "`)`" : m?.[1] === "Of" ? "`of`" : (m?.[1] ?? "another token");
    return `expected ${want}`;
  }
  return "expected a selection name, `not`, `(`, `1 of`, `any of` or `all of`";
}

/** Only `1 of`, `any of` and `all of` exist in Sigma. */
function checkQuantifiers(node: ConditionNode, problems: ConditionProblem[]): void {
  switch (node.kind) {
    case "and":
    case "or":
      for (const c of node.children) checkQuantifiers(c, problems);
      return;
    case "not":
      checkQuantifiers(node.child, problems);
      return;
    case "of":
      if (node.count !== undefined && node.count !== "1") {
        problems.push({ kind: "syntax", message: `\`${node.count} of\` is not Sigma: only \`1 of\`, \`any of\` and \`all of\` are defined`, offset: node.start });
      }
      return;
    case "ref":
      if (/[*?]/.test(node.name)) {
        problems.push({ kind: "syntax", message: `wildcard \`${node.name}\` is only allowed after \`1 of\`/\`all of\``, offset: node.start });
      }
      return;
  }
}
