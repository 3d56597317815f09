import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from "yaml";
import type { SourcePos } from "../../ast/position.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import { PositionIndex, type ContainerPositions } from "./positions.js";

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
export function readSigmaDocuments(text: string, file?: string): SigmaDocuments {
  const lineCounter = new LineCounter();
  const source: SourceText = {
    text,
    file,
    posAt(offset: number): SourcePos {
      const lp = lineCounter.linePos(offset);
      return { line: lp.line, column: lp.col, offset };
    },
  };
  const positions = new PositionIndex((offset) => source.posAt(offset));
  const documents: SigmaDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  let parsed: Document.Parsed[];
  try {
    parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: true }) as Document.Parsed[];
  } catch (e) {
    diagnostics.push(diagnostic("yaml/syntax", (e as Error).message, { file, pos: { line: 1, column: 1 } }));
    return { source, positions, documents, diagnostics };
  }
  if (!Array.isArray(parsed)) parsed = [parsed];

  let global: Record<string, unknown> | undefined;
  let previous: Record<string, unknown> | undefined;
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const lp = err.linePos?.[0];
        const pos = lp ? { line: lp.line, column: lp.col, offset: err.pos[0] } : source.posAt(err.pos[0]);
        const code = err.code === "DUPLICATE_KEY" ? "yaml/duplicate-key" : "yaml/syntax";
        diagnostics.push(diagnostic(code, firstLine(err.message), { file, pos }));
      }
      return;
    }
    const root = doc.contents as Node | null;
    if (root === null || root === undefined) return; // an empty document (e.g. a trailing `---`)
    let value: unknown;
    try {
      value = toPlain(root, doc, source, positions, { aliases: 0 });
    } catch (e) {
      if (!(e instanceof AliasLimitError)) throw e;
      diagnostics.push(diagnostic("yaml/syntax", `more than ${MAX_ALIASES} alias expansions: the document is refused (an alias bomb expands exponentially)`, { file, pos: source.posAt(e.offset) }));
      return;
    }
    const start = source.posAt(root.range?.[0] ?? 0);
    const end = source.posAt(Math.max(root.range?.[0] ?? 0, (root.range?.[2] ?? 1) - 1));
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

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** As many alias expansions as a document may make (the yaml package's own default limit). */
const MAX_ALIASES = 100;

class AliasLimitError extends Error {
  constructor(readonly offset: number) {
    super("alias limit");
  }
}

/** Converts a YAML node into plain data, recording positions of every container, key and value. */
function toPlain(node: Node, doc: Document.Parsed, source: SourceText, positions: PositionIndex, state: { aliases: number }, depth = 0): unknown {
  if (depth > 200) return null; // absurd nesting; the schema/detection rejects the shape
  if (isAlias(node)) {
    if (++state.aliases > MAX_ALIASES) throw new AliasLimitError(node.range?.[0] ?? 0);
    const target = node.resolve(doc);
    return target ? toPlain(target as Node, doc, source, positions, state, depth + 1) : null;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const cp: ContainerPositions = { pos: node.range?.[0] ?? 0, keys: new Map(), values: new Map() };
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = keyNode === null ? "" : isScalar(keyNode) ? String(keyNode.value) : String(toPlain(keyNode, doc, source, positions, state, depth + 1));
      const valueNode = pair.value as Node | null;
      setOwn(out, key, valueNode === null ? null : toPlain(valueNode, doc, source, positions, state, depth + 1));
      if (keyNode?.range) cp.keys.set(key, keyNode.range[0]);
      if (valueNode?.range) cp.values.set(key, valueNode.range[0]);
    }
    positions.set(out, cp);
    return out;
  }
  if (isSeq(node)) {
    const out: unknown[] = [];
    const cp: ContainerPositions = { pos: node.range?.[0] ?? 0, keys: new Map(), values: new Map() };
    node.items.forEach((item, i) => {
      const itemNode = item as Node | null;
      out.push(itemNode === null ? null : toPlain(itemNode, doc, source, positions, state, depth + 1));
      if (itemNode?.range) cp.values.set(i, itemNode.range[0]);
    });
    positions.set(out, cp);
    return out;
  }
  if (isScalar(node)) return node.value ?? null;
  return null;
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

/** Sets an own property even for names like `__proto__` (rule keys are untrusted input). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
