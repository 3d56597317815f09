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
/** Up to this many keys a node looks its keys up in the object; above, it walks the object's keys. */
const LOOKUP_KEYS = 12;

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
    this.compiled = this.compile();
  }

  /** Calls `sink.value` for every value of every field in `event`. */
  walk(event: unknown, sink: FieldValueSink): void {
    this.compiled(event, sink);
  }

  /**
   * The walk as generated code, one function per trie node with its keys as constants (so
   * the JIT specialises each lookup): nodes with few keys look each up in the object; nodes
   * with many walk the object's keys and look them up in a map. Keys reach the code only as
   * JSON string literals.
   */
  private readonly compiled: (event: unknown, sink: FieldValueSink) => void;

  private compile(): (event: unknown, sink: FieldValueSink) => void {
    const index = new Map<PathNode, number>();
    const order: PathNode[] = [];
    const number = (n: PathNode): number => {
      let i = index.get(n);
      if (i === undefined) {
        i = order.length;
        index.set(n, i);
        order.push(n);
        for (const child of n.next.values()) number(child);
      }
      return i;
    };
    number(this.root);
    const lit = (key: string) => JSON.stringify(key).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    const code: string[] = [];
    const maps: string[] = [];
    order.forEach((node, i) => {
      const body: string[] = [];
      const values = node.fields.map((f) => `s.value(${f}, o);`).join(" ");
      body.push(values ? `if (typeof o !== "object") { if (typeof o === "string" || typeof o === "number" || typeof o === "boolean") { ${values} } return; }` : `if (typeof o !== "object") return;`);
      body.push(`if (o === null) return;`, `if (Array.isArray(o)) { for (let a = 0; a < o.length; a++) w${i}(o[a], s); return; }`);
      if (node.next.size > 0 && node.next.size <= LOOKUP_KEYS) {
        body.push("let c;");
        for (const [key, child] of node.next) {
          const own = node.inherited.has(key) ? ` && hasOwn.call(o, ${lit(key)})` : "";
          body.push(`c = o[${lit(key)}]; if (c !== undefined${own}) w${index.get(child)}(c, s);`);
        }
      } else if (node.next.size > 0) {
        maps.push(`const m${i} = new Map([${[...node.next].map(([key, child]) => `[${lit(key)}, w${index.get(child)}]`).join(", ")}]);`);
        const own = node.inherited.size > 0 ? ` && (!inherited${i}.has(k) || hasOwn.call(o, k))` : "";
        if (node.inherited.size > 0) maps.push(`const inherited${i} = new Set([${[...node.inherited].map(lit).join(", ")}]);`);
        body.push(`for (const k in o) { const w = m${i}.get(k); if (w !== undefined) { const c = o[k]; if (c !== undefined${own}) w(c, s); } }`);
      }
      code.push(`function w${i}(o, s) {\n  ${body.join("\n  ")}\n}`);
    });
    const source = `"use strict";\n${code.join("\n")}\n${maps.join("\n")}\nreturn w0;`;
    return new Function("hasOwn", source)(hasOwn) as (event: unknown, sink: FieldValueSink) => void;
  }
}
