import type { Severity } from "./diagnostic.js";

/**
 * Every diagnostic code the library emits, with its default severity and what it means.
 * docs/diagnostics.md is generated from this table, so the two cannot drift.
 * Add a code here before emitting it (the type system enforces it).
 */
export const DIAGNOSTIC_CODES = {
  // input and loading
  "input/read-failed": { severity: "error", doc: "A file or directory could not be read." },
  "input/unknown-format": { severity: "error", doc: "A file is neither a Sigma rule (`detection:`/`correlation:`/`filter:`), a Splunk detection (`search:`) nor a `.spl` search." },
  "input/encoding": { severity: "error", doc: "A file is not valid UTF-8 text (or holds binary data)." },
  "internal/unexpected": { severity: "error", doc: "A bug in rulecast: an unexpected exception, caught and reported with the rule so the batch goes on." },

  // YAML
  "yaml/syntax": { severity: "error", doc: "The YAML text does not parse." },
  "yaml/duplicate-key": { severity: "error", doc: "A mapping has the same key twice." },
  "yaml/not-a-mapping": { severity: "error", doc: "A rule document is not a YAML mapping." },

  // Sigma
  "sigma/schema": { severity: "error", doc: "The rule violates the official Sigma JSON schema (the message names the property)." },
  "sigma/unknown-modifier": { severity: "error", doc: "A field name carries a modifier the Sigma specification does not define." },
  "sigma/invalid-modifier-combination": { severity: "error", doc: "Modifiers that cannot be combined (e.g. `re` with `contains`, `all` on a single value)." },
  "sigma/invalid-value": { severity: "error", doc: "A value does not fit its modifier (e.g. a non-number for `gt`, a bad CIDR, a bad regex)." },
  "sigma/condition-syntax": { severity: "error", doc: "The condition does not parse (unbalanced parentheses, unknown operator, dangling `and`)." },
  "sigma/unknown-selection": { severity: "error", doc: "The condition names a selection (or pattern) that the detection does not define." },
  "sigma/missing-condition": { severity: "error", doc: "The detection has no condition." },
  "sigma/invalid-detection": { severity: "error", doc: "A detection item has a shape the specification does not allow." },
  "sigma/invalid-correlation": { severity: "error", doc: "A correlation rule is missing a required part or has an invalid one (type, rules, timespan, condition)." },
  "sigma/unresolved-reference": { severity: "error", doc: "A correlation or filter names a rule (id or name) that is not loaded." },
  "sigma/deprecated-syntax": { severity: "warning", doc: "Syntax accepted for compatibility but deprecated by the specification (e.g. aggregation pipes `| count()` in conditions)." },
  "sigma/unsupported-placeholder": { severity: "error", doc: "An `expand` placeholder has no value in the processing pipeline." },
  "sigma/invalid-test": { severity: "error", doc: "A rule's `tests:` block (name, dataset, expect: fire|no-fire, count?, lines?) has an invalid shape." },

  // SPL
  "spl/syntax": { severity: "error", doc: "The SPL search does not parse." },
  "spl/unknown-macro": { severity: "error", doc: "A macro is used that no macro definition provides (unknown `*_filter` macros are the empty filter instead)." },
  "spl/macro-arguments": { severity: "error", doc: "A macro is called with a number of arguments no definition takes." },
  "spl/macro-recursion": { severity: "error", doc: "Macro expansion does not terminate (a macro expands to itself)." },
  "spl/unsupported-command": { severity: "warning", doc: "A command parses but has no semantics in the AST (lookup, rex, join, ...); it is kept as a `Command` stage and reported." },
  "spl/unsupported-expression": { severity: "warning", doc: "An eval/where expression or function that rulecast cannot evaluate." },
  "spl/invalid-argument": { severity: "error", doc: "A command argument is invalid (e.g. `head` with a non-number)." },
  "spl/translation": { severity: "info", doc: "Per detection: whether its filter and pipeline translate fully to the AST, or which commands are kept as `Command` stages." },

  // backends and conversion
  "backend/unsupported": { severity: "error", doc: "The rule uses a construct the target backend cannot express faithfully (the message names it)." },
  "backend/approximation": { severity: "warning", doc: "The output is close to, but not exactly, the rule's meaning (the message says how)." },
  "backend/unmapped-field": { severity: "error", doc: "A strict processing pipeline has no mapping for a field the rule uses." },
  "backend/regex-untranslatable": { severity: "error", doc: "A regular expression uses PCRE features the target regex dialect cannot express exactly." },
  "regex/syntax": { severity: "error", doc: "A regular expression does not parse (unbalanced group, bad escape, quantifier without operand, range out of order)." },
  "backend/multivalued-field": { severity: "error", doc: "A predicate on a multivalued field has no faithful form in the target at that place (ES|QL: inside an eval expression, or after STATS/KEEP where rows can no longer be expanded per value and folded back to documents)." },
  "backend/query-limit": { severity: "warning", doc: "The output is exact but exceeds a default Elasticsearch limit (the message names the setting to raise, e.g. `index.max_regex_length`, and the alternative)." },
  "backend/unsafe-regex": { severity: "error", doc: "A regular expression can take super-linear time (catastrophic backtracking); refused unless explicitly allowed." },
  "pipeline/invalid": { severity: "error", doc: "A processing pipeline file is invalid." },
  "pipeline/rule-failure": { severity: "error", doc: "A processing pipeline's `rule_failure` transformation rejected the rule (the message is the pipeline's)." },
  "pipeline/unknown": { severity: "error", doc: "A `--pipeline` name is neither a built-in pipeline nor a readable pipeline file." },
  "convert/dropped": { severity: "warning", doc: "Converting to another rule format dropped part of the rule (output formatting, lookups...); the message says what and why." },
  "convert/unknown-tactic": { severity: "warning", doc: "Elastic rule: an `attack.<tactic>` tag names no ATT&CK tactic rulecast has a confirmed id for; it is left out of `threat` (Elastic needs the id) and named in the message." },
  "convert/output-formatting": { severity: "info", doc: "Converting to Sigma: a stage that only shapes output rows (stats without threshold, rename, table, fillnull, ctime convert...) is kept as Sigma `fields` or noted; which events match is unchanged." },
  "convert/correlation": { severity: "info", doc: "Converting to Sigma: a threshold on a `stats` aggregate (`stats count by x | where count > 5`) became a Sigma correlation rule referencing the base rule." },
  "convert/unmapped-logsource": { severity: "warning", doc: "Converting between Splunk and Sigma: no row of the log source mapping table matches the rule's macro, source, sourcetype or data model (extend the table with `logsources`)." },

  // running
  "run/invalid-event": { severity: "warning", doc: "An input line is not a JSON object; it is reported and skipped." },
  "run/state-limit": { severity: "error", doc: "A pipeline or correlation exceeded its configured state limit." },
  "test/failed": { severity: "error", doc: "A detection test did not give the expected result." },
  "test/dataset-missing": { severity: "error", doc: "A detection test names a dataset file that does not exist." },
} as const satisfies Record<string, { severity: Severity; doc: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
