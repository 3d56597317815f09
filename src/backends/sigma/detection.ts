/**
 * Expr -> Sigma `detection` (named selections + condition).
 *
 * The expression is normalized first, then split into the fewest selections that keep
 * its exact tree: a run of consecutive AND-ed items becomes one map, a run of OR-ed maps
 * one list of maps, same-field OR/AND becomes a value list (`|all` for AND). Only
 * *consecutive* children are grouped, so loading the output gives back the same
 * normalized tree, children in the same order (the fixed point the tests check).
 */
import type { Expr } from "../../ast/expr.js";
import { normalizeExpr } from "../../ast/normalize.js";
import { fieldsOfExpr } from "../../ast/visit.js";
import {
  expansionOrigin, itemKey, predicateItem, sigmaWildcardText, unsupportedInSigma,
  type DetectionItem, type SigmaScalar,
} from "./detection-item.js";

/** A search identifier's body. */
export type SelectionBody =
  | { readonly kind: "map"; readonly items: readonly DetectionItem[] }
  | { readonly kind: "maps"; readonly maps: readonly (readonly DetectionItem[])[] }
  | { readonly kind: "keywords"; readonly values: readonly string[]; readonly all?: boolean };

export interface SigmaDetection {
  /** Selections in the order the condition names them. */
  readonly selections: readonly { readonly name: string; readonly body: SelectionBody }[];
  readonly condition: string;
}

const CONDITION_WORDS = new Set(["and", "or", "not", "of", "all", "them", "1", "any", "null"]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function sameKey(a: DetectionItem, b: DetectionItem): boolean {
  return itemKey(a) === itemKey(b) && !!a.expanded === !!b.expanded;
}

/** A single-value item for a predicate, or undefined. */
function atom(e: Expr): DetectionItem | undefined {
  const exp = expansionOrigin(e);
  if (exp) return { field: exp.field, modifiers: exp.modifiers, values: exp.values, list: exp.values.length > 1, expanded: true };
  if (e.kind === "Not" && e.child.kind === "Exists") return { field: e.child.field.path, modifiers: [], values: [null], list: false };
  if (e.kind === "Keyword" || e.kind === "EvalCondition" || e.kind === "And" || e.kind === "Or" || e.kind === "Not" || e.kind === "Const") return undefined;
  return predicateItem(e);
}

/** Values of several same-key atoms, in order, without repeats (expansions repeat their written value). */
function mergeValues(items: readonly DetectionItem[]): SigmaScalar[] {
  const out: SigmaScalar[] = [];
  for (const it of items) for (const v of it.values) if (!out.some((o) => o === v)) out.push(v);
  return out;
}

/** OR of same-key atoms -> one list item. Expanded atoms group by their written value. */
function orItem(children: readonly Expr[]): DetectionItem | undefined {
  const atoms = children.map(atom);
  if (atoms.some((a) => a === undefined)) return undefined;
  const first = atoms[0]!;
  if (!atoms.every((a) => sameKey(a!, first))) return undefined;
  if (first.values[0] === null || first.modifiers.includes("exists")) return undefined;
  const values = mergeValues(atoms as DetectionItem[]);
  // The variants of one expanded value are one written value, not a list.
  return { field: first.field, modifiers: first.modifiers, values, list: values.length > 1 || !first.expanded, expanded: first.expanded };
}

/** AND of same-key atoms -> one `|all` list item. */
function allItem(items: readonly DetectionItem[]): DetectionItem | undefined {
  if (items.length < 2) return undefined;
  const first = items[0]!;
  if (!items.every((a) => sameKey(a, first) && !a.list)) return undefined;
  if (first.values[0] === null || first.modifiers.some((m) => m === "exists" || m === "all")) return undefined;
  const values = items.flatMap((i) => i.values);
  if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length) return undefined;
  return { field: first.field, modifiers: [...first.modifiers, "all"], values, list: true, expanded: first.expanded };
}

/** `singleItem` is asked about the same nodes many times while runs are grouped: remember its answers. */
const singleItems = new WeakMap<Expr, DetectionItem | null>();

/** A node that is exactly one map item (a predicate, `null`, a same-key OR list, a same-key `|all` list). */
function singleItem(e: Expr): DetectionItem | undefined {
  let known = singleItems.get(e);
  if (known === undefined) {
    known = computeSingleItem(e) ?? null;
    singleItems.set(e, known);
  }
  return known ?? undefined;
}

function computeSingleItem(e: Expr): DetectionItem | undefined {
  const a = atom(e);
  if (a) return a;
  if (e.kind === "Or") return orItem(e.children);
  if (e.kind === "And") {
    const atoms = e.children.map(atom);
    if (atoms.some((x) => x === undefined)) return undefined;
    return allItem(atoms as DetectionItem[]);
  }
  return undefined;
}

/**
 * Items of a map for AND-ed children, or undefined when they do not form one map
 * (a child that is not an item, or a field key used twice).
 */
function mapItems(children: readonly Expr[]): DetectionItem[] | undefined {
  const items: DetectionItem[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    const item = singleItem(c);
    if (!item) return undefined;
    const prev = items[items.length - 1];
    if (prev && sameKey(prev, item) && !prev.list && !item.list) {
      const merged = allItem([prev, item]);
      if (merged) {
        items[items.length - 1] = merged;
        continue;
      }
    } else if (prev && sameKey(prev, item) && prev.modifiers.includes("all") && !item.list) {
      const base = { ...prev, modifiers: prev.modifiers.filter((m) => m !== "all"), values: [] as SigmaScalar[], list: false };
      const merged = allItem([...prev.values.map((v) => ({ ...base, values: [v] })), item]);
      if (merged) {
        items[items.length - 1] = merged;
        continue;
      }
    }
    items.push(item);
  }
  const keys = items.map(itemKey);
  if (new Set(keys).size !== keys.length) return undefined;
  return items;
}

/** The items of one map for a node: a single item or an AND of items. */
function asMap(e: Expr): DetectionItem[] | undefined {
  const one = singleItem(e);
  if (one) return [one];
  if (e.kind === "And") return mapItems(e.children);
  return undefined;
}

/** Sigma keywords search every value: the loader adds `*` on both sides, so only `*x*` keywords are expressible. */
function keywordValue(e: Expr): string | undefined {
  if (e.kind !== "Keyword" || e.scope !== "values" || e.caseSensitive) return undefined;
  const parts = e.pattern.parts;
  if (parts.length < 3) return undefined;
  const star = (p: (typeof parts)[number]) => typeof p !== "string" && p.wildcard === "*";
  if (!star(parts[0]!) || !star(parts[parts.length - 1]!)) return undefined;
  return sigmaWildcardText(parts.slice(1, -1));
}

/** OR-ed children -> list of maps, merging consecutive same-key single items into one map with a value list. */
function orMaps(children: readonly Expr[]): DetectionItem[][] | undefined {
  const maps: DetectionItem[][] = [];
  for (const c of children) {
    const m = asMap(c);
    if (!m) return undefined;
    const prev = maps[maps.length - 1];
    if (prev && prev.length === 1 && m.length === 1) {
      const joined = orItemFromItems(prev[0]!, m[0]!);
      if (joined) {
        maps[maps.length - 1] = [joined];
        continue;
      }
    }
    maps.push(m);
  }
  return maps;
}

function orItemFromItems(a: DetectionItem, b: DetectionItem): DetectionItem | undefined {
  if (!sameKey(a, b)) return undefined;
  if (a.modifiers.some((m) => m === "all" || m === "exists") || a.values[0] === null || b.values[0] === null) return undefined;
  return { field: a.field, modifiers: a.modifiers, values: mergeValues([a, b]), list: true, expanded: a.expanded };
}

/** The body of one selection for a node, when it fits in one. */
function asSelection(e: Expr): SelectionBody | undefined {
  const kw = keywordValue(e);
  if (kw !== undefined) return { kind: "keywords", values: [kw] };
  if ((e.kind === "Or" || e.kind === "And") && e.children.every((c) => keywordValue(c) !== undefined)) {
    return { kind: "keywords", values: e.children.map((c) => keywordValue(c)!), ...(e.kind === "And" ? { all: true } : {}) };
  }
  const m = asMap(e);
  if (m) return { kind: "map", items: m };
  if (e.kind === "Or") {
    const maps = orMaps(e.children);
    if (maps) return maps.length === 1 ? { kind: "map", items: maps[0]! } : { kind: "maps", maps };
  }
  return undefined;
}

/** The selection name the source used for a node, when the loader recorded one. */
function originName(e: Expr): string | undefined {
  let found: string | undefined;
  const visit = (n: Expr): void => {
    if (found) return;
    if (n.origin?.selection) {
      found = n.origin.selection;
      return;
    }
    if (n.kind === "And" || n.kind === "Or") n.children.forEach(visit);
    else if (n.kind === "Not") visit(n.child);
  };
  visit(e);
  return found;
}

interface Cond {
  text: string;
  /** Top-level operator of the text, for parenthesizing. */
  op: "and" | "or" | "atom";
}

/**
 * Builds the detection for a filter expression.
 * @throws RuleError (`backend/unsupported`) for constructs Sigma has no syntax for.
 */
export function buildDetection(filter: Expr, file?: string): SigmaDetection {
  const e = normalizeExpr(filter);
  // A `|` in a field name would read back as a modifier: Sigma has no way to write such a field.
  for (const f of fieldsOfExpr(e)) {
    if (f.path.includes("|") || f.path === "") unsupportedInSigma(e, `the field name ${JSON.stringify(f.path)} (Sigma keys use \`|\` for modifiers)`, file);
  }
  if (e.kind === "Const") unsupportedInSigma(e, e.value ? "a filter that selects every event" : "a filter that selects no event", file);
  const pending: { preferred: string | undefined; fallback: string; body: SelectionBody }[] = [];
  const refs: number[] = [];
  const placeholder = (i: number) => `\u0000${i}\u0000`;

  const addSelection = (node: Expr, body: SelectionBody, negated: boolean): Cond => {
    const name = originName(node);
    pending.push({ preferred: name && IDENTIFIER.test(name) && !CONDITION_WORDS.has(name.toLowerCase()) ? name : undefined, fallback: negated ? "filter" : body.kind === "keywords" ? "keywords" : "selection", body });
    refs.push(pending.length - 1);
    return { text: placeholder(pending.length - 1), op: "atom" };
  };

  const emit = (node: Expr, negated: boolean): Cond => {
    const body = asSelection(node);
    if (body) return addSelection(node, body, negated);
    switch (node.kind) {
      case "Not": {
        const inner = emit(node.child, !negated);
        return { text: `not ${inner.op === "atom" ? inner.text : `(${inner.text})`}`, op: "atom" };
      }
      case "And": {
        const parts: Cond[] = [];
        let run: Expr[] = [];
        const flush = () => {
          if (run.length === 0) return;
          const node1 = run.length === 1 ? run[0]! : ({ ...node, children: run } as Expr);
          const items = run.length === 1 ? asMap(run[0]!) : mapItems(run);
          parts.push(items ? addSelection(node1, { kind: "map", items }, negated) : emit(run[0]!, negated));
          run = [];
        };
        for (const c of node.children) {
          if (singleItem(c) && mapItems([...run, c])) run.push(c);
          else if (singleItem(c)) {
            flush();
            run.push(c);
          } else {
            flush();
            parts.push(emit(c, negated));
          }
        }
        flush();
        return { text: parts.map((p) => (p.op === "or" ? `(${p.text})` : p.text)).join(" and "), op: "and" };
      }
      case "Or": {
        const parts: Cond[] = [];
        let run: Expr[] = [];
        const flush = () => {
          if (run.length === 0) return;
          const node1 = run.length === 1 ? run[0]! : ({ ...node, children: run } as Expr);
          const body = asSelection(node1);
          parts.push(body ? addSelection(node1, body, negated) : emit(run[0]!, negated));
          run = [];
        };
        for (const c of node.children) {
          if (asMap(c)) run.push(c);
          else {
            flush();
            parts.push(emit(c, negated));
          }
        }
        flush();
        return { text: parts.map((p) => p.text).join(" or "), op: "or" };
      }
      case "Keyword":
        return unsupportedInSigma(node, node.scope === "raw" ? "a search of the raw event text (SPL bare term)" : "a case-sensitive or non-contains keyword", file);
      case "EvalCondition":
        return unsupportedInSigma(node, "an SPL eval condition", file);
      case "Compare":
        return unsupportedInSigma(node, `a text-order comparison on \`${node.field.path}\``, file);
      default:
        return unsupportedInSigma(node, `a \`${node.kind}\` node here`, file);
    }
  };

  const root = emit(e, false);
  // Names: the source's selection name when unique, else `selection`/`filter`/`keywords` numbered.
  const used = new Set<string>();
  const names: string[] = pending.map(() => "");
  pending.forEach((p, i) => {
    if (p.preferred && !used.has(p.preferred)) {
      names[i] = p.preferred;
      used.add(p.preferred);
    }
  });
  pending.forEach((p, i) => {
    if (names[i]) return;
    const base = p.preferred ?? p.fallback;
    let name = base;
    for (let n = 2; used.has(name) || pending.some((q, j) => j > i && q.preferred === name && !names[j]); n++) name = `${base}_${n}`;
    names[i] = name;
    used.add(name);
  });
  const condition = root.text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => names[Number(i)]!);
  return { selections: refs.map((i) => ({ name: names[i]!, body: pending[i]!.body })), condition };
}
