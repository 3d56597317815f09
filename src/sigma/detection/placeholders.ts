import type { SourcePos } from "../../ast/position.js";
import type { RuleContext } from "../context.js";

/** A `%name%` placeholder; `\%` is a literal percent sign (Sigma specification, "Placeholders"). */
const PLACEHOLDER = /\\%|%([^%\s]+)%/g;

/** At most this many values from one placeholder-expanded value. */
const EXPANSION_LIMIT = 10_000;

/**
 * Expands the placeholders of an `expand` value with the values configured in
 * `options.placeholders` (every combination when there are several). A placeholder
 * without values is a `sigma/unsupported-placeholder` error: a rule that cannot be
 * expanded must be rejected, not widened to a wildcard.
 */
export function expandPlaceholders(ctx: RuleContext, raw: string, pos: SourcePos | undefined): string[] | undefined {
  let results = [""];
  let last = 0;
  let ok = true;
  for (const m of raw.matchAll(PLACEHOLDER)) {
    const before = raw.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[0] === "\\%") {
      results = results.map((r) => r + before + "%");
      continue;
    }
    const name = m[1]!;
    const values = ctx.options.placeholders?.[name];
    if (!values || values.length === 0) {
      ctx.report("sigma/unsupported-placeholder", `placeholder %${name}% has no values (pass them with the \`placeholders\` option)`, pos);
      ok = false;
      continue;
    }
    if (results.length * values.length > EXPANSION_LIMIT) {
      ctx.report("sigma/unsupported-placeholder", `placeholder %${name}% expands to more than ${EXPANSION_LIMIT} values`, pos);
      return undefined;
    }
    results = results.flatMap((r) => values.map((v) => r + before + v));
  }
  if (!ok) return undefined;
  const tail = raw.slice(last);
  return results.map((r) => r + tail);
}
