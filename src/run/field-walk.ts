/** Receives the values of the fields a {@link FieldWalk} was built for. */
export interface FieldValueSink {
  /** `value` (a scalar) is a value of field number `field`. */
  value(field: number, value: string | number | boolean): void;
}

/** A node of the path trie: the JSON keys that lead on, and the fields that end here. */
interface PathNode {
  readonly next: Map<string, PathNode>;
  /** Keys of `next` that objects also inherit (`constructor`, ...): they count only as own keys. */
  readonly inherited: Set<string>;
  fields: number[];
}

const hasOwn = Object.prototype.hasOwnProperty;
/** Below this many keys a node looks its keys up in the object; above, it walks the object's keys. */
const LOOKUP_KEYS = 4;

/**
 * Visits the values of many field paths in one walk of an event, with the AST's field
 * resolution (the matcher's `rcField`): a dotted path names every way of walking the event
 * whose keys, joined with `.`, spell it; arrays are walked at any depth; `null` and objects
 * are not values. Fields share their common prefixes, and only keys some field can
 * continue with are followed, so a walk costs the part of the event the fields touch.
 */
export class FieldWalk {
  private readonly root: PathNode = { next: new Map(), inherited: new Set(), fields: [] };

  /** `paths[i]` is field number `i`. */
  constructor(paths: readonly string[]) {
    const nodes = new Map<string, PathNode>([["", this.root]]);
    const nodeOf = (segs: readonly string[], n: number): PathNode => {
      if (n === 0) return this.root;
      const key = JSON.stringify(segs.slice(0, n));
      let node = nodes.get(key);
      if (!node) {
        node = { next: new Map(), inherited: new Set(), fields: [] };
        nodes.set(key, node);
      }
      return node;
    };
    paths.forEach((path, id) => {
      const segs = path.split(".");
      // From the node after `i` segments, the key `segs[i..j]` (joined with dots) leads to the node after `j + 1`.
      for (let i = 0; i < segs.length; i++) {
        const from = nodeOf(segs, i);
        let key = "";
        for (let j = i; j < segs.length; j++) {
          key = j === i ? segs[i]! : key + "." + segs[j];
          from.next.set(key, nodeOf(segs, j + 1));
          if (key in Object.prototype) from.inherited.add(key);
        }
      }
      nodeOf(segs, segs.length).fields.push(id);
    });
  }

  /** Calls `sink.value` for every value of every field in `event`. */
  walk(event: unknown, sink: FieldValueSink): void {
    this.visit(this.root, event, sink);
  }

  private visit(node: PathNode, value: unknown, sink: FieldValueSink): void {
    if (typeof value !== "object") {
      if (node.fields.length > 0 && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
        for (let f = 0; f < node.fields.length; f++) sink.value(node.fields[f]!, value);
      }
      return;
    }
    if (value === null) return;
    if (Array.isArray(value)) {
      for (let a = 0; a < value.length; a++) this.visit(node, value[a], sink);
      return;
    }
    const next = node.next;
    if (next.size === 0) return;
    const obj = value as Record<string, unknown>;
    if (next.size <= LOOKUP_KEYS) {
      for (const [key, child] of next) this.follow(node, obj, key, child, sink);
      return;
    }
    for (const key in obj) {
      const child = next.get(key);
      if (child !== undefined) this.follow(node, obj, key, child, sink);
    }
  }

  private follow(node: PathNode, obj: Record<string, unknown>, key: string, child: PathNode, sink: FieldValueSink): void {
    const v = obj[key];
    if (v === undefined || (node.inherited.size > 0 && node.inherited.has(key) && !hasOwn.call(obj, key))) return;
    this.visit(child, v, sink);
  }
}
