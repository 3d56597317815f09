/**
 * `rulecast/node`: everything in the core (`rulecast`) plus the parts that need Node.js
 * (the file system, streams): loading rule folders, reading event files.
 *
 * The core entry stays free of Node built-ins so it bundles for the browser; code that
 * touches `node:*` modules is exported from here only.
 * @packageDocumentation
 * @module rulecast/node
 */
export * from "./index.js";
export { loadRules, listRuleFiles } from "./api/load-files.js";
export type { LoadFilesOptions, LoadedFile, LoadFilesResult } from "./api/load-files.js";
export * from "./run/index.js";
export { loadMacroFiles } from "./spl/macros/load-files.js";
