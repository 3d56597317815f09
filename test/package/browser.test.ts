import { build, type Metafile } from "esbuild";
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const core = resolve(root, "src/index.ts");

/** Bundles `contents` (resolved from the project root) for the browser, the way a web app would. */
async function bundleForBrowser(contents: string, minify = true) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify,
    write: false,
    metafile: true,
    logLevel: "silent",
    // Node built-ins must not be reachable: mark them external so the bundle succeeds and we can list them.
    external: ["node:*"],
  });
  return { code: result.outputFiles[0]!.text, metafile: result.metafile };
}

/** Every `node:*` (or bare Node built-in) import in the bundle, with the file that imports it. */
function nodeImports(metafile: Metafile): string[] {
  const builtins = new Set(["fs", "path", "os", "url", "util", "stream", "readline", "child_process", "crypto", "zlib", "module", "process", "buffer", "events", "worker_threads"]);
  const found: string[] = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) {
      if (imp.path.startsWith("node:") || (imp.external && builtins.has(imp.path))) found.push(`${file} imports ${imp.path}`);
    }
  }
  return found;
}

/**
 * Node built-ins still reachable from the core, each with the fix that removes it. The test
 * fails on any import not listed here AND on a listed one that is gone (so the list only
 * shrinks). The playground replaces these with src/portable/ equivalents (same answers).
 */
const KNOWN_NODE_IMPORTS: Readonly<Record<string, string>> = {};

describe("the core entry runs in a browser", () => {
  it("src/index.ts bundles for platform: browser with no Node built-in reachable (beyond the known list)", async () => {
    const { metafile } = await bundleForBrowser(`export * from "./src/index.ts";`);
    const found = nodeImports(metafile);
    expect(found.filter((f) => !(f in KNOWN_NODE_IMPORTS)), "Node-only code belongs in src/node.ts (rulecast/node)").toEqual([]);
    expect(Object.keys(KNOWN_NODE_IMPORTS).filter((k) => !found.includes(k)), "fixed: remove from KNOWN_NODE_IMPORTS").toEqual([]);
  });

  it.skipIf(Object.keys(KNOWN_NODE_IMPORTS).length > 0)("the bundle evaluates without Node globals", async () => {
    const { code } = await bundleForBrowser(`import * as rc from "./src/index.ts"; globalThis.__rc = Object.keys(rc);`, false);
    // Run the bundle with no `process`, `require`, `Buffer` in scope, as a browser would.
    const fn = new Function("process", "require", "Buffer", "module", "globalThis", code.replace(/^export\s*\{\s*\};?\s*$/m, ""));
    const g: Record<string, unknown> = {};
    fn(undefined, undefined, undefined, undefined, new Proxy(globalThis, { set: (_t, k, v) => ((g[k as string] = v), true) }));
    expect((g.__rc as string[]).length).toBeGreaterThan(0);
  });

  it("the node entry is where the file-system loaders live", async () => {
    const { metafile } = await bundleForBrowser(`export * from "./src/node.ts";`);
    // If this ever fails, the node entry no longer needs to exist; keep the split honest.
    expect(nodeImports(metafile).length).toBeGreaterThan(0);
  });

  it("is tree-shakable: importing only the diagnostics pulls in no parser", async () => {
    const { code: small } = await bundleForBrowser(`export { RuleError, diagnostic } from "./src/index.ts";`);
    const { code: full } = await bundleForBrowser(`export * from "./src/index.ts";`);
    expect(small).not.toMatch(/chevrotain|CstParser/i);
    expect(small.length).toBeLessThan(full.length);
    expect(gzipSync(small).length).toBeLessThan(4 * 1024);
  });
});
