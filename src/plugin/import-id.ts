import { dirname, isAbsolute, resolve } from "node:path";

/** The query that marks a rule-folder import: `import { matchers } from "./rules/?rulecast"`. */
export const RULECAST_QUERY = "?rulecast";

/** Prefix of the resolved id in Rollup and Vite: `\0` keeps other plugins off a virtual module. */
const VIRTUAL_PREFIX = "\0rulecast:";

/** Whether an import specifier names a rule folder. */
export function isRuleFolderImport(id: string): boolean {
  return id.endsWith(RULECAST_QUERY);
}

/** The absolute folder of `./rules/?rulecast` (relative to the importing file, or to `root`). */
export function ruleFolderOf(id: string, importer: string | undefined, root: string): string {
  const bare = id.slice(0, -RULECAST_QUERY.length).replace(/[\\/]+$/, "") || ".";
  if (isAbsolute(bare)) return bare;
  return resolve(importer ? dirname(importer) : root, bare);
}

/**
 * The id the bundler keys the generated module by. esbuild puts it in the plugin's own
 * namespace and resolves the module's own imports from its directory, so it gets a plain path.
 */
export function resolvedIdOf(folder: string, framework: string): string {
  return framework === "esbuild" ? `${folder}/${RULECAST_QUERY}` : `${VIRTUAL_PREFIX}${folder}`;
}

/** The folder of a resolved id, or `undefined` when the id is not ours. */
export function folderOfResolvedId(id: string): string | undefined {
  if (id.startsWith(VIRTUAL_PREFIX)) return id.slice(VIRTUAL_PREFIX.length);
  if (id.endsWith("/" + RULECAST_QUERY)) return id.slice(0, -(RULECAST_QUERY.length + 1));
  return undefined;
}
