import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * Entries:
 * - `index`  (`rulecast`): the browser-safe core, no Node built-ins (checked by test/package/browser.test.ts);
 * - `node`   (`rulecast/node`): the core plus file-system loading and event streams;
 * - `plugin` (`rulecast/plugin`): the unplugin bundler plugin (vite, rollup, esbuild);
 * - `cli`: the `rulecast` executable (shebang kept from src/cli/main.ts).
 * Shared code lands in chunks (`splitting`), so `RuleError` is one class across entries.
 */
export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node.ts", plugin: "src/plugin/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", node: "src/node.ts", plugin: "src/plugin/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: true,
  treeshake: true,
  // Bundler APIs are the user's own; never inline them into the plugin.
  external: ["vite", "rollup", "esbuild", "unplugin"],
  // Ambient types for `import ... from "./rules/?rulecast"` (the `rulecast/client` export).
  async onSuccess() {
    copyFileSync("src/plugin/client.d.ts", "dist/client.d.ts");
  },
});
