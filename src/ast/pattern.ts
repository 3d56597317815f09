/**
 * A string pattern: literal text with `*` (any run of characters, possibly empty)
 * and `?` (exactly one character) wildcards. Literal parts are always literal:
 * a `*` inside a literal string is the character `*`.
 *
 * A pattern matches a value when it matches the **whole** value (like Sigma and
 * SPL search, unlike a regex search). Contains/startswith/endswith are patterns
 * with leading/trailing `*`; {@link patternShape} names the shape so backends can
 * pick the best native operator.
 */
export type PatternPart = string | Wildcard;

export interface Wildcard {
  readonly wildcard: "*" | "?";
}

export interface Pattern {
  readonly parts: readonly PatternPart[];
}

export const ANY: Wildcard = Object.freeze({ wildcard: "*" });
export const ONE: Wildcard = Object.freeze({ wildcard: "?" });

export function isWildcard(part: PatternPart): part is Wildcard {
  return typeof part !== "string";
}

/** Builds a pattern, merging adjacent literals, collapsing `**` and dropping empty literals. */
export function pattern(parts: readonly PatternPart[]): Pattern {
  const out: PatternPart[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      if (part === "") continue;
      const last = out[out.length - 1];
      if (typeof last === "string") out[out.length - 1] = last + part;
      else out.push(part);
    } else {
      const last = out[out.length - 1];
      if (part.wildcard === "*" && last !== undefined && isWildcard(last) && last.wildcard === "*") continue;
      out.push(part.wildcard === "*" ? ANY : ONE);
    }
  }
  return Object.freeze({ parts: Object.freeze(out) });
}

export function literalPattern(text: string): Pattern {
  return pattern([text]);
}

/**
 * The shape of a pattern, for choosing native operators:
 * - `exact`: no wildcard (`value` is the whole text)
 * - `prefix`: `value*`, `suffix`: `*value`, `contains`: `*value*`
 * - `any`: only `*` (matches any value, including the empty string)
 * - `wildcard`: anything else
 */
export type PatternShape =
  | { readonly shape: "exact"; readonly value: string }
  | { readonly shape: "prefix"; readonly value: string }
  | { readonly shape: "suffix"; readonly value: string }
  | { readonly shape: "contains"; readonly value: string }
  | { readonly shape: "any" }
  | { readonly shape: "wildcard" };

export function patternShape(p: Pattern): PatternShape {
  const parts = p.parts;
  if (parts.length === 0) return { shape: "exact", value: "" };
  const star = (x: PatternPart | undefined) => x !== undefined && isWildcard(x) && x.wildcard === "*";
  if (parts.length === 1) {
    const only = parts[0]!;
    if (typeof only === "string") return { shape: "exact", value: only };
    return only.wildcard === "*" ? { shape: "any" } : { shape: "wildcard" };
  }
  if (parts.length === 2) {
    const [a, b] = parts;
    if (typeof a === "string" && star(b)) return { shape: "prefix", value: a };
    if (star(a) && typeof b === "string") return { shape: "suffix", value: b };
  }
  if (parts.length === 3) {
    const [a, b, c] = parts;
    if (star(a) && typeof b === "string" && star(c)) return { shape: "contains", value: b };
  }
  return { shape: "wildcard" };
}

/** True when the pattern has no wildcard. */
export function isLiteralPattern(p: Pattern): boolean {
  return p.parts.every((x) => typeof x === "string");
}

/** The literal text of a pattern without wildcards; throws on a wildcard pattern. */
export function patternLiteral(p: Pattern): string {
  if (!isLiteralPattern(p)) throw new Error("pattern has wildcards");
  return (p.parts as string[]).join("");
}

/**
 * Parses wildcard text where `*` and `?` are wildcards and `\` escapes the next
 * `*`, `?` or `\` (Sigma's rules). A `\` before any other character is a literal
 * backslash, as the Sigma specification says: `C:\Windows\System32` keeps its backslashes, but in
 * `C:\Windows\*` the `\*` is an escaped, literal `*`; a backslash then a wildcard is `C:\Windows\\*`.
 * (Checked against the specification's "Escape Character" section and pySigma's SigmaString.)
 */
export function parseSigmaWildcards(text: string): Pattern {
  const parts: PatternPart[] = [];
  let lit = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") {
      const next = text[i + 1];
      if (next === "*" || next === "?" || next === "\\") {
        lit += next;
        i++;
      } else lit += "\\";
    } else if (ch === "*" || ch === "?") {
      parts.push(lit, ch === "*" ? ANY : ONE);
      lit = "";
    } else lit += ch;
  }
  parts.push(lit);
  return pattern(parts);
}
