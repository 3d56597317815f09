import * as build from "../../ast/builders.js";
import type { Expr, TimePart } from "../../ast/expr.js";
import { ANY, isWildcard, parseSigmaWildcards, pattern, type PatternPart } from "../../ast/pattern.js";
import type { Origin, SourcePos } from "../../ast/position.js";
import type { RuleContext } from "../context.js";
import { isValidCidr } from "./cidr.js";
import { COMPARE_MODIFIERS, REGEX_FLAG_MODIFIERS, SIGMA_MODIFIERS, TIME_MODIFIERS, type DetectionKey } from "./modifiers.js";
import { expandPlaceholders } from "./placeholders.js";
import { checkRegex } from "./regex-check.js";
import { base64, base64offset, hasWildcard, utf16, windash, type SigmaText } from "./value-encoding.js";

/** One `key: value` of a selection map (or a keyword list, where `key.field` is undefined). */
export interface DetectionItem {
  readonly key: DetectionKey;
  /** The key as written (`CommandLine|contains|all`), or undefined for a bare keyword list. */
  readonly written?: string;
  readonly value: unknown;
  readonly keyPos?: SourcePos;
  /** Position of the value, or of each list item. */
  valuePos(index?: number): SourcePos | undefined;
}

/** Modifiers that turn one written value into several values; the emitter needs the original. */
const STRING_SHAPE = new Set(["contains", "startswith", "endswith"]);

/**
 * Converts one detection item into an expression. Values of a list are OR'ed (`all`:
 * AND'ed); modifiers apply left to right as in pySigma. Returns undefined (after
 * reporting) when the item is invalid.
 */
export function detectionItemExpr(ctx: RuleContext, item: DetectionItem, selection: string): Expr | undefined {
  const { field, modifiers } = item.key;
  const where = item.keyPos;
  let ok = true;
  for (const m of modifiers) {
    if (!SIGMA_MODIFIERS.has(m)) {
      ctx.report("sigma/unknown-modifier", `unknown modifier \`${m}\` in \`${item.written}\``, where);
      ok = false;
    }
  }
  if (!ok) return undefined;

  const all = modifiers.includes("all");
  const negate = modifiers.includes("neq");
  const cased = modifiers.includes("cased");
  const chain = modifiers.filter((m) => m !== "all" && m !== "neq" && m !== "cased");
  const list = Array.isArray(item.value);
  const values: unknown[] = list ? (item.value as unknown[]) : [item.value];
  const baseOrigin: Origin = modifiers.length > 0 ? { selection, sigma: { modifiers } } : { selection };

  if (all && !list) {
    ctx.report("sigma/invalid-modifier-combination", `\`all\` needs a list of values (the specification forbids it on a single value) in \`${item.written}\``, where);
    return undefined;
  }
  if (list && values.length === 0) {
    ctx.report("sigma/invalid-detection", `\`${item.written}\` has an empty list of values`, where);
    return undefined;
  }

  const convert = valueConverter(ctx, item, chain, cased, selection);
  if (!convert) return undefined;
  const parts: Expr[] = [];
  values.forEach((v, i) => {
    const e = convert(v, list ? i : undefined);
    if (e) parts.push(e);
    else ok = false;
  });
  if (!ok) return undefined;
  const extra = { pos: where, origin: baseOrigin };
  let e: Expr = parts.length === 1 ? parts[0]! : all ? build.and(parts, extra) : build.or(parts, extra);
  if (negate) e = build.not(e, extra);
  return e;
}

type ValueConverter = (value: unknown, index: number | undefined) => Expr | undefined;

/** Checks the modifier chain once and returns the per-value conversion it implies. */
function valueConverter(ctx: RuleContext, item: DetectionItem, chain: string[], cased: boolean, selection: string): ValueConverter | undefined {
  const { field } = item.key;
  const where = item.keyPos;
  const written = item.written ?? "keywords";
  const combo = (msg: string): undefined => {
    ctx.report("sigma/invalid-modifier-combination", `${msg} in \`${written}\``, where);
    return undefined;
  };
  const needsField = (m: string): boolean => {
    if (field !== undefined) return true;
    combo(`\`${m}\` needs a field name`);
    return false;
  };
  const posOf = (i: number | undefined) => item.valuePos(i);
  const badValue = (msg: string, i: number | undefined): undefined => {
    ctx.report("sigma/invalid-value", `${msg} in \`${written}\``, posOf(i));
    return undefined;
  };
  const first = chain[0];
  const only = (m: string): boolean => chain.length === 1 || !!combo(`\`${m}\` cannot be combined with ${chain.filter((x) => x !== m).map((x) => `\`${x}\``).join(", ")}`);

  if (first === "exists") {
    if (!needsField("exists") || !only("exists")) return undefined;
    if (cased) return combo("`cased` does not apply to `exists`");
    const f = build.field(field!);
    return (v, i) => {
      if (typeof v !== "boolean") return badValue("`exists` takes `true` or `false`", i);
      const origin: Origin = { selection };
      const ex = build.exists(f, { pos: posOf(i), origin });
      return v ? ex : build.not(ex, { pos: posOf(i), origin });
    };
  }
  if (first !== undefined && first in COMPARE_MODIFIERS) {
    if (!needsField(first) || !only(first)) return undefined;
    if (cased) return combo("`cased` does not apply to numeric comparisons");
    const f = build.field(field!);
    const op = COMPARE_MODIFIERS[first]!;
    return (v, i) => typeof v === "number" && Number.isFinite(v)
      ? build.compare(f, op, v, { numeric: true, pos: posOf(i), origin: { selection } })
      : badValue(`\`${first}\` takes a number, not ${JSON.stringify(v)}`, i);
  }
  if (first !== undefined && TIME_MODIFIERS.has(first)) {
    if (!needsField(first) || !only(first)) return undefined;
    if (cased) return combo("`cased` does not apply to time modifiers");
    const f = build.field(field!);
    return (v, i) => typeof v === "number" && Number.isInteger(v)
      ? build.compare(f, "eq", v, { numeric: true, timePart: first as TimePart, pos: posOf(i), origin: { selection, sigma: { modifiers: [first] } } })
      : badValue(`\`${first}\` takes a whole number, not ${JSON.stringify(v)}`, i);
  }
  if (first === "cidr") {
    if (!needsField("cidr") || !only("cidr")) return undefined;
    if (cased) return combo("`cased` does not apply to `cidr`");
    const f = build.field(field!);
    return (v, i) => typeof v === "string" && isValidCidr(v)
      ? build.cidr(f, v, { pos: posOf(i), origin: { selection } })
      : badValue(`${JSON.stringify(v)} is not an IPv4 or IPv6 CIDR network${typeof v === "string" && v.includes("%") ? " (IPv6 zone ids are not networks)" : ""}`, i);
  }
  if (first === "fieldref") {
    if (!needsField("fieldref")) return undefined;
    const rest = chain.slice(1);
    if (rest.length > 0) {
      return combo(`\`fieldref\` with ${rest.map((x) => `\`${x}\``).join(", ")} (a partial field comparison) cannot be expressed; only \`fieldref\`, \`cased\` and \`neq\` combine`);
    }
    const f = build.field(field!);
    return (v, i) => {
      if (typeof v !== "string" || v === "" || /[*?]/.test(v)) return badValue("`fieldref` takes a field name without wildcards", i);
      return build.fieldEquals(f, build.field(v), cased, { pos: posOf(i), origin: { selection } });
    };
  }
  if (first === "re" || chain.some((m) => m === "re")) {
    if (first !== "re") return combo("`re` must be the first value modifier (it reads the value as written)");
    if (!needsField("re")) return undefined;
    if (cased) return combo("`cased` does not apply to `re` (use the `i` flag for case-insensitive matching)");
    const flags = { i: false, m: false, s: false };
    for (const m of chain.slice(1)) {
      const flag = REGEX_FLAG_MODIFIERS[m];
      if (flag) flags[flag] = true;
      // A regex is a search (unanchored) in the AST, so contains/startswith/endswith change nothing.
      else if (!STRING_SHAPE.has(m)) return combo(`\`${m}\` cannot follow \`re\``);
    }
    const f = build.field(field!);
    return (v, i) => {
      if (typeof v !== "string") return badValue(`\`re\` takes a regular expression string, not ${JSON.stringify(v)}`, i);
      const problem = checkRegex(v, flags);
      if (problem) return badValue(`invalid regular expression: ${problem}`, i);
      return build.regex(f, v, flags, { pos: posOf(i), origin: { selection, sigma: { modifiers: chain } } });
    };
  }
  for (const m of chain) {
    if (m in REGEX_FLAG_MODIFIERS) return combo(`regular expression flag \`${m}\` needs \`re\``);
    if (m === "exists" || m === "cidr" || m === "fieldref" || m in COMPARE_MODIFIERS || TIME_MODIFIERS.has(m)) {
      return combo(`\`${m}\` must be the only value modifier`);
    }
  }
  return stringConverter(ctx, item, chain, cased, selection, badValue, combo);
}

/** String values through the string modifiers: expand, windash, utf16*, base64*, contains/startswith/endswith. */
function stringConverter(
  ctx: RuleContext,
  item: DetectionItem,
  chain: string[],
  cased: boolean,
  selection: string,
  badValue: (msg: string, i: number | undefined) => undefined,
  combo: (msg: string) => undefined,
): ValueConverter {
  const { field } = item.key;
  const f = field === undefined ? undefined : build.field(field);
  const hasExpand = chain.includes("expand");
  return (v, i) => {
    const pos = item.valuePos(i);
    if (v === null) {
      if (chain.length > 0 || cased) return badValue("`null` (field absent) takes no modifiers", i);
      if (!f) return badValue("a keyword cannot be `null`", i);
      return build.not(build.exists(f), { pos, origin: { selection } });
    }
    if (typeof v === "object") return badValue("a value must be a string, number, boolean or null, not a mapping or list", i);
    const raw = String(v);
    // Placeholders are substituted in the text as written, so their values may hold wildcards.
    let texts: SigmaText[];
    if (hasExpand) {
      const expanded = expandPlaceholders(ctx, raw, pos);
      if (!expanded) return undefined;
      texts = expanded.map((s) => ({ parts: parseSigmaWildcards(s).parts, bytes: false }));
    } else {
      texts = [{ parts: typeof v === "string" ? parseSigmaWildcards(raw).parts : [raw], bytes: false }];
    }
    const shaped: string[] = [];
    for (const m of chain) {
      if (m === "expand") continue;
      if (m === "windash") {
        const next: SigmaText[] = [];
        for (const t of texts) {
          const w = windash(t);
          if (!w) return badValue("`windash` would give too many variants", i);
          next.push(...w);
        }
        texts = next;
      } else if (m === "wide" || m === "utf16le") texts = texts.map((t) => utf16(t, "le"));
      else if (m === "utf16be") texts = texts.map((t) => utf16(t, "be"));
      else if (m === "utf16") texts = texts.map((t) => utf16(t, "bom"));
      else if (m === "base64" || m === "base64offset") {
        if (texts.some(hasWildcard)) {
          return shaped.length > 0
            ? combo(`\`${m}\` cannot encode the wildcards \`${shaped.join("`, `")}\` added`)
            : badValue(`\`${m}\` cannot encode a value with wildcards`, i);
        }
        texts = m === "base64" ? texts.map(base64) : texts.flatMap(base64offset);
      } else if (m === "contains") {
        shaped.push(m);
        texts = texts.map((t) => wrap(t, true, true));
      } else if (m === "startswith") {
        shaped.push(m);
        texts = texts.map((t) => wrap(t, false, true));
      } else if (m === "endswith") {
        shaped.push(m);
        texts = texts.map((t) => wrap(t, true, false));
      }
    }
    if (texts.some((t) => t.bytes && t.parts.some((p) => typeof p === "string" && /[^\x00-\x7f]/.test(p)))) {
      return badValue("the UTF-16 form of this value is binary; chain `base64` or `base64offset` after the UTF-16 modifier", i);
    }
    const transformed = chain.some((m) => !STRING_SHAPE.has(m));
    const origin: Origin = transformed ? { selection, sigma: { modifiers: [...chain, ...(cased ? ["cased"] : [])], value: v } } : { selection };
    const exprs = texts.map((t) => {
      const p = pattern(t.parts);
      return f
        ? build.match(f, p, cased, { pos, origin })
        // Keywords are "contains" searches over every value of the event (documented in docs/sigma-corpus.md).
        : build.keyword(pattern([ANY, ...p.parts, ANY]), { caseSensitive: cased, scope: "values", pos, origin });
    });
    return exprs.length === 1 ? exprs[0]! : build.or(exprs, { pos, origin });
  };
}

/** Adds leading/trailing `*` unless already there (as pySigma's contains/startswith/endswith). */
function wrap(t: SigmaText, before: boolean, after: boolean): SigmaText {
  const parts: PatternPart[] = [...t.parts];
  const isStar = (p: PatternPart | undefined) => p !== undefined && isWildcard(p) && p.wildcard === "*";
  if (before && !isStar(parts[0])) parts.unshift(ANY);
  if (after && !isStar(parts[parts.length - 1])) parts.push(ANY);
  return { parts, bytes: t.bytes };
}
