import { isWildcard, type PatternPart } from "../../ast/pattern.js";

/**
 * A Sigma string value while its modifiers are applied: literal text and wildcards.
 * After a UTF-16 modifier the literal parts hold bytes, one character per byte
 * (code points 0-255), until `base64`/`base64offset` encodes them.
 */
export interface SigmaText {
  readonly parts: readonly PatternPart[];
  readonly bytes: boolean;
}

export function hasWildcard(t: SigmaText): boolean {
  return t.parts.some(isWildcard);
}

function literal(t: SigmaText): string {
  return (t.parts as string[]).join("");
}

/** The bytes a base64 modifier encodes: the UTF-16 bytes, or else the UTF-8 of the text. */
function bytesOf(t: SigmaText): Buffer {
  const s = literal(t);
  return t.bytes ? Buffer.from(s, "latin1") : Buffer.from(s, "utf8");
}

/** `base64`: the Base64 of the value (no wildcards allowed: the caller checks). */
export function base64(t: SigmaText): SigmaText {
  return { parts: [bytesOf(t).toString("base64")], bytes: false };
}

/**
 * `base64offset`: the three Base64 forms of the value as it can appear at offsets 0, 1
 * and 2 of a longer encoded text, with the characters that depend on the surrounding
 * bytes cut off (the same cuts as pySigma).
 */
export function base64offset(t: SigmaText): SigmaText[] {
  const data = bytesOf(t);
  const starts = [0, 2, 3];
  const ends = [undefined, -3, -2];
  const out: SigmaText[] = [];
  for (let i = 0; i < 3; i++) {
    const encoded = Buffer.concat([Buffer.alloc(i, 0x20), data]).toString("base64");
    const end = ends[(data.length + i) % 3];
    out.push({ parts: [encoded.slice(starts[i], end)], bytes: false });
  }
  return out;
}

/** UTF-16 encodings: `utf16le`/`wide`, `utf16be`, and `utf16` (little-endian with the byte order mark FF FE). */
export function utf16(t: SigmaText, variant: "le" | "be" | "bom"): SigmaText {
  const parts: PatternPart[] = [];
  if (variant === "bom") parts.push("\xff\xfe");
  for (const p of t.parts) {
    if (isWildcard(p)) parts.push(p);
    else {
      const buf = Buffer.from(p, "utf16le");
      if (variant === "be") buf.swap16();
      parts.push(buf.toString("latin1"));
    }
  }
  return { parts, bytes: true };
}

/** The characters `windash` puts in place of a leading `-` or `/`. */
export const WINDASH_CHARACTERS = ["-", "/", "\u2013", "\u2014", "\u2015"] as const;
const WORD = /[\p{L}\p{N}_]/u;

/** At most this many variants from one value (5 per replaced dash). */
export const WINDASH_LIMIT = 5 ** 6;

/**
 * `windash`: every variant of the value with each `-` or `/` that starts a word (not
 * preceded by a word character, followed by one, like pySigma's `\B[-/]\b`) replaced
 * by each of `-`, `/`, en dash, em dash and horizontal bar. A dash inside a word
 * (`-param-name`'s second dash) is kept. Returns undefined past {@link WINDASH_LIMIT}.
 */
export function windash(t: SigmaText): SigmaText[] | undefined {
  let variants: PatternPart[][] = [[]];
  const flat: PatternPart[] = [];
  for (const p of t.parts) {
    if (isWildcard(p)) flat.push(p);
    else for (const ch of p) flat.push(ch);
  }
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i]!;
    const prev = flat[i - 1];
    const next = flat[i + 1];
    const startsWord = (ch === "-" || ch === "/")
      && (prev === undefined || isWildcard(prev) || !WORD.test(prev))
      && typeof next === "string" && WORD.test(next);
    if (startsWord) {
      if (variants.length * WINDASH_CHARACTERS.length > WINDASH_LIMIT) return undefined;
      variants = variants.flatMap((v) => WINDASH_CHARACTERS.map((d) => [...v, d]));
    } else for (const v of variants) v.push(ch);
  }
  return variants.map((parts) => ({ parts, bytes: t.bytes }));
}
