/**
 * Example: generate matcher code from a rule folder in a plain build script (no bundler
 * plugin). The output is a readable, typed TypeScript module with no runtime dependency:
 * commit it, or generate it before `tsc`.
 *
 *   npm run example:build-script -- [rules-dir] [out-file] [macros-dir]
 *
 * Defaults: examples/bundler-plugin/rules -> .tmp/examples/generated/matchers.ts, then
 * imports the generated module and runs it over examples/bundler-plugin/events.jsonl.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatDiagnostic, generateMatcherModule, hasErrors } from "rulecast";
import { loadRules } from "rulecast/node";

const [rulesDir = "examples/bundler-plugin/rules", outFile = ".tmp/examples/generated/matchers.ts", macros] = process.argv.slice(2);

const loaded = await loadRules(rulesDir, { macros });
// Info notes (e.g. `spl/translation`) are for `rulecast validate`; show problems only.
for (const d of loaded.diagnostics) if (d.severity !== "info") console.error(formatDiagnostic(d));
if (hasErrors(loaded.diagnostics)) process.exit(1);

// Throws a RuleError (with every diagnostic) when a rule cannot be compiled; use
// buildMatcherModule to get a module of the others plus the diagnostics instead.
const code = generateMatcherModule(loaded.rules, { rules: loaded.rules });
await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, code);
console.log(`wrote ${outFile}: ${loaded.rules.length} rules, ${code.split("\n").length} lines`);

// Use it like any module (tsx runs the TypeScript directly here; a build would compile it).
const { matchers } = (await import(pathToFileURL(resolve(outFile)).href)) as { matchers: readonly { title: string; match(e: unknown): boolean }[] };
const events = (await readFile("examples/bundler-plugin/events.jsonl", "utf8")).split("\n").filter(Boolean).map((l) => JSON.parse(l));
for (const [i, e] of events.entries()) for (const m of matchers) if (m.match(e)) console.log(`event ${i + 1}: ${m.title}`);
