import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { match, field, regex } from "../../src/ast/builders.js";
import { parseSigmaWildcards } from "../../src/ast/pattern.js";
import { compileMatcher, generateMatcherModule, jsLiteral } from "../../src/backends/matcher/index.js";
import { runtimeSourceFile } from "../../scripts/matcher-runtime-text.js";
import { ruleOf } from "./helpers.js";

const hostile = [
  "*/ process.exit(1) /*",
  "\"); process.exit(1); (\"",
  "`${process.exit(1)}`",
  "line\nprocess.exit(1)",
  "line\u2028process.exit(1)",
  "</script><script>alert(1)</script>",
  "\ud800 lone surrogate",
  "\\\"); throw 1; //",
];

describe("generated code", () => {
  it("the embedded runtime is up to date with runtime.ts (npm run gen:matcher-runtime)", () => {
    const runtime = readFileSync(new URL("../../src/backends/matcher/runtime.ts", import.meta.url), "utf8");
    const generated = readFileSync(new URL("../../src/backends/matcher/runtime-source.generated.ts", import.meta.url), "utf8");
    expect(generated).toBe(runtimeSourceFile(runtime));
  });

  it("every top-level runtime name is rc-prefixed (generated rule code never uses that prefix)", () => {
    const runtime = readFileSync(new URL("../../src/backends/matcher/runtime.ts", import.meta.url), "utf8");
    const names = [...runtime.matchAll(/^(?:export )?(?:function|class|const|let|var|interface|type) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => !/^(rc|Rc)/.test(n))).toEqual([]);
  });

  it("rule text cannot inject code: values, titles and regexes stay data", () => {
    for (const text of hostile) {
      const rule = ruleOf(match(field("a"), parseSigmaWildcards(text), true), [], {
        meta: { id: text, title: text, tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} },
      });
      const m = compileMatcher(rule);
      expect(m.match({ a: text.replace(/\\([*?\\])/g, "$1") })).toBe(true);
      expect(m.title).toBe(text);
      const code = generateMatcherModule([rule]);
      // No line of the output starts with rule text, and comments stay single-line.
      for (const line of code.split(/\r?\n|\u2028|\u2029/)) expect(line.startsWith("process.exit")).toBe(false);
      expect(code).not.toContain("</script>");
    }
  });

  it("literal encoder escapes line separators and <", () => {
    expect(jsLiteral("a\u2028b</c")).toBe('"a\\u2028b\\u003c/c"');
    expect(JSON.parse(jsLiteral("a\u2028b</c"))).toBe("a\u2028b</c");
  });

  it("the TypeScript module type-checks and behaves like compileMatcher", () => {
    const rule = ruleOf(match(field("verb"), "create", false), [
      { kind: "Fillnull", value: "0", fields: null },
      { kind: "Stats", command: "stats", by: [field("user")], aggregations: [{ fn: "count", as: "count" }] },
    ]);
    const rule2 = ruleOf(regex(field("requestURI"), "(?i)^/API/"), [], {
      meta: { id: "r2", title: "Second rule", tags: [], references: [], falsepositives: [], fields: [], related: [], tests: [], custom: {} },
    });
    const code = generateMatcherModule([rule, rule2]);
    expect(code).toContain("// Rule: Test rule");
    expect(code).toContain("// id: r2");
    expect(code).toContain('new RegExp("^\\\\/API\\\\/", "iu")');
    const host = ts.createCompilerHost({ strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"] });
    const original = host.getSourceFile;
    host.getSourceFile = (name, lang) => (name === "gen.ts" ? ts.createSourceFile(name, code, lang) : original.call(host, name, lang));
    const program = ts.createProgram(["gen.ts"], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] }, host);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(errors).toEqual([]);
    // Run the TypeScript module itself (types stripped by the TS compiler) and compare.
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const mod: Record<string, any> = {};
    new Function("exports", js)(mod);
    const events = [{ verb: "create", user: "a" }, { verb: "CREATE", user: "a" }, { verb: "get", user: "b" }, { verb: "create" }];
    const viaModule = mod.rcCreateRun(mod.matchers[0]);
    for (const e of events) viaModule.push(e);
    expect(viaModule.finish()).toEqual([...compileMatcher(rule).run(events)]);
    expect(viaModule.finish()).toEqual([{ user: "0", count: 1 }, { user: "a", count: 2 }]);
    expect(mod.matchers[1].match({ requestURI: "/api/v1" })).toBe(true);
  });
});
