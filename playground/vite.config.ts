import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * The playground: a static page running the rulecast core in the browser.
 * `npm run playground:build` writes docs/playground/ (relative URLs, so it can be served
 * from any folder, e.g. GitHub Pages); `npm run playground` serves it locally.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../docs/playground", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2048,
  },
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  resolve: {
    // Node built-ins still reached from the core, replaced by browser-safe equivalents that
    // give the same answers (test/playground/shims.test.ts). test/package/browser.test.ts
    // lists what still needs fixing in the core itself.
    alias: [
      { find: /^node:net$/, replacement: fileURLToPath(new URL("../src/portable/ip.ts", import.meta.url)) },
      { find: /^\.\/uuid\.js$/, replacement: fileURLToPath(new URL("./src/shims/uuid.ts", import.meta.url)) },
    ],
  },
});
