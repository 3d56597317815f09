/**
 * `rulecast/plugin`: compile a folder of detection rules into matcher code at build time.
 *
 * ```ts
 * // vite.config.ts
 * import rulecast from "rulecast/plugin";
 * export default { plugins: [rulecast.vite({ macros: "rules/macros" })] };
 *
 * // app code
 * import { matchers, rcCreateRun } from "./rules/?rulecast";
 * ```
 *
 * Works with Vite, Rollup and esbuild (`rulecast.vite()`, `rulecast.rollup()`,
 * `rulecast.esbuild()`). A rule with an error fails the build at the rule's file, line and
 * column; warnings are bundler warnings. Types for the import: add `rulecast/client` to
 * `compilerOptions.types`.
 * @packageDocumentation
 * @module rulecast/plugin
 */
import { createUnplugin, type UnpluginContext, type UnpluginInstance } from "unplugin";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/index.js";
import { folderOfResolvedId, isRuleFolderImport, resolvedIdOf, ruleFolderOf } from "./import-id.js";
import { buildRuleFolderModule, type RuleFolderModuleOptions } from "./rule-folder-module.js";

export { buildRuleFolderModule, type RuleFolderModule, type RuleFolderModuleOptions } from "./rule-folder-module.js";
export { RULECAST_QUERY } from "./import-id.js";

/** Options of the bundler plugin. */
export interface RulecastPluginOptions extends RuleFolderModuleOptions {
  /** Treat warnings (approximations, unsupported SPL commands) as build errors. Default false. */
  failOnWarnings?: boolean;
}

/** A bundler message at the diagnostic's place (bundlers count columns from 0). */
function messageOf(d: Diagnostic, text = d.message) {
  return {
    message: text,
    id: d.file,
    code: d.code,
    plugin: "rulecast",
    ...(d.file !== undefined && d.line !== undefined ? { loc: { file: d.file, line: d.line, column: Math.max(0, (d.column ?? 1) - 1) } } : {}),
  };
}

/** Reports diagnostics through the bundler: warnings as warnings, errors fail the build. */
function report(ctx: UnpluginContext, diagnostics: readonly Diagnostic[], framework: string, failOnWarnings: boolean): void {
  const errors = diagnostics.filter((d) => d.severity === "error" || (failOnWarnings && d.severity === "warning"));
  for (const d of diagnostics) if (!errors.includes(d)) ctx.warn(messageOf(d, `${d.severity}[${d.code}]: ${d.message}`));
  if (errors.length === 0) return;
  if (framework === "esbuild") {
    // esbuild collects every error (each with its own location) and fails the build after the hook.
    for (const d of errors) ctx.error(messageOf(d, `error[${d.code}]: ${d.message}`));
    return;
  }
  // Rollup and Vite stop at the first error: give it every problem, located at the first.
  const summary = `${errors.length} rule problem${errors.length > 1 ? "s" : ""}:\n${errors.map(formatDiagnostic).join("\n")}`;
  ctx.error(messageOf(errors[0]!, summary));
}

/** The unplugin instance: `.vite()`, `.rollup()`, `.esbuild()` (and the other unplugin targets). */
export const rulecastPlugin: UnpluginInstance<RulecastPluginOptions | undefined, false> = createUnplugin<RulecastPluginOptions | undefined, false>((options = {}, meta) => {
  const root = options.root ?? process.cwd();
  return {
    name: "rulecast",
    enforce: "pre",
    resolveId(id, importer) {
      if (!isRuleFolderImport(id)) return null;
      return resolvedIdOf(ruleFolderOf(id, importer, root), meta.framework);
    },
    loadInclude(id) {
      return folderOfResolvedId(id) !== undefined;
    },
    async load(id) {
      const folder = folderOfResolvedId(id);
      if (folder === undefined) return null;
      const built = await buildRuleFolderModule(folder, { ...options, root });
      for (const f of built.watchFiles) this.addWatchFile(f);
      this.addWatchFile(folder);
      report(this, built.diagnostics, meta.framework, options.failOnWarnings ?? false);
      return { code: built.code, map: null };
    },
  };
});

/** The Vite plugin. */
export const vite = rulecastPlugin.vite;
/** The Rollup plugin. */
export const rollup = rulecastPlugin.rollup;
/** The esbuild plugin. */
export const esbuild = rulecastPlugin.esbuild;

export default rulecastPlugin;
