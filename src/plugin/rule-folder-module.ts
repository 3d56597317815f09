import { resolve } from "node:path";
import { buildMatcherModule, type MatcherOptions } from "../backends/matcher/index.js";
import { loadRules } from "../api/load-files.js";
import type { Diagnostic } from "../diagnostics/index.js";

/** Options for compiling a rule folder into a matcher module at build time. */
export interface RuleFolderModuleOptions {
  /** SPL macro definitions: security_content `macros/*.yml` files or folders, relative to `root`. */
  macros?: string | string[];
  /** Base for relative `macros` paths (default: the current directory). */
  root?: string;
  /** Passed to the matcher backend (timestamp fields, state limit). `language` is always `js`. */
  matcher?: Omit<MatcherOptions, "language" | "rules">;
}

/** A compiled rule folder: ES module source, every diagnostic, and the files to watch. */
export interface RuleFolderModule {
  readonly code: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly watchFiles: readonly string[];
  /** How many rules the module holds. */
  readonly ruleCount: number;
}

/**
 * Loads every rule below `dir` and compiles them into one ES module exporting `matchers`
 * (one matcher per rule) and `rcCreateRun`, with the matcher runtime inlined
 * (the module imports nothing). Rules that fail to load or compile are reported, not dropped.
 */
export async function buildRuleFolderModule(dir: string, options: RuleFolderModuleOptions = {}): Promise<RuleFolderModule> {
  const root = options.root ?? process.cwd();
  const macroPaths = options.macros === undefined ? undefined : (Array.isArray(options.macros) ? options.macros : [options.macros]).map((p) => resolve(root, p));
  const loaded = await loadRules(dir, { macros: macroPaths });
  const built = buildMatcherModule(loaded.rules, { ...options.matcher, language: "js", rules: loaded.rules });
  // The `js` flavour is a function body returning the module's values (made for `new Function`);
  // an IIFE turns it into ES module exports without a type-stripping step in the user's bundler.
  const code = [
    `const __rulecast = (function () {`,
    built.code,
    `})();`,
    `/** One matcher per rule of ${JSON.stringify(dir.split(/[\\/]/).pop() ?? dir)}. */`,
    `export const matchers = __rulecast.matchers;`,
    `export const rcCreateRun = __rulecast.rcCreateRun;`,
    `export default matchers;`,
    ``,
  ].join("\n");
  return {
    code,
    diagnostics: [...loaded.diagnostics, ...built.diagnostics],
    watchFiles: [...loaded.files.map((f) => f.file), ...(macroPaths ?? [])],
    ruleCount: built.entries.length,
  };
}
