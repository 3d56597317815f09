import type { RegexFlags } from "../../ast/expr.js";

/** Leading PCRE inline flags such as `(?i)` or `(?ims)`, which JavaScript does not parse. */
const LEADING_INLINE_FLAGS = /^\(\?([imsx]+)\)/;

/**
 * Checks that a Sigma `re` value is a well-formed regular expression. The value is kept
 * as written (PCRE); this check compiles it with the JavaScript engine after turning
 * leading inline flags into flags. Returns the problem, or undefined when it is fine.
 */
export function checkRegex(source: string, flags: RegexFlags): string | undefined {
  let text = source;
  let jsFlags = (flags.i ? "i" : "") + (flags.m ? "m" : "") + (flags.s ? "s" : "");
  const inline = LEADING_INLINE_FLAGS.exec(text);
  if (inline) {
    if (inline[1]!.includes("x")) return undefined; // extended mode: JavaScript cannot check it
    for (const f of inline[1]!) if (!jsFlags.includes(f)) jsFlags += f;
    text = text.slice(inline[0].length);
  }
  // PCRE possessive quantifiers and atomic groups have no JavaScript form; accept them unchecked.
  if (/\(\?>|[*+?}]\+/.test(text)) return undefined;
  try {
    new RegExp(text, jsFlags);
    return undefined;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, "");
  }
}
