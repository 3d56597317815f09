/**
 * How the Elasticsearch backends match case-insensitive values on keyword fields
 * (keyword fields store exact bytes and have no analyzer):
 * - `char-classes`: a regexp with each letter as the class of its case folding
 *   (`/[kK\u212A][uU]be.*​/`); exact on any keyword field, no mapping change. Lucene/ES|QL default.
 * - `flag` (Query DSL only, its default): `case_insensitive: true` on term/prefix/wildcard
 *   (Elasticsearch >= 7.10), which folds each character to its `toLowerCase`/`toUpperCase`
 *   pair; it misses the few three-way folds (U+212A KELVIN SIGN for `k`, U+017F LONG S for `s`, ...).
 * - `lowercase-field`: query a lower-cased sub-field (`<field>.<suffix>`, a keyword multi-field
 *   with a `lowercase` normalizer) with the lower-cased value.
 * - `to-lower` (ES|QL only): `TO_LOWER(field) == "value"`.
 * - `exact`: case-sensitive; a `backend/approximation` warning is given for every value it affects.
 */
export type CaseStrategy = "char-classes" | "flag" | "lowercase-field" | "to-lower" | "exact";

/** Options shared by the Lucene, Query DSL and ES|QL backends. */
export interface ElasticOptions {
  /** Case-insensitive matching strategy (see {@link CaseStrategy}). */
  caseInsensitive?: CaseStrategy;
  /** Sub-field suffix for `lowercase-field` (default `lower`, i.e. `field.lower`). */
  lowercaseSuffix?: string;
  /**
   * How `Cidr` is written on fields not listed in {@link ipFields}: `keyword` (default) an exact
   * regexp over the address text (IPv4 dotted quads; IPv6 networks are refused on keyword
   * fields); `ip-field` a CIDR term on every field, as if all were mapped as `ip`.
   */
  cidr?: "keyword" | "ip-field";
  /**
   * Fields mapped as `ip` (Elasticsearch's `ip` type): a `Cidr` on them is a CIDR term
   * (`f:"fe80::/10"` / `{term: {f: "fe80::/10"}}`), exact for IPv4 and IPv6 whatever the
   * address's spelling, since ES parses it to 16 bytes. Other fields are keyword (see {@link cidr}).
   */
  ipFields?: readonly string[];
  /** The field that holds the raw event text, for SPL bare-term search (default `event.original`). */
  rawField?: string;
  /**
   * Fields a Sigma keyword (search over every value) is looked up in. Default: every field
   * (`default_field: *` in query_string / `*` in Lucene).
   */
  keywordFields?: readonly string[];
}

export const DEFAULT_RAW_FIELD = "event.original";

/** True when CIDR on `path` is a CIDR term: the field is listed in `ipFields`, or `cidr: "ip-field"` says every field is. */
export function isIpField(path: string, opts: ElasticOptions): boolean {
  return opts.cidr === "ip-field" || (opts.ipFields?.includes(path) ?? false);
}
