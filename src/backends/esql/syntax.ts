/*
 * ES|QL lexical pieces. References:
 * https://www.elastic.co/guide/en/elasticsearch/reference/current/esql-syntax.html
 * - identifiers: letters, digits, `_`, `.`, `@`; anything else is quoted in backticks
 *   (a backtick inside is doubled);
 * - strings: double quotes with `\\`, `\"`, `\n`, `\r`, `\t` escapes.
 */

const PLAIN_IDENTIFIER = /^[A-Za-z_@][A-Za-z0-9_.@]*$/;
const KEYWORDS = new Set(["and", "or", "not", "is", "null", "like", "rlike", "in", "as", "by", "true", "false", "asc", "desc", "nulls", "first", "last", "on", "with", "metadata"]);

/** A field or column name, backquoted unless it is a plain dotted identifier. */
export function esqlIdentifier(name: string): string {
  const plain = PLAIN_IDENTIFIER.test(name) && name.split(".").every((p) => p.length > 0 && !KEYWORDS.has(p.toLowerCase()));
  return plain ? name : "`" + name.replace(/`/g, "``") + "`";
}

/** A string literal. */
export function esqlString(text: string): string {
  return '"' + text.replace(/[\\"\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c]!) + '"';
}

/** A number literal (integers stay integers). */
export function esqlNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n);
}

/**
 * A LIKE pattern: `*` any run, `?` one character; literal `*`, `?` and `\` are escaped
 * with a backslash (https://www.elastic.co/guide/en/elasticsearch/reference/current/esql-functions-operators.html#esql-like).
 */
export function esqlLikeLiteral(text: string): string {
  return text.replace(/[\\*?]/g, (c) => "\\" + c);
}

/** A Sigma timespan (`5m`, `1h`) as an ES|QL time-span literal (`5 minutes`). */
export function esqlTimeSpan(ms: number): string {
  const units: [number, string][] = [[86_400_000, "days"], [3_600_000, "hours"], [60_000, "minutes"], [1000, "seconds"]];
  for (const [size, unit] of units) if (ms % size === 0) return `${ms / size} ${unit}`;
  return `${ms} milliseconds`;
}
