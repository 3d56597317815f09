/**
 * Unicode simple case folding, as the AST defines case-insensitive matching (and as the
 * matcher implements it with ECMAScript `iu` regexes): two code points are equal when
 * their folds are. Elasticsearch backends need the whole equivalence class of a code
 * point (e.g. `k`, `K` and KELVIN SIGN U+212A) to write exact character classes.
 */

let classes: Map<number, readonly number[]> | undefined;

/** Code points below this bound hold every cased letter in Unicode 15. */
const CASED_LIMIT = 0x20000;

function buildClasses(): Map<number, readonly number[]> {
  const byKey = new Map<string, number[]>();
  for (let cp = 0; cp < CASED_LIMIT; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const up = ch.toUpperCase();
    const lo = ch.toLowerCase();
    if (up === ch && lo === ch) continue;
    // Key: lower(upper(c)) when it stays one code point (simple mapping), else c itself.
    const key1 = up.toLowerCase();
    const key = [...key1].length === 1 ? key1 : [...lo].length === 1 ? lo : ch;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    if (!list.includes(cp)) list.push(cp);
    const keyCp = key.codePointAt(0)!;
    if ([...key].length === 1 && !list.includes(keyCp)) list.push(keyCp);
  }
  const out = new Map<number, readonly number[]>();
  for (const list of byKey.values()) {
    // Keep only members the ECMAScript `iu` canonicalization really equates (the oracle).
    for (const cp of list) {
      const re = new RegExp("^" + escapeForJs(cp) + "$", "iu");
      const members = list.filter((d) => re.test(String.fromCodePoint(d))).sort((a, b) => a - b);
      out.set(cp, Object.freeze(members));
    }
  }
  return out;
}

function escapeForJs(cp: number): string {
  return "\\u{" + cp.toString(16) + "}";
}

/** Every code point equal to `cp` under Unicode simple case folding (including `cp`), ascending. */
export function caseClass(cp: number): readonly number[] {
  classes ??= buildClasses();
  return classes.get(cp) ?? [cp];
}

/** True when some letter of `text` has a case variant (so case-insensitive matching differs from exact). */
export function hasCaseVariants(text: string): boolean {
  for (const ch of text) if (caseClass(ch.codePointAt(0)!).length > 1) return true;
  return false;
}

/**
 * True when Elasticsearch's per-character `case_insensitive` folding (the code point, its
 * `Character.toLowerCase` and `toUpperCase`) gives exactly the simple-case-folding class for
 * every character of `text`. False for the few three-member classes (`k`/`K`/U+212A,
 * `s`/`S`/U+017F, `µ`/`Μ`/`μ`, ...).
 */
export function pairFoldingIsExact(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const cls = caseClass(cp);
    if (cls.length <= 1) continue;
    const pair = new Set([cp]);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if ([...v].length === 1) pair.add(v.codePointAt(0)!);
    if (cls.length !== pair.size || !cls.every((c) => pair.has(c))) return false;
  }
  return true;
}
