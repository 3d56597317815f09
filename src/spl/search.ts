import { isStackOverflow, MAX_NESTING, tooDeepAt } from "../limits/nesting.js";
import { LineIndex } from "../ast/line-index.js";
import type { SourcePos } from "../ast/position.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { expandMacros } from "./macros/expand.js";
import { withBuiltinMacros, type MacroTable } from "./macros/table.js";
import type { SplPipeline } from "./syntax/tree.js";
import { TranslateContext } from "./translate/context.js";
import { translatePipeline, type TranslatedSearch } from "./translate/pipeline.js";

export interface SearchOptions {
  file?: string;
  macros?: MacroTable;
  /** File position of an offset of the search text (defaults: the search is the whole file). */
  posAt?: (offset: number) => SourcePos;
}

/** A search read end to end: macros expanded, parsed and translated. */
export interface ReadSearch {
  /** Undefined when the search does not parse. */
  translated?: TranslatedSearch;
  /** The parsed pipeline (macro-expanded text), for tools that need the SPL syntax. */
  pipeline?: SplPipeline;
  expandedText: string;
  /** Macros expanded, each once. */
  macrosUsed: readonly string[];
  diagnostics: Diagnostic[];
}

/** 1-based line/column of an offset in a text (used when a search is its own file). */
export function textPositions(text: string): (offset: number) => SourcePos {
  const index = new LineIndex(text);
  return (offset) => index.posAt(offset);
}

/**
 * Expands macros in an SPL search, parses it and translates it to the AST parts of a rule.
 * Built-in macros (`drop_dm_object_name`, `security_content_ctime`) are used when the table
 * lacks them. Never throws for bad input: problems are diagnostics.
 */
export function readSearch(search: string, options: SearchOptions = {}): ReadSearch {
  const posAt = options.posAt ?? textPositions(search);
  const macros = withBuiltinMacros(options.macros);
  const { expanded, diagnostics } = expandMacros(search, { macros, posAt, file: options.file });
  const ctx = new TranslateContext(expanded, posAt, options.file);
  const base = { expandedText: expanded.text, macrosUsed: expanded.macrosUsed };
  // Refuse absurdly deep nesting before the recursive parser and tree walks see it.
  const deep = tooDeepAt(expanded.text);
  if (deep !== undefined) {
    diagnostics.push(diagnostic("spl/syntax", `nested deeper than ${MAX_NESTING} levels`, { file: options.file, pos: ctx.posAt(deep) }));
    return { ...base, diagnostics };
  }
  let parsed: ReturnType<typeof ctx.parser.parsePipeline>;
  let translated: ReturnType<typeof translatePipeline>;
  try {
    parsed = ctx.parser.parsePipeline(expanded.text, ctx.locate);
    translated = parsed.value ? translatePipeline(parsed.value, ctx) : undefined!;
  } catch (e) {
    // Long operator chains (`1+1+...`) nest without parentheses: still a diagnostic, not a crash.
    if (!isStackOverflow(e)) throw e;
    diagnostics.push(diagnostic("spl/syntax", "the search nests too deeply to translate (an expression or operator chain is too long)", { file: options.file, pos: ctx.posAt(0) }));
    return { ...base, diagnostics };
  }
  if (!parsed.value) {
    for (const e of parsed.errors) {
      diagnostics.push(diagnostic("spl/syntax", e.message, { file: options.file, pos: ctx.posAt(e.offset) }));
    }
    return { ...base, diagnostics };
  }
  diagnostics.push(...ctx.diagnostics);
  return { ...base, translated, pipeline: parsed.value, diagnostics };
}
