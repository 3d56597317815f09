import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const doc = readFileSync(join(root, "docs/getting-started.md"), "utf8");

/** The ```ts blocks of the guide that use the library (not the bundler-config fragments). */
const snippets = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => /from "rulecast(\/node)?";/.test(code));

describe("docs/getting-started.md library snippets run as written", () => {
  it("has snippets to check", () => expect(snippets.length).toBeGreaterThanOrEqual(2));

  it.each(snippets.map((code, i) => [i + 1, code] as const))("snippet %i", (i, code) => {
    // Under the project root so tsx resolves `rulecast` through tsconfig paths, as the package would.
    const dir = join(root, ".tmp/getting-started");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `snippet-${i}.mts`);
    writeFileSync(file, code);
    const r = spawnSync(join(root, "node_modules/.bin/tsx"), [file], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });
});
