/**
 * SPL quoting. Every rule value goes into a double-quoted string with `\` and `"`
 * escaped, so no value can end the string, start a pipe, a subsearch or a macro call.
 */

/** A double-quoted SPL string (search value or eval string literal). */
export function splString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Characters a value may not carry into a search string as-is (macro backticks, control characters). */
export const UNSAFE_IN_SEARCH = /[`\u0000-\u001f\u007f]/;

const SEARCH_FIELD = /^[A-Za-z_][A-Za-z0-9_.{}\/:@-]*$/;
const EVAL_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A field name on the left of `=` in a search (quoted when it is not a plain name). */
export function searchField(name: string): string | undefined {
  if (SEARCH_FIELD.test(name)) return name;
  if (UNSAFE_IN_SEARCH.test(name)) return undefined;
  return splString(name);
}

/** A field name in an eval expression: bare when it is an identifier, else single-quoted. */
export function evalField(name: string): string | undefined {
  if (EVAL_FIELD.test(name)) return name;
  if (/['`\\\u0000-\u001f]/.test(name)) return undefined;
  return `'${name}'`;
}

/** PCRE metacharacters escaped, for building anchored regexes from literal text. */
export function regexLiteral(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}\/]/g, "\\$&").replace(/[`\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
