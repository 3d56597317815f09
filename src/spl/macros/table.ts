import { LineCounter, parseAllDocuments, isMap, isSeq } from "yaml";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { indentQuotedContinuations } from "../yaml-compat.js";

/** One SPL search macro: `name(arg1,arg2)` expands to `definition` with `$arg1$`... substituted. */
export interface MacroDefinition {
  readonly name: string;
  /** Argument names, in call order (empty for `` `name` ``). */
  readonly args: readonly string[];
  readonly definition: string;
  /** Where the definition came from (a macro YAML file, or `builtin`). */
  readonly file?: string;
}

/**
 * Macro definitions by name and arity, the way Splunk keys them (`name(2)`).
 * Build one with {@link createMacroTable}; look up with {@link findMacro}.
 */
export type MacroTable = ReadonlyMap<string, MacroDefinition>;

/** The lookup key of a macro: `name` for no arguments, `name(n)` otherwise (Splunk's convention). */
export function macroKey(name: string, arity: number): string {
  return arity === 0 ? name : `${name}(${arity})`;
}

/** Builds a table; later definitions of the same name and arity win. */
export function createMacroTable(definitions: Iterable<MacroDefinition>): MacroTable {
  const table = new Map<string, MacroDefinition>();
  for (const def of definitions) table.set(macroKey(def.name, def.args.length), def);
  return table;
}

const withBuiltins = new WeakMap<MacroTable, MacroTable>();

/** The table with {@link BUILTIN_MACROS} under it (cached per table: a batch reuses one table). */
export function withBuiltinMacros(table: MacroTable | undefined): MacroTable {
  if (!table) return BUILTIN_MACROS;
  let merged = withBuiltins.get(table);
  if (!merged) {
    merged = mergeMacroTables(BUILTIN_MACROS, table);
    withBuiltins.set(table, merged);
  }
  return merged;
}

/** Merges tables; entries of later tables win. */
export function mergeMacroTables(...tables: (MacroTable | undefined)[]): MacroTable {
  const out = new Map<string, MacroDefinition>();
  for (const t of tables) if (t) for (const [k, v] of t) out.set(k, v);
  return out;
}

export function findMacro(table: MacroTable, name: string, arity: number): MacroDefinition | undefined {
  return table.get(macroKey(name, arity));
}

/**
 * Macros every Splunk Enterprise Security install provides but security_content does not ship
 * as files: `drop_dm_object_name(1)` comes from Splunk_SA_CIM. `security_content_ctime(1)` is in
 * security_content's macros; it is here too so detections work without a macros directory.
 * Definitions from loaded files override these.
 */
export const BUILTIN_MACROS: MacroTable = createMacroTable([
  { name: "drop_dm_object_name", args: ["object"], definition: "rename $object$.* AS *", file: "builtin" },
  { name: "security_content_ctime", args: ["field"], definition: 'convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)', file: "builtin" },
]);

/**
 * Parses security_content macro YAML (`name`, `definition`, optional `arguments`) into
 * definitions. Pure (no file system): accepts one file's text; multi-document files and a
 * top-level list of macros are accepted too. Never throws: problems are diagnostics.
 */
export function parseMacroDefinitions(text: string, file?: string): { macros: MacroDefinition[]; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const macros: MacroDefinition[] = [];
  const diagnostics: Diagnostic[] = [];
  const posOf = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  let docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  let list = Array.isArray(docs) ? docs : [docs];
  if (list.some((d) => d.errors.length)) {
    // PyYAML-style quoted scalars continuing at column 0 (security_content's base64decode.yml).
    const fixed = indentQuotedContinuations(text);
    if (fixed) {
      const retry = parseAllDocuments(fixed.text, { uniqueKeys: false });
      const retryList = Array.isArray(retry) ? retry : [retry];
      if (!retryList.some((d) => d.errors.length)) {
        docs = retry;
        list = retryList;
        diagnostics.push(diagnostic("yaml/syntax", "a quoted scalar continues at column 0, which YAML 1.2 does not allow; read as PyYAML reads it", {
          file, pos: { line: Math.min(...fixed.shifted), column: 1 }, severity: "warning",
        }));
      }
    }
  }
  for (const doc of list) {
    for (const err of doc.errors) {
      diagnostics.push(diagnostic("yaml/syntax", err.message.split("\n")[0]!, { file, pos: posOf(err.pos[0]) }));
    }
    if (doc.errors.length > 0) continue;
    const root = doc.contents;
    if (root === null || root === undefined) continue;
    const items = isSeq(root) ? root.items : [root];
    for (const item of items) {
      const start = (item as { range?: [number, number, number] }).range?.[0];
      if (!isMap(item)) {
        diagnostics.push(diagnostic("yaml/not-a-mapping", "a macro definition must be a mapping with `name` and `definition`", { file, pos: posOf(start) }));
        continue;
      }
      const obj = item.toJSON() as Record<string, unknown>;
      const name = obj.name;
      const definition = obj.definition;
      if (typeof name !== "string" || name === "" || (typeof definition !== "string" && typeof definition !== "number" && typeof definition !== "boolean")) {
        diagnostics.push(diagnostic("yaml/not-a-mapping", "a macro definition needs a string `name` and a `definition`", { file, pos: posOf(start) }));
        continue;
      }
      const rawArgs = obj.arguments;
      const args = Array.isArray(rawArgs) ? rawArgs.map((a) => String(a)) : [];
      // security_content sometimes writes the arity into the name (`name(1)`): keep the bare name.
      const bare = name.replace(/\(\d+\)$/, "");
      macros.push(Object.freeze({ name: bare, args: Object.freeze(args), definition: String(definition), ...(file ? { file } : {}) }));
    }
  }
  return { macros, diagnostics };
}

