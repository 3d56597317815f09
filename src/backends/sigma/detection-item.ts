/**
 * One Sigma detection item (`field|modifiers: value(s)`) and how a single AST predicate
 * becomes one. Wildcard patterns are written with the modifier that names their shape
 * (`contains`/`startswith`/`endswith`); value-expanding modifiers (windash, base64offset...)
 * are restored from `origin.sigma` so the rule reads as it was written.
 */
import type { Expr, Predicate } from "../../ast/expr.js";
import { isWildcard, type Pattern, type PatternPart } from "../../ast/pattern.js";
import { fail } from "../../diagnostics/index.js";

export type SigmaScalar = string | number | boolean | null;

/** A map entry of a selection: `field|mod1|mod2: value` or `...: [values]`. */
export interface DetectionItem {
  readonly field: string;
  readonly modifiers: readonly string[];
  readonly values: readonly SigmaScalar[];
  /** Written as a YAML list even when it has one value. */
  readonly list: boolean;
  /** Set when the item came from value-expanding modifiers (values are the written ones). */
  readonly expanded?: boolean;
}

/** Modifiers whose written value is expanded by the loader into several predicates. */
export const VALUE_EXPANDING_MODIFIERS: ReadonlySet<string> = new Set([
  "windash", "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide", "expand",
]);

/** The `field|modifiers` key of an item. */
export function itemKey(item: Pick<DetectionItem, "field" | "modifiers">): string {
  return [item.field, ...item.modifiers].join("|");
}

/**
 * Escapes literal text for a Sigma value: `*` and `?` become `\*`/`\?`; a backslash is
 * doubled only where it would otherwise escape what follows (a wildcard or a backslash),
 * so Windows paths keep their single backslashes.
 */
export function escapeSigmaLiteral(text: string, nextIsWildcard: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "*" || ch === "?") out += "\\" + ch;
    else if (ch === "\\") {
      const next = text[i + 1];
      const escapesNext = next === undefined ? nextIsWildcard : next === "*" || next === "?" || next === "\\";
      out += escapesNext ? "\\\\" : "\\";
    } else out += ch;
  }
  return out;
}

/** Writes pattern parts as Sigma wildcard text. */
export function sigmaWildcardText(parts: readonly PatternPart[]): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (isWildcard(p)) out += p.wildcard;
    else out += escapeSigmaLiteral(p, i + 1 < parts.length);
  }
  return out;
}

const isStar = (p: PatternPart | undefined) => p !== undefined && isWildcard(p) && p.wildcard === "*";

/** A pattern as a shape modifier (or none) and the text to write. */
export function patternValue(p: Pattern): { modifier?: "contains" | "startswith" | "endswith"; text: string } {
  const parts = p.parts;
  if (parts.length >= 2) {
    const lead = isStar(parts[0]);
    const trail = isStar(parts[parts.length - 1]);
    if (lead && trail && parts.length >= 3) return { modifier: "contains", text: sigmaWildcardText(parts.slice(1, -1)) };
    if (lead && !trail) return { modifier: "endswith", text: sigmaWildcardText(parts.slice(1)) };
    if (trail && !lead) return { modifier: "startswith", text: sigmaWildcardText(parts.slice(0, -1)) };
  }
  return { text: sigmaWildcardText(parts) };
}

/** Numbers written in their shortest JSON form read back as the same text, so they can go unquoted. */
function numericScalar(text: string): SigmaScalar {
  if (/^-?(0|[1-9]\d{0,14})(\.\d*[1-9])?$/.test(text) && String(Number(text)) === text) return Number(text);
  return text;
}

const SIGMA_TIME_PARTS = new Set(["minute", "hour", "day", "week", "month", "year"]);

/**
 * The detection item for one predicate, or `undefined` when Sigma has no item for it
 * (raw-text keywords, eval conditions, text ordering): callers report those.
 */
export function predicateItem(e: Predicate): DetectionItem | undefined {
  switch (e.kind) {
    case "Match": {
      const { modifier, text } = patternValue(e.pattern);
      const mods: string[] = modifier ? [modifier] : [];
      if (e.caseSensitive) mods.push("cased");
      const value = modifier === undefined && !e.caseSensitive ? numericScalar(text) : text;
      return { field: e.field.path, modifiers: mods, values: [value], list: false };
    }
    case "Compare": {
      if (!e.numeric && e.timePart === undefined) return undefined;
      const mods: string[] = [];
      if (e.timePart) {
        // Sigma's time modifiers stand alone: `field|hour: 3` is equality only.
        if (!SIGMA_TIME_PARTS.has(e.timePart) || e.op !== "eq") return undefined;
        mods.push(e.timePart);
      }
      if (e.op !== "eq") mods.push(e.op);
      return { field: e.field.path, modifiers: mods, values: [e.value], list: false };
    }
    case "Regex": {
      const mods = ["re"];
      if (e.flags.i) mods.push("i");
      if (e.flags.m) mods.push("m");
      if (e.flags.s) mods.push("s");
      return { field: e.field.path, modifiers: mods, values: [e.pattern], list: false };
    }
    case "Cidr":
      return { field: e.field.path, modifiers: ["cidr"], values: [e.cidr], list: false };
    case "Exists":
      return { field: e.field.path, modifiers: ["exists"], values: [true], list: false };
    case "FieldEquals":
      return {
        field: e.field.path, modifiers: e.caseSensitive ? ["fieldref", "cased"] : ["fieldref"], values: [e.other.path], list: false,
      };
    default:
      return undefined;
  }
}

/**
 * For a predicate produced by value-expanding modifiers: the written modifiers (without
 * `all`, which the structure decides) and the written value(s).
 */
export function expansionOrigin(e: Expr): { field: string; modifiers: string[]; values: SigmaScalar[] } | undefined {
  const sigma = e.origin?.sigma;
  if (!sigma || !sigma.modifiers.some((m) => VALUE_EXPANDING_MODIFIERS.has(m))) return undefined;
  if (e.kind !== "Match" && e.kind !== "Regex" && e.kind !== "Compare") return undefined;
  const raw = sigma.value;
  const values = (Array.isArray(raw) ? raw : [raw]).filter(
    (v): v is SigmaScalar => v === null || ["string", "number", "boolean"].includes(typeof v),
  );
  if (values.length === 0) return undefined;
  return { field: e.field.path, modifiers: sigma.modifiers.filter((m) => m !== "all"), values };
}

/** Throws the typed "Sigma cannot say this" error for a node. */
export function unsupportedInSigma(e: Expr, why: string, file?: string): never {
  fail("backend/unsupported", `Sigma cannot express ${why}`, { file, pos: e.pos });
}
