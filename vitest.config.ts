import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests and examples import the package by name, as users do; these point it at the sources.
  resolve: {
    alias: [
      { find: /^rulecast$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      { find: /^rulecast\/node$/, replacement: fileURLToPath(new URL("./src/node.ts", import.meta.url)) },
      { find: /^rulecast\/plugin$/, replacement: fileURLToPath(new URL("./src/plugin/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
