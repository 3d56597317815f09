import { parseRegex, type RegexFlagSet, type RegexNode } from "./syntax.js";

/**
 * What every match of a regex needs, checked before running it (the matcher runtime's `rcRegex`): at least
 * `minLength` UTF-16 units, and `literal` (ASCII, possibly empty) as a substring. Computed on
 * the parse of the PCRE pattern (the same one the linear-time engine runs); patterns
 * outside its subset (lookarounds, backreferences, ...) get no prefilter.
 *
 * Why it is exact: every character item of the tree (`set`) consumes one code point, which is
 * one or two UTF-16 units, in the RegExp (`u` mode) and in the linear engine alike (case-insensitive
 * matching compares one code point with one code point: Unicode simple case folding never
 * changes the number of code points), and assertions consume none; so a match is at least as
 * long as its number of character items, and the value at least as long as its match. A set of
 * one ASCII code point matches only that character: under `i` the parser closes sets under case,
 * so a single letter means case-sensitive, and no other character folds onto an ASCII non-letter.
 */
export function regexPrefilter(pattern: string, flags: RegexFlagSet): { minLength: number; literal: string } {
  let tree: RegexNode;
  try {
    tree = parseRegex(pattern, flags);
  } catch {
    return { minLength: 0, literal: "" };
  }
  return { minLength: Math.min(minMatchLength(tree), MAX_PREFILTER_LENGTH), literal: requiredText(tree).must };
}

/** Bounds the prefilter's numbers (nested repeats multiply). */
const MAX_PREFILTER_LENGTH = 1 << 30;

/** The fewest code points a match of `node` consumes. */
function minMatchLength(node: RegexNode): number {
  switch (node.type) {
    case "empty":
    case "assert":
      return 0;
    case "set":
      return 1;
    case "concat":
      return Math.min(node.items.reduce((n, item) => n + minMatchLength(item), 0), MAX_PREFILTER_LENGTH);
    case "alt":
      return Math.min(...node.items.map(minMatchLength));
    case "repeat":
      return node.min === 0 ? 0 : Math.min(node.min * minMatchLength(node.item), MAX_PREFILTER_LENGTH);
  }
}

/** Longest required text kept: enough to be selective, short enough to search fast. */
const MAX_REQUIRED_TEXT = 64;

/**
 * `exact`: the ASCII text every match of `node` consists of (undefined when matches vary or
 * hold other characters); `must`: the longest ASCII text found inside every match ("" if none known).
 */
function requiredText(node: RegexNode): { exact?: string; must: string } {
  const longer = (a: string, b: string) => (b.length > a.length ? b : a);
  switch (node.type) {
    case "empty":
    case "assert":
      return { exact: "", must: "" };
    case "set": {
      const only = node.ranges.length === 1 && node.ranges[0]![0] === node.ranges[0]![1] && node.ranges[0]![0] < 128;
      const ch = only ? String.fromCharCode(node.ranges[0]![0]) : undefined;
      return { exact: ch, must: ch ?? "" };
    }
    case "concat": {
      // Runs of exact items are contiguous text in every match; any other item ends the run.
      let run = "";
      let must = "";
      let exact: string | undefined = "";
      for (const item of node.items) {
        const r = requiredText(item);
        if (r.exact !== undefined) {
          run += r.exact;
          if (exact !== undefined) exact += r.exact;
        } else {
          must = longer(must, run);
          run = "";
          exact = undefined;
        }
        must = longer(must, r.must);
      }
      must = longer(must, run);
      return { exact: exact !== undefined && exact.length <= MAX_REQUIRED_TEXT ? exact : undefined, must: must.slice(0, MAX_REQUIRED_TEXT) };
    }
    case "alt": {
      const rs = node.items.map(requiredText);
      const first = rs[0]!.exact;
      return first !== undefined && rs.every((r) => r.exact === first) ? { exact: first, must: first } : { must: "" };
    }
    case "repeat": {
      if (node.min === 0) return node.max === 0 ? { exact: "", must: "" } : { must: "" };
      const r = requiredText(node.item);
      const exact = r.exact !== undefined && node.min === node.max && r.exact.length * node.min <= MAX_REQUIRED_TEXT ? r.exact.repeat(node.min) : undefined;
      return { exact, must: exact ?? r.must };
    }
  }
}
