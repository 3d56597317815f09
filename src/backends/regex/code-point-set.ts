import { caseClass } from "./case-fold.js";

/** A set of Unicode scalar values as sorted, disjoint, non-adjacent inclusive ranges. */
export type CodePointSet = readonly (readonly [number, number])[];

export const MAX_CODE_POINT = 0x10ffff;
/** Every Unicode scalar value (surrogates excluded: they never occur in UTF-8 terms). */
export const ANY_CHAR: CodePointSet = Object.freeze([[0, 0xd7ff], [0xe000, MAX_CODE_POINT]] as const);

/** Sorts and merges ranges. */
export function normalizeSet(ranges: readonly (readonly [number, number])[]): CodePointSet {
  const sorted = [...ranges].filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function union(...sets: CodePointSet[]): CodePointSet {
  return normalizeSet(sets.flat());
}

/** Everything in ANY_CHAR that is not in `set`. */
export function complement(set: CodePointSet): CodePointSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of normalizeSet(set)) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return intersectAny(out);
}

function intersectAny(set: CodePointSet): CodePointSet {
  const out: [number, number][] = [];
  for (const [a, b] of set) {
    for (const [c, d] of ANY_CHAR) {
      const lo = Math.max(a, c);
      const hi = Math.min(b, d);
      if (lo <= hi) out.push([lo, hi]);
    }
  }
  return normalizeSet(out);
}

export function single(cp: number): CodePointSet {
  return [[cp, cp]];
}

export function ofChars(chars: string): CodePointSet {
  return normalizeSet([...chars].map((c) => [c.codePointAt(0)!, c.codePointAt(0)!] as const));
}

/**
 * Closes a set under Unicode simple case folding. Cased letters all lie below U+20000, so
 * only that part of a range is walked; the rest folds to itself.
 */
export function caseClose(set: CodePointSet): CodePointSet {
  const extra: [number, number][] = [];
  for (const [a, b] of set) {
    const hi = Math.min(b, 0x1ffff);
    for (let cp = a; cp <= hi; cp++) {
      for (const v of caseClass(cp)) if (v !== cp) extra.push([v, v]);
    }
  }
  return extra.length === 0 ? set : union(set, extra);
}

export function isSingle(set: CodePointSet): boolean {
  return set.length === 1 && set[0]![0] === set[0]![1];
}

export function isAny(set: CodePointSet): boolean {
  return set.length === ANY_CHAR.length && set.every(([a, b], i) => a === ANY_CHAR[i]![0] && b === ANY_CHAR[i]![1]);
}
