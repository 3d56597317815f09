import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from "yaml";
import type { SourcePos } from "../../ast/position.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { LineIndex } from "../../ast/line-index.js";
import type { ContainerPositions, PositionIndex } from "./positions.js";
import { setOwn } from "./set-own.js";
import { readYamlSubset, type PositionSink } from "./yaml-subset.js";

/** A YAML document of a file as plain data, before Sigma's multi-document rules apply. */
export type RawYamlDocument =
  /** A document with content: its root value and the root node's extent (character offsets). */
  | { readonly kind: "node"; readonly value: unknown; readonly start: number; readonly end: number }
  /** A document without content (e.g. after a trailing `---`). */
  | { readonly kind: "empty" }
  /** A document that could not be read; the diagnostics say why. */
  | { readonly kind: "errors"; readonly diagnostics: readonly Diagnostic[] };

/** The YAML documents of a file, which reader produced them, and how offsets become line/column. */
export interface RawYamlDocuments {
  readonly documents: RawYamlDocument[];
  readonly reader: "subset" | "yaml";
  posAt(offset: number): SourcePos;
}

/** Which reader to use: the fast subset reader with `yaml` as fallback (default), or only one of them (tests). */
export type YamlReaderChoice = "auto" | "yaml" | "subset";

/**
 * Reads every YAML document of a file into plain data, recording where each mapping key,
 * value and sequence item was written in `positions`. The fast subset reader goes first;
 * whatever it declines is read by the `yaml` package, which reports syntax errors and
 * duplicate keys. Both give the same values and offsets for what the subset reader accepts.
 */
export function readRawDocuments(text: string, file: string | undefined, positions: PositionIndex, reader?: "auto" | "yaml"): RawYamlDocuments;
export function readRawDocuments(text: string, file: string | undefined, positions: PositionIndex, reader: YamlReaderChoice): RawYamlDocuments | undefined;
export function readRawDocuments(text: string, file: string | undefined, positions: PositionIndex, reader: YamlReaderChoice = "auto"): RawYamlDocuments | undefined {
  const sink: PositionSink = (container, cp) => positions.set(container, cp);
  if (reader !== "yaml") {
    const subset = readYamlSubset(text, sink);
    if (subset) {
      const lines = new LineIndex(text);
      return {
        reader: "subset",
        posAt: (offset) => lines.posAt(offset),
        documents: subset.map((d) => (d.value === undefined ? { kind: "empty" } : { kind: "node", value: d.value, start: d.start, end: d.end })),
      };
    }
    if (reader === "subset") return undefined;
  }
  return readWithYamlPackage(text, file, sink);
}

function readWithYamlPackage(text: string, file: string | undefined, sink: PositionSink): RawYamlDocuments {
  const lineCounter = new LineCounter();
  const posAt = (offset: number): SourcePos => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col, offset };
  };
  const documents: RawYamlDocument[] = [];
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: true }) as Document.Parsed[];
  } catch (e) {
    documents.push({ kind: "errors", diagnostics: [diagnostic("yaml/syntax", (e as Error).message, { file, pos: { line: 1, column: 1 } })] });
    return { reader: "yaml", posAt, documents };
  }
  if (!Array.isArray(parsed)) parsed = [parsed];
  for (const doc of parsed) {
    if (doc.errors.length > 0) {
      const diagnostics = doc.errors.map((err) => {
        const lp = err.linePos?.[0];
        const pos = lp ? { line: lp.line, column: lp.col, offset: err.pos[0] } : posAt(err.pos[0]);
        const code = err.code === "DUPLICATE_KEY" ? "yaml/duplicate-key" : "yaml/syntax";
        return diagnostic(code, firstLine(err.message), { file, pos });
      });
      documents.push({ kind: "errors", diagnostics });
      continue;
    }
    const root = doc.contents as Node | null;
    if (root === null || root === undefined) {
      documents.push({ kind: "empty" });
      continue;
    }
    try {
      const value = toPlain(root, doc, sink, { aliases: 0 });
      documents.push({ kind: "node", value, start: root.range?.[0] ?? 0, end: root.range?.[2] ?? 1 });
    } catch (e) {
      if (!(e instanceof AliasLimitError)) throw e;
      const message = `more than ${MAX_ALIASES} alias expansions: the document is refused (an alias bomb expands exponentially)`;
      documents.push({ kind: "errors", diagnostics: [diagnostic("yaml/syntax", message, { file, pos: posAt(e.offset) })] });
    }
  }
  return { reader: "yaml", posAt, documents };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

/** As many alias expansions as a document may make (the yaml package's own default limit). */
const MAX_ALIASES = 100;

class AliasLimitError extends Error {
  constructor(readonly offset: number) {
    super("alias limit");
  }
}

/** Converts a YAML node into plain data, recording positions of every container, key and value. */
function toPlain(node: Node, doc: Document.Parsed, sink: PositionSink, state: { aliases: number }, depth = 0): unknown {
  if (depth > 200) return null; // absurd nesting; the schema/detection rejects the shape
  if (isAlias(node)) {
    if (++state.aliases > MAX_ALIASES) throw new AliasLimitError(node.range?.[0] ?? 0);
    const target = node.resolve(doc);
    return target ? toPlain(target as Node, doc, sink, state, depth + 1) : null;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const cp: ContainerPositions = { pos: node.range?.[0] ?? 0, keys: new Map(), values: new Map() };
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = keyNode === null ? "" : isScalar(keyNode) ? String(keyNode.value) : String(toPlain(keyNode, doc, sink, state, depth + 1));
      const valueNode = pair.value as Node | null;
      setOwn(out, key, valueNode === null ? null : toPlain(valueNode, doc, sink, state, depth + 1));
      if (keyNode?.range) cp.keys.set(key, keyNode.range[0]);
      if (valueNode?.range) cp.values.set(key, valueNode.range[0]);
    }
    sink(out, cp);
    return out;
  }
  if (isSeq(node)) {
    const out: unknown[] = [];
    const cp: ContainerPositions = { pos: node.range?.[0] ?? 0, keys: new Map(), values: new Map() };
    node.items.forEach((item, i) => {
      const itemNode = item as Node | null;
      out.push(itemNode === null ? null : toPlain(itemNode, doc, sink, state, depth + 1));
      if (itemNode?.range) cp.values.set(i, itemNode.range[0]);
    });
    sink(out, cp);
    return out;
  }
  if (isScalar(node)) return node.value ?? null;
  return null;
}
