/** Canonical YAML text for Sigma documents: 4-space indent, no line folding, minimal quoting. */
import { stringify } from "yaml";
import type { YamlValue } from "./document.js";

/** One YAML document's text (ends with a newline). Same input, same bytes. */
export function yamlText(doc: Map<string, YamlValue>): string {
  return stringify(doc, {
    indent: 4,
    indentSeq: true,
    lineWidth: 0,
    minContentWidth: 0,
    singleQuote: true,
    aliasDuplicateObjects: false,
  });
}

/** Several documents in one file, separated by `---` (a rule and the correlation that uses it). */
export function multiDocumentText(docs: readonly Map<string, YamlValue>[]): string {
  return docs.map(yamlText).join("---\n");
}
