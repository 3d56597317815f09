import { readFileSync } from "node:fs";
import { walkFiles } from "../fs/walk-files.js";
import type { Rule } from "../ast/rule.js";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";
import { type MacroTable } from "../spl/index.js";
import { loadMacroFiles } from "../spl/macros/load-files.js";
import { isRuleFileName } from "./detect-format.js";
import { decodeRuleFile } from "./decode-text.js";
import { parseRuleText, type LoadOptions } from "./load.js";
import { resolveRuleReferences } from "../sigma/index.js";

export interface LoadFilesOptions extends Omit<LoadOptions, "file" | "macros"> {
  /** Called after each file is read (e.g. for the CLI's progress bar): files done, files in all, this file. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Macro definitions, or paths (files or directories) of security_content macro YAML files. */
  macros?: MacroTable | string | string[];
}

/** One file of a batch: what it held and what went wrong. */
export interface LoadedFile {
  file: string;
  rules: Rule[];
  diagnostics: Diagnostic[];
}

export interface LoadFilesResult {
  /** Every rule loaded, in file order (correlations and filters resolved across the batch). */
  rules: Rule[];
  /** Every diagnostic of every file. */
  diagnostics: Diagnostic[];
  /** Per file, in the order read. */
  files: LoadedFile[];
}

/** Every rule file below the given paths (directories recursively), sorted for stable output. */
export async function listRuleFiles(paths: readonly string[]): Promise<{ files: string[]; diagnostics: Diagnostic[]; macroDirs: string[] }> {
  const macroDirs: string[] = [];
  const { files, diagnostics } = await walkFiles(paths, {
    accept: isRuleFileName,
    skip: (name, path) => {
      if (name === "node_modules") return true;
      // A `macros/` folder holds security_content macro definitions, not rules.
      if (name === "macros") macroDirs.push(path);
      return name === "macros";
    },
  });
  return { files, diagnostics, macroDirs };
}

/**
 * Loads every rule file under `paths` (directories recursively: `*.yml`, `*.yaml`, `*.spl`).
 * A bad file never stops the batch: its diagnostics are collected and the rest load.
 * Sigma correlation and filter rules are resolved against the whole batch.
 */
export async function loadRules(paths: string | readonly string[], options: LoadFilesOptions = {}): Promise<LoadFilesResult> {
  const list = typeof paths === "string" ? [paths] : paths;
  const { files, diagnostics, macroDirs } = await listRuleFiles(list);
  // Without explicit macros, `macros/` folders found in the rule tree supply them.
  const macroPaths = options.macros === undefined && macroDirs.length > 0 ? macroDirs : options.macros;
  const macros = typeof macroPaths === "string" || Array.isArray(macroPaths)
    ? await loadMacroFiles(typeof macroPaths === "string" ? [macroPaths] : [...macroPaths])
    : { macros: options.macros as MacroTable | undefined, diagnostics: [] as Diagnostic[] };
  diagnostics.push(...macros.diagnostics);
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      // Synchronous on purpose: the batch is CPU-bound parsing, and an async read per small
      // file costs several times the read itself (measured over SigmaHQ: 120 ms vs 600 ms).
      bytes = readFileSync(file);
    } catch (e) {
      const d = diagnostic("input/read-failed", (e as Error).message, { file });
      loaded.push({ file, rules: [], diagnostics: [d] });
      diagnostics.push(d);
      continue;
    }
    const decoded = decodeRuleFile(bytes, file);
    if ("diagnostic" in decoded) {
      loaded.push({ file, rules: [], diagnostics: [decoded.diagnostic] });
      diagnostics.push(decoded.diagnostic);
      continue;
    }
    const text = decoded.text;
    const result = parseRuleText(text, { ...options, file, macros: macros.macros });
    loaded.push({ file, rules: result.rules, diagnostics: result.diagnostics });
    diagnostics.push(...result.diagnostics);
    options.onFile?.(loaded.length, files.length, file);
  }
  const resolved = resolveRuleReferences(loaded.flatMap((f) => f.rules));
  diagnostics.push(...resolved.diagnostics);
  return { rules: resolved.rules, diagnostics, files: loaded };
}
