/**
 * Long hardening run (`npm run fuzz`): the property tests of test/hardening with many
 * more cases (FUZZ_RUNS, default 20,000 per property) and the streaming run over a 1 GB
 * generated file (RULECAST_BIG_MB, default 1024). Prints the measured numbers that
 * docs/security.md quotes. Usage: `npm run fuzz [-- <runs> [<MB>]]`; FUZZ_SEED fixes the seed.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? "20000";
const mb = process.argv[3] ?? process.env.RULECAST_BIG_MB ?? "1024";
const started = Date.now();
process.stdout.write(`rulecast fuzz: ${runs} cases per property, ${mb} MB streaming run\n`);
const result = spawnSync("npx", ["vitest", "run", "test/hardening", "--reporter=verbose"], {
  cwd: root,
  env: { ...process.env, FUZZ_RUNS: runs, RULECAST_BIG_MB: mb },
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
const out = (result.stdout ?? "") + (result.stderr ?? "");
for (const line of out.split("\n")) {
  if (/\[resource-bounds\]|Tests |Test Files|✓|×|FAIL|Counterexample|seed/.test(line)) process.stdout.write((line.length > 240 ? line.slice(0, 237) + "..." : line) + "\n");
}
process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${result.status}\n`);
process.exitCode = result.status ?? 1;
