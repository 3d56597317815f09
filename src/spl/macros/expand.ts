import { diagnostic, type Diagnostic } from "../../diagnostics/index.js";
import type { SourcePos } from "../../ast/position.js";
import { findMacro, macroKey, type MacroTable } from "./table.js";

/** Maximum nesting of macro expansions before `spl/macro-recursion`. */
export const MACRO_DEPTH_LIMIT = 32;

/**
 * A run of the expanded text and where it came from. Text copied from the search maps
 * character by character (`direct`); text a macro produced maps to the whole macro call
 * in the search (`srcStart`..`srcEnd`), with the macro names, outermost first.
 */
interface Segment {
  readonly outStart: number;
  readonly srcStart: number;
  readonly srcEnd: number;
  readonly direct: boolean;
  readonly macros: readonly string[];
}

/** The search after macro expansion, with a map back to the text as written. */
export class ExpandedSearch {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    /** Every macro expanded (names, each once, in first-use order). */
    readonly macrosUsed: readonly string[],
  ) {}

  private segmentAt(offset: number): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found: Segment | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.outStart <= offset) {
        found = segs[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Offset in the written search of an expanded-text offset (macro text maps to its call). */
  sourceOffset(offset: number): number {
    const seg = this.segmentAt(offset);
    if (!seg) return offset;
    return seg.direct ? seg.srcStart + (offset - seg.outStart) : seg.srcStart;
  }

  /** Macro names (outermost first) that produced the text at this expanded offset. */
  macrosAt(offset: number): readonly string[] {
    return this.segmentAt(offset)?.macros ?? [];
  }
}

export interface ExpandOptions {
  macros: MacroTable;
  /** Maps an offset of the written search to a file position, for diagnostics. */
  posAt: (offset: number) => SourcePos;
  file?: string;
}

const SPECIAL = /[`"\\]/g;

/** A macro call found in text: `` `name` `` or `` `name(a, b)` ``. */
interface MacroCall {
  readonly name: string;
  readonly args: string[];
}

function parseMacroCall(inner: string): MacroCall | undefined {
  const m = /^\s*([\w:.-]+)\s*(?:\(([\s\S]*)\))?\s*$/.exec(inner);
  if (!m) return undefined;
  const args = m[2] === undefined ? [] : splitMacroArguments(m[2]);
  return { name: m[1]!, args };
}

/**
 * Splits a macro's argument text on top-level commas (not inside quotes or parentheses).
 * Surrounding whitespace and one pair of enclosing double quotes are removed, as Splunk does.
 */
export function splitMacroArguments(text: string): string[] {
  if (text.trim() === "") return [];
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((a) => {
    const t = a.trim();
    return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
  });
}

/** Where a span of text being expanded sits in the written search. */
interface Anchor {
  /** Set for macro output: every character maps to the outermost call. */
  readonly call?: { readonly start: number; readonly end: number };
  /** For written text: offset of the text's first character in the search. */
  readonly base: number;
  readonly macros: readonly string[];
}

/**
 * Expands every macro call in an SPL search, recursively, the way Splunk does before
 * parsing: `$arg$` is replaced by the argument text. Comments (```` ``` ````) and
 * double-quoted strings are left alone. Unknown macros named `*_filter` expand to
 * `search *` (security_content's generated empty filters); other unknown macros stay in
 * the text (the parser sees a macro reference) and give `spl/unknown-macro`.
 */
export function expandMacros(search: string, options: ExpandOptions): { expanded: ExpandedSearch; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const segments: Segment[] = [];
  const used: string[] = [];
  let out = "";

  const emit = (text: string, srcOffset: number, anchor: Anchor) => {
    if (text === "") return;
    const last = segments[segments.length - 1];
    const seg: Segment = anchor.call
      ? { outStart: out.length, srcStart: anchor.call.start, srcEnd: anchor.call.end, direct: false, macros: anchor.macros }
      : { outStart: out.length, srcStart: srcOffset, srcEnd: srcOffset + text.length, direct: true, macros: anchor.macros };
    const mergeable = last && last.direct === seg.direct && last.macros === seg.macros && (
      seg.direct ? last.srcEnd === seg.srcStart && out.length - last.outStart === last.srcEnd - last.srcStart : last.srcStart === seg.srcStart
    );
    if (mergeable) segments[segments.length - 1] = { ...last, srcEnd: seg.srcEnd };
    else segments.push(seg);
    out += text;
  };

  const report = (code: "spl/unknown-macro" | "spl/macro-arguments" | "spl/macro-recursion", message: string, srcOffset: number) => {
    diagnostics.push(diagnostic(code, message, { file: options.file, pos: options.posAt(srcOffset) }));
  };

  const expand = (text: string, anchor: Anchor, stack: readonly string[]): void => {
    let i = 0;
    let copyFrom = 0;
    const srcOf = (at: number) => anchor.base + at;
    const flush = (to: number) => {
      emit(text.slice(copyFrom, to), srcOf(copyFrom), anchor);
      copyFrom = to;
    };
    while (i < text.length) {
      // Jump to the next character that matters (backtick, quote, backslash).
      SPECIAL.lastIndex = i;
      if (!SPECIAL.test(text)) break;
      i = SPECIAL.lastIndex - 1;
      const ch = text[i];
      if (ch === "`" && text.startsWith("```", i)) {
        const close = text.indexOf("```", i + 3);
        i = close < 0 ? text.length : close + 3;
        continue;
      }
      if (ch === "\\") {
        i += 2;
        continue;
      }
      if (ch === '"') {
        i++;
        while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
        i++;
        continue;
      }
      if (ch !== "`") {
        i++;
        continue;
      }
      const close = text.indexOf("`", i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      const call = parseMacroCall(text.slice(i + 1, close));
      if (!call) {
        i = close + 1;
        continue;
      }
      // Inside macro text, every position is the outermost call's.
      const callStart = anchor.call ? anchor.call.start : srcOf(i);
      const callEnd = anchor.call ? anchor.call.end : srcOf(close + 1);
      const def = findMacro(options.macros, call.name, call.args.length);
      if (!def) {
        if (/_filter$/.test(call.name) && call.args.length === 0) {
          flush(i);
          const callAnchor: Anchor = { call: anchor.call ?? { start: callStart, end: callEnd }, base: 0, macros: [...anchor.macros, call.name] };
          // The empty filter: `search *` as a command, `*` where a search expression is expected (`| search `x_filter``).
          emit(/\bsearch\s*$/.test(out) ? "*" : "search *", 0, callAnchor);
          copyFrom = close + 1;
        } else {
          const other = [0, 1, 2, 3, 4, 5].filter((n) => n !== call.args.length && options.macros.has(macroKey(call.name, n)));
          if (other.length > 0) {
            report("spl/macro-arguments", `macro \`${call.name}\` is called with ${call.args.length} argument(s); its definitions take ${other.join(" or ")}`, callStart);
          } else {
            report("spl/unknown-macro", `unknown macro \`${macroKey(call.name, call.args.length)}\` (no definition loaded; pass --macros)`, callStart);
          }
        }
        i = close + 1;
        continue;
      }
      flush(i);
      copyFrom = close + 1;
      i = close + 1;
      if (stack.length >= MACRO_DEPTH_LIMIT || stack.includes(macroKey(call.name, call.args.length))) {
        report("spl/macro-recursion", `macro \`${call.name}\` expands to itself (${[...stack, macroKey(call.name, call.args.length)].join(" -> ")})`, callStart);
        continue;
      }
      if (!used.includes(call.name)) used.push(call.name);
      let body = def.definition;
      def.args.forEach((argName, k) => {
        body = body.split(`$${argName}$`).join(call.args[k]!);
      });
      const callAnchor: Anchor = { call: anchor.call ?? { start: callStart, end: callEnd }, base: 0, macros: Object.freeze([...anchor.macros, call.name]) };
      expand(body, callAnchor, [...stack, macroKey(call.name, call.args.length)]);
    }
    flush(text.length);
  };

  expand(search, { base: 0, macros: Object.freeze([]) }, []);
  return { expanded: new ExpandedSearch(out, segments, used), diagnostics };
}
