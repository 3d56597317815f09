/**
 * Regenerates `src/backends/matcher/runtime-source.generated.ts` from `runtime.ts`:
 * the runtime's text as TypeScript (for generated modules) and as JavaScript (types
 * stripped, for `compileMatcher`). Run `npm run gen:matcher-runtime` after editing
 * the runtime; a test fails when the generated file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runtimeSourceFile } from "./matcher-runtime-text.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}src/backends/matcher/runtime-source.generated.ts`;
const text = runtimeSourceFile(readFileSync(`${root}src/backends/matcher/runtime.ts`, "utf8"));
writeFileSync(out, text);
process.stdout.write(`wrote ${out} (${text.length} chars)\n`);
