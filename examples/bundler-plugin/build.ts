/**
 * Example: compile a rule folder at build time with the bundler plugin, with each of
 * Vite, Rollup and esbuild, then run the built bundles over sample events.
 *
 *   npm run example:bundler-plugin
 *
 * In your own project the plugin goes into the bundler's config file:
 *   vite.config.ts      plugins: [rulecast.vite({ macros: "rules/macros" })]
 *   rollup.config.js    plugins: [rulecast.rollup()]
 *   esbuild (JS API)    plugins: [rulecast.esbuild()]
 * with `import rulecast from "rulecast/plugin"`. A rule with an error fails the build
 * and the bundler shows it at the rule's file, line and column.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import rulecast from "rulecast/plugin";

export type Bundler = "vite" | "rollup" | "esbuild";
export const BUNDLERS: readonly Bundler[] = ["vite", "rollup", "esbuild"];

const here = import.meta.dirname;

/** Builds `entry` (default: this example's app.js) into `outDir/app.js` with one bundler. */
export async function buildWith(bundler: Bundler, outDir: string, entry = join(here, "app.js")): Promise<string> {
  const outFile = join(outDir, "app.js");
  if (bundler === "esbuild") {
    const { build } = await import("esbuild");
    await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "neutral", outfile: outFile, logLevel: "silent", plugins: [rulecast.esbuild()] });
  } else if (bundler === "rollup") {
    const { rollup } = await import("rollup");
    const bundle = await rollup({ input: entry, plugins: [rulecast.rollup()], onwarn: () => {} });
    await bundle.write({ file: outFile, format: "es" });
    await bundle.close();
  } else {
    const { build } = await import("vite");
    await build({
      configFile: false,
      logLevel: "silent",
      plugins: [rulecast.vite()],
      build: { outDir, emptyOutDir: true, minify: false, lib: { entry, formats: ["es"], fileName: () => "app.js" } },
    });
  }
  return outFile;
}

/** Runs a built bundle's `detect` over an NDJSON file. */
export async function runBundle(bundle: string, eventsFile = join(here, "events.jsonl")) {
  const events = readFileSync(eventsFile, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
  const mod = (await import(pathToFileURL(bundle).href + `?t=${Date.now()}`)) as { detect(e: unknown[]): { event: number; rule: string }[]; ruleCount: number };
  return { ruleCount: mod.ruleCount, hits: mod.detect(events) };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const bundler of BUNDLERS) {
    const bundle = await buildWith(bundler, resolve(".tmp/examples/bundler-plugin", bundler));
    const { ruleCount, hits } = await runBundle(bundle);
    console.log(`${bundler}: ${bundle} (${ruleCount} rules compiled in)`);
    for (const h of hits) console.log(`  event ${h.event + 1}: ${h.rule}`);
  }
}
