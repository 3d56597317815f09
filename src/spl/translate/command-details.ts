import type { SplArg, SplCommand } from "../syntax/tree.js";
import { argText, isWord, splitOptions } from "./args.js";

/**
 * Semantic parses of commands that have no AST stage (they stay `Command` stages): what their
 * arguments mean, for converters and reports, and to reject malformed ones with
 * `spl/invalid-argument`. Pure: no diagnostics here, `problem` says what is wrong.
 */
export type CommandDetails =
  | { readonly command: "rex"; readonly field: string; readonly pattern: string; readonly mode?: string; readonly maxMatch?: number; readonly groups: readonly string[] }
  | { readonly command: "lookup"; readonly table: string; readonly inputs: readonly FieldAs[]; readonly output?: { readonly mode: "OUTPUT" | "OUTPUTNEW"; readonly fields: readonly FieldAs[] } }
  | { readonly command: "spath"; readonly input: string; readonly output?: string; readonly path?: string }
  | { readonly command: "iplocation"; readonly field: string; readonly prefix: string; readonly allFields: boolean; readonly lang?: string };

export interface FieldAs {
  readonly field: string;
  readonly as?: string;
}

export type CommandDetailsResult = { readonly details: CommandDetails } | { readonly problem: string } | undefined;

const truthy = (v: string | undefined) => v !== undefined && /^(t|true|1)$/i.test(v);

/** Named capture groups of a PCRE pattern (`(?<name>...)`, `(?P<name>...)`, `(?'name'...)`): the fields rex creates. */
export function namedGroups(pattern: string): string[] {
  return [...pattern.matchAll(/\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/g)].map((m) => m[1] ?? m[2]!);
}

/** `field [AS name]` items (commas optional) until a stop word. */
function fieldAsList(args: readonly SplArg[]): FieldAs[] | undefined {
  const out: FieldAs[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === "comma") continue;
    const f = argText(a);
    if (f === undefined) return undefined;
    if (isWord(args[i + 1], "as")) {
      const as = argText(args[i + 2]);
      if (as === undefined) return undefined;
      out.push({ field: f, as });
      i += 2;
    } else out.push({ field: f });
  }
  return out;
}

/** The semantic parse of `rex`, `lookup`, `spath` or `iplocation`; undefined for other commands. */
export function commandDetails(cmd: SplCommand): CommandDetailsResult {
  const { options, rest } = splitOptions(cmd.args);
  switch (cmd.name) {
    case "rex": {
      const strings = rest.filter((a) => a.kind === "string");
      if (strings.length !== 1 || rest.length !== 1) return { problem: "rex needs one quoted regular expression" };
      const pattern = strings[0]!.text;
      const maxMatch = options.max_match !== undefined ? Number(options.max_match) : undefined;
      if (maxMatch !== undefined && !Number.isInteger(maxMatch)) return { problem: `max_match must be a whole number, not ${options.max_match}` };
      if (options.mode !== undefined && options.mode !== "sed") return { problem: `rex mode must be sed, not ${options.mode}` };
      const details: { -readonly [K in keyof Extract<CommandDetails, { command: "rex" }>]: Extract<CommandDetails, { command: "rex" }>[K] } = {
        command: "rex", field: options.field ?? "_raw", pattern, groups: options.mode === "sed" ? [] : namedGroups(pattern),
      };
      if (options.mode !== undefined) details.mode = options.mode;
      if (maxMatch !== undefined) details.maxMatch = maxMatch;
      return { details };
    }
    case "lookup": {
      const table = argText(rest[0]);
      if (table === undefined) return { problem: "lookup needs a table name" };
      const outAt = rest.findIndex((a) => isWord(a, "output", "outputnew"));
      const inputs = fieldAsList(rest.slice(1, outAt < 0 ? rest.length : outAt));
      if (!inputs || inputs.length === 0) return { problem: "lookup needs at least one input field" };
      if (outAt < 0) return { details: { command: "lookup", table, inputs } };
      const fields = fieldAsList(rest.slice(outAt + 1));
      if (!fields) return { problem: "unexpected argument after OUTPUT" };
      const mode = argText(rest[outAt])!.toUpperCase() as "OUTPUT" | "OUTPUTNEW";
      return { details: { command: "lookup", table, inputs, output: { mode, fields } } };
    }
    case "spath": {
      // `spath [input=f] [output=g] [path=p | p]`
      if (rest.length > 1 || (rest.length === 1 && argText(rest[0]) === undefined)) return { problem: "spath takes input=, output= and one path" };
      const path = options.path ?? argText(rest[0]);
      const details: { command: "spath"; input: string; output?: string; path?: string } = { command: "spath", input: options.input ?? "_raw" };
      if (options.output !== undefined) details.output = options.output;
      if (path !== undefined) details.path = path;
      return { details };
    }
    case "iplocation": {
      const field = argText(rest[0]);
      if (field === undefined || rest.length !== 1) return { problem: "iplocation needs one IP address field" };
      const details: { command: "iplocation"; field: string; prefix: string; allFields: boolean; lang?: string } = {
        command: "iplocation", field, prefix: options.prefix ?? "", allFields: truthy(options.allfields),
      };
      if (options.lang !== undefined) details.lang = options.lang;
      return { details };
    }
    default:
      return undefined;
  }
}
