/**
 * The SPL front-end: Splunk security_content detections and raw SPL searches into the shared AST.
 * Browser-safe except `loadMacroFiles`, which loads its Node file-system module on demand.
 * @packageDocumentation
 */
import type { Diagnostic } from "../diagnostics/index.js";
import type { MacroTable } from "./macros/table.js";

export type { MacroDefinition, MacroTable } from "./macros/table.js";
export { BUILTIN_MACROS, createMacroTable, findMacro, macroKey, mergeMacroTables, parseMacroDefinitions } from "./macros/table.js";
export { expandMacros, ExpandedSearch, MACRO_DEPTH_LIMIT, splitMacroArguments } from "./macros/expand.js";
export { loadSplText, loadSplunkDetectionText, translatesFully, type SplLoadOptions, type SplLoadResult } from "./detection.js";
export { readSearch, type ReadSearch, type SearchOptions } from "./search.js";
export type { TranslatedSearch } from "./translate/pipeline.js";
export { commandDetails, namedGroups, type CommandDetails, type CommandDetailsResult, type FieldAs } from "./translate/command-details.js";
export { SplParser, type SplParseResult, type SplSyntaxError } from "./syntax/parse.js";
export type * from "./syntax/tree.js";

/**
 * Reads security_content macro definitions (`macros/*.yml`) from files or directories.
 * Node only (reads the file system); the module is loaded on first call so the rest of
 * the SPL front-end stays browser-safe.
 */
export async function loadMacroFiles(paths: string[]): Promise<{ macros: MacroTable; diagnostics: Diagnostic[] }> {
  const { loadMacroFiles: load } = await import("./macros/load-files.js");
  return load(paths);
}
