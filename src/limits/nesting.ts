/**
 * Guards for recursive parsers: input nested deeper than {@link MAX_NESTING} is refused
 * with a diagnostic before parsing, instead of overflowing the stack (a RangeError) in
 * the parser or in the tree walks after it. Real rules nest a handful of levels.
 */
export const MAX_NESTING = 200;

/**
 * The 0-based offset where `text` first nests deeper than `max` levels, counting open
 * parentheses and runs of `not` / `NOT` (each of which is one more level of the tree),
 * or `undefined` when it stays within `max`. Text inside double or single quotes is skipped.
 */
export function tooDeepAt(text: string, max = MAX_NESTING): number | undefined {
  let depth = 0;
  let nots = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      // Skip a quoted string (backslash escapes the next character).
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (ch === "(") {
      if (++depth + nots > max) return i;
    } else if (ch === ")") {
      depth = Math.max(0, depth - 1);
      nots = 0;
    } else if ((ch === "n" || ch === "N") && /^not\b/i.test(text.slice(i, i + 4)) && (i === 0 || /[\s(]/.test(text[i - 1]!))) {
      if (depth + ++nots > max) return i;
      i += 2;
    } else if (!/\s/.test(ch)) nots = 0;
  }
  return undefined;
}

/** True for the errors a too-deep recursion throws (`Maximum call stack size exceeded`). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
