import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/index.js";

export interface WalkOptions {
  /** Whether a file found inside a directory is wanted (files named explicitly always are). */
  accept(path: string): boolean;
  /** Whether to pass over a directory entry by its name (dot-entries always are). */
  skip?(name: string, path: string): boolean;
}

/**
 * Every file below `paths`, directories read recursively in sorted order, so batches
 * give stable output. A path that cannot be read is an `input/read-failed` diagnostic.
 * Node only.
 */
export async function walkFiles(paths: readonly string[], options: WalkOptions): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
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
    if (info.isDirectory()) await visitDirectory(path);
    else if (explicit || options.accept(path)) files.push(path);
  }
  // Entry types come with the listing: a plain file below a directory costs no stat of its own.
  async function visitDirectory(path: string): Promise<void> {
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const child = join(path, entry.name);
      if (options.skip?.(entry.name, child)) continue;
      if (entry.isFile()) {
        if (options.accept(child)) files.push(child);
      } else await visit(child, false); // directories, and links followed as before
    }
  }
  for (const p of paths) await visit(p, true);
  return { files, diagnostics };
}
