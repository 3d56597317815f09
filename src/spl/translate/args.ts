import type { SplArg } from "../syntax/tree.js";

/** Helpers over a generic command's argument list. */

/** The text of a word or string argument (strings unquoted), else undefined. */
export function argText(a: SplArg | undefined): string | undefined {
  if (!a) return undefined;
  if (a.kind === "word" || a.kind === "string") return a.text;
  return undefined;
}

export function isWord(a: SplArg | undefined, ...words: string[]): boolean {
  return !!a && a.kind === "word" && words.some((w) => w.toLowerCase() === a.text.toLowerCase());
}

/** Splits `key=value` options off the arguments (value: word, string or op-less group text). */
export function splitOptions(args: readonly SplArg[]): { options: Record<string, string>; rest: SplArg[] } {
  const options: Record<string, string> = {};
  const rest: SplArg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const op = args[i + 1];
    const v = args[i + 2];
    if (a.kind === "word" && op?.kind === "op" && op.op === "=" && argText(v) !== undefined) {
      options[a.text] = argText(v)!;
      i += 2;
    } else rest.push(a);
  }
  return { options, rest };
}

/** A structured view of any command's arguments, for `Command` stages. */
export function describeArgs(args: readonly SplArg[], text: (start: number, end: number) => string): {
  args: string[]; options: Record<string, string>; by?: string[]; renames?: { from: string; to: string }[];
} {
  const { options, rest } = splitOptions(args);
  const positional: string[] = [];
  const renames: { from: string; to: string }[] = [];
  let by: string[] | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (isWord(a, "by") && by === undefined) {
      by = [];
      continue;
    }
    if (a.kind === "comma") continue;
    const t = argText(a) ?? text(a.start, a.end);
    // `x AS y` is a rename; both names stay in the positional arguments too, so nothing is lost.
    if (isWord(rest[i + 1], "as") && argText(rest[i + 2]) !== undefined && !by) renames.push({ from: t, to: argText(rest[i + 2])! });
    if (by) by.push(t);
    else positional.push(t);
  }
  const out: { args: string[]; options: Record<string, string>; by?: string[]; renames?: { from: string; to: string }[] } = { args: positional, options };
  if (by) out.by = by;
  if (renames.length) out.renames = renames;
  return out;
}

/** Field names of a list (words or strings, commas ignored). Undefined if anything else appears. */
export function fieldList(args: readonly SplArg[]): string[] | undefined {
  const out: string[] = [];
  for (const a of args) {
    if (a.kind === "comma") continue;
    const t = argText(a);
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}
