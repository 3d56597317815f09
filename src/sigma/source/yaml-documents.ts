import type { SourcePos } from "../../ast/position.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { PositionIndex } from "./positions.js";
import { readRawDocuments } from "./raw-documents.js";
import { setOwn } from "./set-own.js";

export { setOwn };

/** The text of a rule file and a way to turn character offsets into line/column positions. */
export interface SourceText {
  readonly text: string;
  readonly file?: string;
  posAt(offset: number): SourcePos;
}

/** One rule document of a Sigma file, after `action: global`/`repeat` documents were merged into it. */
export interface SigmaDocument {
  /** 0-based index of the YAML document in the file. */
  readonly index: number;
  readonly value: Record<string, unknown>;
  /** Start of the document's content (a rule's `pos`). */
  readonly pos: SourcePos;
}

export interface SigmaDocuments {
  readonly source: SourceText;
  readonly positions: PositionIndex;
  readonly documents: SigmaDocument[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads the YAML documents of a Sigma file with positions. Multi-document files follow
 * the Sigma collection rules (as pySigma does): a document with `action: global` is
 * deep-merged under every following rule document, `action: reset` forgets it, and
 * `action: repeat` repeats the previous rule document with the new keys merged over it.
 * Duplicate keys and YAML syntax errors are diagnostics; the other documents still load.
 */
export function readSigmaDocuments(text: string, file?: string, reader: "auto" | "yaml" = "auto"): SigmaDocuments {
  // Offsets become line/column the way the reader that read the file says (known once it has read).
  let posAt: (offset: number) => SourcePos = () => ({ line: 1, column: 1 });
  const source: SourceText = { text, file, posAt: (offset) => posAt(offset) };
  const positions = new PositionIndex(source.posAt);
  const documents: SigmaDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const raw = readRawDocuments(text, file, positions, reader);
  posAt = raw.posAt;

  let global: Record<string, unknown> | undefined;
  let previous: Record<string, unknown> | undefined;
  raw.documents.forEach((doc, index) => {
    if (doc.kind === "errors") {
      diagnostics.push(...doc.diagnostics);
      return;
    }
    if (doc.kind === "empty") return; // an empty document (e.g. a trailing `---`)
    const value = doc.value;
    const start = source.posAt(doc.start);
    const end = source.posAt(Math.max(doc.start, doc.end - 1));
    // The document's extent, so per-rule tools (validate) can attribute diagnostics in multi-document files.
    const pos: SourcePos = { ...start, endLine: end.line, endColumn: end.column };
    if (!isRecord(value)) {
      diagnostics.push(diagnostic("yaml/not-a-mapping", "a Sigma rule document must be a YAML mapping", { file, pos }));
      return;
    }
    const action = value.action;
    if (action !== undefined) {
      const rest = without(value, "action", positions);
      if (action === "global") {
        global = rest;
        return;
      }
      if (action === "reset") {
        global = undefined;
        return;
      }
      if (action === "repeat") {
        if (!previous) {
          diagnostics.push(diagnostic("yaml/not-a-mapping", "`action: repeat` without a previous rule document", {
            file, pos: positions.value(value, "action"),
          }));
          return;
        }
        const merged = deepMerge(previous, rest, positions);
        previous = merged;
        documents.push({ index, value: merged, pos });
        return;
      }
      diagnostics.push(diagnostic("yaml/not-a-mapping", `unknown multi-document action ${JSON.stringify(action)} (expected global, reset or repeat)`, {
        file, pos: positions.value(value, "action"),
      }));
      return;
    }
    const merged = global ? deepMerge(global, value, positions) : value;
    previous = merged;
    documents.push({ index, value: merged, pos });
  });
  return { source, positions, documents, diagnostics };
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** `value` without one key, keeping positions. */
function without(value: Record<string, unknown>, key: string, positions: PositionIndex): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== key) setOwn(out, k, v);
  const cp = positions.get(value);
  if (cp) positions.set(out, cp);
  return out;
}

/** Deep merge as Sigma collections do: mappings merge key by key, anything else in `over` replaces `base`. */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>, positions: PositionIndex): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) setOwn(out, k, v);
  for (const [k, v] of Object.entries(over)) {
    const b = Object.hasOwn(out, k) ? out[k] : undefined;
    setOwn(out, k, isRecord(b) && isRecord(v) ? deepMerge(b, v, positions) : v);
  }
  const bp = positions.get(base);
  const op = positions.get(over);
  if (bp || op) {
    positions.set(out, {
      pos: (op ?? bp)!.pos,
      keys: new Map([...(bp?.keys ?? []), ...(op?.keys ?? [])]),
      values: new Map([...(bp?.values ?? []), ...(op?.values ?? [])]),
    });
  }
  return out;
}
