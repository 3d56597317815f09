/**
 * The SPL front-end: Splunk security_content detections and raw SPL searches into the shared AST.
 * Browser-safe: reading macro files from disk is `loadMacroFiles` in `./macros/load-files.ts` (exported by `rulecast/node`).
 * @packageDocumentation
 */

export type { MacroDefinition, MacroTable } from "./macros/table.js";
export { BUILTIN_MACROS, createMacroTable, findMacro, macroKey, mergeMacroTables, parseMacroDefinitions } from "./macros/table.js";
export { expandMacros, ExpandedSearch, MACRO_DEPTH_LIMIT, splitMacroArguments } from "./macros/expand.js";
export { loadSplText, loadSplunkDetectionText, translatesFully, type SplLoadOptions, type SplLoadResult } from "./detection.js";
export { readSearch, type ReadSearch, type SearchOptions } from "./search.js";
export type { TranslatedSearch } from "./translate/pipeline.js";
export { commandDetails, namedGroups, type CommandDetails, type CommandDetailsResult, type FieldAs } from "./translate/command-details.js";
export { SplParser, type SplParseResult, type SplSyntaxError } from "./syntax/parse.js";
export type * from "./syntax/tree.js";
