/**
 * Sigma loading speed over the whole SigmaHQ corpus (../shared/corpus/sigmahq).
 * Prints rules per second and the ratio to a bare `yaml.parse` of the same files,
 * both measured in this process (best of a few runs after a warm-up), so the number
 * means the same on any machine. Run: `npm run bench:sigma`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";
import { loadSigmaText } from "../src/sigma/index.js";

const corpus = resolve(import.meta.dirname, "../../shared/corpus/sigmahq");
if (!existsSync(corpus)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const files = readdirSync(corpus).filter((d) => /^(rules|deprecated$|unsupported$)/.test(d)).flatMap((d) => yamlFiles(join(corpus, d)));
const texts = files.map((f) => [f, readFileSync(f, "utf8")] as const);
const RUNS = Number(process.env.RUNS ?? 3);

/**
 * Best time of each measurement over RUNS rounds. The measurements are interleaved
 * (one of each per round, after a warm-up round) so a busy machine slows all of them alike.
 */
function bestOf(fns: Record<string, () => void>): Record<string, number> {
  for (const fn of Object.values(fns)) fn(); // warm-up: JIT, and the schema validators compile on first use
  const best: Record<string, number> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [name, fn] of Object.entries(fns)) {
      const t = performance.now();
      fn();
      best[name] = Math.min(best[name] ?? Infinity, performance.now() - t);
    }
  }
  return best;
}

let rules = 0;
const times = bestOf({
  yaml: () => { for (const [, t] of texts) parseAllDocuments(t); },
  noSchema: () => { for (const [file, t] of texts) loadSigmaText(t, { file, schema: false }); },
  load: () => {
    rules = 0;
    for (const [file, t] of texts) rules += loadSigmaText(t, { file }).rules.length;
  },
});
const yamlMs = times.yaml!;
const noSchemaMs = times.noSchema!;
const loadMs = times.load!;

const line = (name: string, ms: number) => `${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms  ${(rules / (ms / 1000)).toFixed(0).padStart(7)} rules/s  ${(ms / yamlMs).toFixed(2)}x yaml`;
process.stdout.write([
  `${files.length} files, ${rules} rules (best of ${RUNS} runs)`,
  line("yaml parseAllDocuments (baseline)", yamlMs),
  line("loadSigmaText without schema", noSchemaMs),
  line("loadSigmaText (with schema)", loadMs),
  "",
].join("\n"));
