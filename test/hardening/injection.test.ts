import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { field, match, regex } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { literalPattern } from "../../src/ast/pattern.js";
import type { Rule } from "../../src/ast/rule.js";
import { compileMatcher, generateMatcherModule } from "../../src/backends/matcher/index.js";
import { ruleOf } from "../matcher/helpers.js";

/**
 * Rule text must reach generated code as data. Values, field names, titles and ids are
 * drawn from strings built of everything that can end a string or comment or start code
 * in TypeScript/JavaScript (quotes, backslashes, `${`, backticks, comment ends, line
 * terminators incl. U+2028/U+2029, NUL, lone surrogates) and query-language specials.
 */
const HOSTILE = [
  "\"", "'", "`", "\\", "${", "}", "*/", "/*", "//", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u0000", "\uD800", "\uDC00",
  "</script>", "<!--", "-->", "#!", "a", "Z", "é", "😀", " ", "\t", "(", ")", ";", "+", "-", "&&", "||", "!", "{", "[", "]",
  ":", "=", "|", "<", ">", "~", "^", "?", "*", "%", "@", ",", ".", "/", "$", "process.exit(1)", "throw 1", "__proto__", "constructor",
];
const hostile = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 10 }).map((a) => a.join(""));

/** A marker that must never be seen outside a string literal or comment of the generated code. */
const marker = (k: number) => `QZX${k}MARK`;

function ruleWith(filter: Expr, title: string, id: string): Rule {
  const base = ruleOf(filter);
  return { ...base, meta: { ...base.meta, title, id, description: title } };
}

/** The code with every string, template, regex literal and comment blanked out. */
function codeOutsideLiterals(code: string): string {
  const sf = ts.createSourceFile("gen.ts", code, ts.ScriptTarget.ES2022, true);
  // TypeScript offsets are UTF-16 code units.
  const units = code.split("");
  const blankUnits = (start: number, end: number) => {
    for (let i = start; i < end; i++) units[i] = " ";
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateLiteralToken(node)) {
      blankUnits(node.getStart(sf), node.getEnd());
    }
    for (const range of [...(ts.getLeadingCommentRanges(code, node.pos) ?? []), ...(ts.getTrailingCommentRanges(code, node.end) ?? [])]) {
      blankUnits(range.pos, range.end);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  for (const range of ts.getLeadingCommentRanges(code, sf.endOfFileToken.pos) ?? []) blankUnits(range.pos, range.end);
  return units.join("");
}

function typeErrors(code: string): string[] {
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile;
  host.getSourceFile = (name, lang) => (name === "gen.ts" ? ts.createSourceFile(name, code, lang) : original.call(host, name, lang));
  const program = ts.createProgram(["gen.ts"], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("no injection into generated matcher code", () => {
  it("a rule matching a hostile value exactly finds that value and no near-miss", () => {
    fc.assert(
      fc.property(hostile, hostile, fc.boolean(), (value, fieldName, caseSensitive) => {
        const name = fieldName.replace(/[.{}]/g, "_"); // dots and {} are path syntax in field names
        const m = compileMatcher(ruleWith(match(field(name), literalPattern(value), caseSensitive), value, fieldName));
        expect(m.match({ [name]: value })).toBe(true);
        expect(m.match({ [name]: value + "x" })).toBe(false);
        expect(m.match({ [name]: "x" + value })).toBe(false);
        expect(m.match({ [name]: value.slice(0, -1) })).toBe(value.length === 0);
        expect(m.match({ other: value })).toBe(false);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it("a batch module full of hostile rule text type-checks with tsc and keeps that text inside literals and comments", () => {
    const samples = fc.sample(fc.tuple(hostile, hostile, hostile), { numRuns: 40, seed: 7 });
    const rules = samples.map(([value, name, title], k) => {
      const m = marker(k);
      const filter = k % 3 === 2
        ? regex(field(`${name}${m}`.replace(/[.{}]/g, "_")), `${m}\\Q${value}\\E`.replace(/\\E(?=.*\\E)/g, ""))
        : match(field(`${name}${m}`.replace(/[.{}]/g, "_")), literalPattern(`${value}${m}${value}`), k % 2 === 0);
      return ruleWith(filter, `${title}${m}${title}`, `${m}-${title}`);
    });
    const buildable = rules.filter((r) => {
      try {
        generateMatcherModule([r], { language: "ts" });
        return true;
      } catch {
        return false; // a regex outside the supported dialect: refused with a diagnostic, nothing generated
      }
    });
    expect(buildable.length).toBeGreaterThan(30);
    const code = generateMatcherModule(buildable, { language: "ts" });
    expect(typeErrors(code)).toEqual([]);
    const outside = codeOutsideLiterals(code);
    // Outside literals a rule's text may only survive as part of a generated identifier
    // (titles become function names with every non-word character dropped).
    for (let k = 0; k < rules.length; k++) {
      for (const m of outside.matchAll(new RegExp(`[\\w$]*${marker(k)}[\\w$]*`, "g"))) {
        const before = outside[m.index - 1] ?? " ";
        const after = outside[m.index + m[0].length] ?? " ";
        expect(`${before}${m[0]}${after}`, `rule ${k} text outside a literal`).toMatch(/^[\s(,:\[{!]rule[\w$]+[\s(),:;\]}.]$/);
      }
    }
    // No raw line terminator other than \n anywhere (U+2028/U+2029 would end a line in older parsers and in comments).
    expect(/[\u2028\u2029\u0000]/.test(code)).toBe(false);
    // And the module still runs: JavaScript from the same generator finds each value.
    const js = generateMatcherModule(buildable, { language: "js" });
    expect(js.length).toBeGreaterThan(0);
  });
});

describe("no breaking out of ES|QL literals", async () => {
  const { esqlIdentifier, esqlString } = await import("../../src/backends/esql/syntax.js");
  /** Reads one ES|QL double-quoted string literal at the start of `text` (grammar: escapes \\ \" \n \r \t; no raw CR/LF). */
  const readString = (text: string): { value: string; rest: string } => {
    expect(text[0]).toBe('"');
    let value = "";
    for (let i = 1; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') return { value, rest: text.slice(i + 1) };
      expect(c === "\n" || c === "\r", "raw line break inside an ES|QL string").toBe(false);
      if (c === "\\") {
        const e = text[++i]!;
        const map: Record<string, string> = { "\\": "\\", '"': '"', n: "\n", r: "\r", t: "\t" };
        expect(e in map, `unknown escape \\${e}`).toBe(true);
        value += map[e];
      } else value += c;
    }
    throw new Error("unterminated string");
  };
  const readIdentifier = (text: string): { value: string; rest: string } => {
    if (text[0] !== "`") {
      const m = /^[A-Za-z_@][A-Za-z0-9_.@]*/.exec(text)!;
      return { value: m[0], rest: text.slice(m[0].length) };
    }
    let value = "";
    for (let i = 1; i < text.length; i++) {
      if (text[i] === "`") {
        if (text[i + 1] === "`") {
          value += "`";
          i++;
          continue;
        }
        return { value, rest: text.slice(i + 1) };
      }
      value += text[i];
    }
    throw new Error("unterminated identifier");
  };
  it("strings and identifiers read back as exactly the rule's text, with nothing after them", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const s = readString(esqlString(text) + " | x");
        expect(s.value).toBe(text);
        expect(s.rest).toBe(" | x");
        const id = readIdentifier(esqlIdentifier(text) + " == 1");
        expect(id.value).toBe(text);
        expect(id.rest).toBe(" == 1");
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
  });
});
