/** Canonical YAML text for Sigma documents: 4-space indent, no line folding, minimal quoting. */
import { Document, isScalar, visit } from "yaml";
import type { YamlValue } from "./document.js";

/**
 * A multi-line string reads best as a `|` block, but a block cannot carry a line that
 * starts with whitespace (it would be read as indentation), trailing spaces, tabs or
 * other control characters exactly: those strings are double-quoted with escapes.
 */
function needsDoubleQuotes(s: string): boolean {
  if (/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/.test(s)) return true;
  if (!s.includes("\n")) return false;
  return s.split("\n").some((line) => /^[ \t]/.test(line) || /[ \t]$/.test(line)) || /\t/.test(s);
}

/** One YAML document's text (ends with a newline). Same input, same bytes. */
export function yamlText(doc: Map<string, YamlValue>): string {
  const d = new Document(doc, { aliasDuplicateObjects: false });
  visit(d, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === "string" && needsDoubleQuotes(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return d.toString({ indent: 4, indentSeq: true, lineWidth: 0, minContentWidth: 0, singleQuote: true });
}

/** Several documents in one file, separated by `---` (a rule and the correlation that uses it). */
export function multiDocumentText(docs: readonly Map<string, YamlValue>[]): string {
  return docs.map(yamlText).join("---\n");
}
