/**
 * The normalized-Sigma fixed point: for a Sigma file x, `emit(load(x))` reloads to the
 * same AST and re-emits to the same text. Used by the tests and the corpus report.
 */
import { astEqual } from "../../ast/equal.js";
import type { Rule } from "../../ast/rule.js";
import { hasErrors, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { loadSigmaText } from "../../sigma/index.js";
import { toSigma } from "./index.js";

export type FixedPointStatus =
  /** The file holds no rule the Sigma front-end accepts (the reason is its first error). */
  | "not-loaded"
  /** Emitting failed (the reason is the emitter's error). */
  | "not-emitted"
  /** The emitted text does not load back without new errors. */
  | "not-reloaded"
  | "text-differs"
  | "ast-differs"
  | "fixed";

export interface FixedPointResult {
  readonly status: FixedPointStatus;
  readonly reason?: string;
  /** `emit(load(x))`. */
  readonly emitted?: string;
  readonly rules: number;
}

/** A rule without what is not semantics or not carried by the text: positions, file, document index. */
function comparable(r: Rule): unknown {
  const { pos: _p, file: _f, document: _d, ...rest } = r;
  const { positions: _pp, ...meta } = r.meta;
  return { ...rest, meta };
}

/** AST equality of two rules, ignoring positions, provenance and where they were read from. */
export function sameRule(a: Rule, b: Rule): boolean {
  return astEqual(comparable(a), comparable(b));
}

/** Placeholder values for every `%name%` of a text, so `expand` rules load (each gets two fixed values). */
export function placeholdersOf(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of text.matchAll(/%([^%\s]+)%/g)) out[m[1]!] = [`${m[1]}-value-1`, `${m[1]}-value-2`];
  return out;
}

function emitAll(rules: readonly Rule[]): string {
  return rules.map((r) => toSigma(r).yaml).join("---\n");
}

const firstError = (ds: readonly Diagnostic[]) => ds.find((d) => d.severity === "error");

/**
 * Checks the fixed point for one Sigma file's text. Rules that load with only schema
 * errors are checked too (their emitted text may keep the same schema errors, nothing new).
 */
export function checkSigmaFixedPoint(text: string, file?: string): FixedPointResult {
  const placeholders = placeholdersOf(text);
  const first = loadSigmaText(text, { file, placeholders });
  if (first.rules.length === 0) {
    // A schema violation alone does not keep a rule out; name the error that did.
    const e = first.diagnostics.find((d) => d.severity === "error" && d.code !== "sigma/schema") ?? firstError(first.diagnostics);
    return { status: "not-loaded", reason: e ? `${e.code}: ${e.message}` : "no rule", rules: 0 };
  }
  let emitted: string;
  try {
    emitted = emitAll(first.rules);
  } catch (e) {
    const reason = e instanceof RuleError ? e.diagnostics.map((d) => `${d.code}: ${d.message}`).join("; ") : String(e);
    return { status: "not-emitted", reason, rules: first.rules.length };
  }
  const second = loadSigmaText(emitted, { file, placeholders });
  const known = new Set(first.diagnostics.map((d) => d.code));
  const fresh = second.diagnostics.filter((d) => d.severity === "error" && !known.has(d.code));
  if (fresh.length > 0 || (hasErrors(second.diagnostics) && !hasErrors(first.diagnostics))) {
    const e = fresh[0] ?? firstError(second.diagnostics)!;
    return { status: "not-reloaded", reason: `${e.code}: ${e.message}`, emitted, rules: first.rules.length };
  }
  const again = emitAll(second.rules);
  if (again !== emitted) return { status: "text-differs", emitted, rules: first.rules.length };
  const same = second.rules.length === first.rules.length && first.rules.every((r, i) => sameRule(r, second.rules[i]!));
  if (!same) return { status: "ast-differs", emitted, rules: first.rules.length };
  return { status: "fixed", emitted, rules: first.rules.length };
}
