/*
 * Escaping for Lucene's classic query parser, the syntax of Elasticsearch `query_string`
 * and Kibana's Lucene mode. Reserved characters (ES query_string docs, "Reserved
 * characters"): + - = && || > < ! ( ) { } [ ] ^ " ~ * ? : \ / and white space.
 * https://www.elastic.co/guide/en/elasticsearch/reference/current/query-dsl-query-string-query.html#_reserved_characters
 */

const RESERVED = new Set([..."+-=&|><!(){}[]^\"~*?:\\/"]);

/** Escapes one character of a bare term or field name (`\` before reserved chars and white space). */
function escapeChar(ch: string): string {
  return RESERVED.has(ch) || /\s/u.test(ch) ? "\\" + ch : ch;
}

/**
 * A bare query-string term where every character is literal. The classic parser keeps the
 * escapes in wildcard terms and Lucene's WildcardQuery reads `\x` as literal `x`, so the
 * same escaping is right for exact, prefix and wildcard terms.
 */
export function escapeTerm(text: string): string {
  let out = "";
  for (const ch of text) out += escapeChar(ch);
  return out;
}

/**
 * A field name: dots stay (they are part of ES field names), everything reserved is escaped
 * (`kubectl.kubernetes.io/last-applied-configuration` -> `...kubernetes.io\/last\-applied\-configuration`).
 * The classic parser removes the escapes from the field token (QueryParserBase.discardEscapeChar).
 */
export function escapeField(name: string): string {
  return escapeTerm(name);
}

/** A quoted phrase: only `"` and `\` are special inside quotes. On a keyword field it is one exact term. */
export function quotePhrase(text: string): string {
  return '"' + text.replace(/[\\"]/g, (c) => "\\" + c) + '"';
}

/**
 * A regexp term `/.../`. The parser's token is `/` (non-slash | `\/`)* `/`, so every `/`
 * is escaped, and a body ending in a backslash gets `()` (the empty string) so the closing
 * slash is never read as escaped.
 */
export function regexpTerm(regexp: string): string {
  let body = "";
  let escaped = false;
  for (const ch of regexp) {
    if (ch === "/" && !escaped) body += "\\/";
    else body += ch;
    escaped = ch === "\\" && !escaped;
  }
  if (escaped || body.endsWith("\\")) body += "()";
  return "/" + body + "/";
}
