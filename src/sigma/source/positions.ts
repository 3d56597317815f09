import type { SourcePos } from "../../ast/position.js";

/**
 * Where a mapping's keys and values, or a sequence's items, were written, as character
 * offsets (turned into line/column only when asked: most positions are never needed).
 */
export interface ContainerPositions {
  readonly pos: number;
  readonly keys: Map<string, number>;
  readonly values: Map<string | number, number>;
}

/**
 * Positions of the plain JavaScript values read from YAML. Rule documents are turned
 * into plain objects/arrays (so merging `action: global` documents and schema
 * validation work on ordinary data); this side table remembers where each part was
 * written so every diagnostic can point at the offending node.
 */
export class PositionIndex {
  private readonly table = new WeakMap<object, ContainerPositions>();

  constructor(private readonly posAt: (offset: number) => SourcePos) {}

  private lift(offset: number | undefined): SourcePos | undefined {
    return offset === undefined ? undefined : this.posAt(offset);
  }

  set(container: object, positions: ContainerPositions): void {
    this.table.set(container, positions);
  }

  get(container: object): ContainerPositions | undefined {
    return this.table.get(container);
  }

  /** Position of the container itself. */
  of(container: unknown): SourcePos | undefined {
    return isObject(container) ? this.lift(this.table.get(container)?.pos) : undefined;
  }

  /** Position of a mapping key (falls back to the mapping). */
  key(container: unknown, key: string): SourcePos | undefined {
    if (!isObject(container)) return undefined;
    const p = this.table.get(container);
    return this.lift(p?.keys.get(key) ?? p?.pos);
  }

  /** Position of a mapping value or sequence item (falls back to its key, then the container). */
  value(container: unknown, key: string | number): SourcePos | undefined {
    if (!isObject(container)) return undefined;
    const p = this.table.get(container);
    return this.lift(p?.values.get(key) ?? (typeof key === "string" ? p?.keys.get(key) : undefined) ?? p?.pos);
  }

  /**
   * Position of the node at a JSON-pointer-like path of keys/indexes, as deep as the
   * path can be followed. `asKey` points at the last key rather than its value.
   */
  at(root: unknown, path: readonly (string | number)[], asKey = false): SourcePos | undefined {
    let node: unknown = root;
    let best = this.of(root);
    for (let i = 0; i < path.length; i++) {
      const step = path[i]!;
      if (!isObject(node)) break;
      const last = i === path.length - 1;
      const here = last && asKey && typeof step === "string" ? this.key(node, step) : this.value(node, step);
      if (here) best = here;
      node = (node as Record<string | number, unknown>)[step];
    }
    return best;
  }
}

function isObject(x: unknown): x is object {
  return typeof x === "object" && x !== null;
}
