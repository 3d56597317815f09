import { readFile } from "node:fs/promises";
import { walkFiles } from "../../fs/walk-files.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { createMacroTable, parseMacroDefinitions, type MacroDefinition, type MacroTable } from "./table.js";

/**
 * Reads security_content macro files (`macros/*.yml`) from files or directories
 * (directories are read recursively, `*.yml`/`*.yaml` only). Node only: the rest of
 * `src/spl` has no file-system code so it runs in a browser.
 * Files are read in sorted order; a later definition of the same name and arity wins.
 */
export async function loadMacroFiles(paths: string[]): Promise<{ macros: MacroTable; diagnostics: Diagnostic[] }> {
  const { files, diagnostics } = await walkFiles(paths, { accept: (path) => /\.ya?ml$/i.test(path) });
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
