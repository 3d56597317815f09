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
   * How `Cidr` is written: `keyword` (default) an exact regexp over dotted-quad text (IPv4 only;
   * IPv6 networks on keyword fields are refused); `ip-field` a CIDR term, for fields mapped as `ip`.
   */
  cidr?: "keyword" | "ip-field";
  /** The field that holds the raw event text, for SPL bare-term search (default `event.original`). */
  rawField?: string;
  /**
   * Fields a Sigma keyword (search over every value) is looked up in. Default: every field
   * (`default_field: *` in query_string / `*` in Lucene).
   */
  keywordFields?: readonly string[];
}

export const DEFAULT_RAW_FIELD = "event.original";
