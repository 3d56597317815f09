import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { createMacroTable, parseMacroDefinitions, type MacroDefinition, type MacroTable } from "./table.js";

/**
 * Reads security_content macro files (`macros/*.yml`) from files or directories
 * (directories are read recursively, `*.yml`/`*.yaml` only). Node only: the rest of
 * `src/spl` has no file-system code so it runs in a browser.
 * Files are read in sorted order; a later definition of the same name and arity wins.
 */
export async function loadMacroFiles(paths: string[]): Promise<{ macros: MacroTable; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  async function visit(path: string, explicit: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      diagnostics.push(diagnostic("input/read-failed", (e as Error).message, { file: path }));
      return;
    }
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (!name.startsWith(".")) await visit(join(path, name), false);
      }
    } else if (explicit || /\.ya?ml$/i.test(path)) files.push(path);
  }
  for (const p of paths) await visit(p, true);
  const defs: MacroDefinition[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      diagnostics.push(diagnostic("input/read-failed", (e as Error).message, { file }));
      continue;
    }
    const parsed = parseMacroDefinitions(text, file);
    defs.push(...parsed.macros);
    diagnostics.push(...parsed.diagnostics);
  }
  return { macros: createMacroTable(defs), diagnostics };
}
