/**
 * Normalized-Sigma emission and Splunk -> Sigma conversion speed, each as a ratio to a
 * baseline measured in this process on the same inputs (so the numbers mean the same on
 * any machine): `toSigma` over the loaded SigmaHQ corpus vs `yaml.stringify` of the same
 * rules' source documents; `toSigma` over security_content detections vs loading them.
 * Run: `npm run bench:sigma-emit`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, stringify } from "yaml";
import type { Rule } from "../src/ast/rule.js";
import { toSigma } from "../src/backends/sigma/index.js";
import { toSpl } from "../src/backends/spl/index.js";
import { loadSigmaText } from "../src/sigma/index.js";
import { loadSplunkDetectionText } from "../src/spl/index.js";
import { loadMacroFiles } from "../src/spl/macros/load-files.js";
import { yamlFiles } from "../test/yaml-files.js";

const shared = resolve(import.meta.dirname, "../../shared");
const sigmaDir = join(shared, "corpus/sigmahq/rules");
const splunkDir = join(shared, "corpus/splunk/security_content");
if (!existsSync(sigmaDir) || !existsSync(splunkDir)) {
  process.stdout.write(`skipped: ${shared}/corpus is absent\n`);
  process.exit(0);
}

const RUNS = Number(process.env.RUNS ?? 3);
function best(fn: () => void): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
const safely = (f: () => unknown) => {
  try {
    f();
  } catch {
    // rules a backend refuses still cost their attempt
  }
};

// Sigma: emit vs plain YAML stringify of the source documents.
const texts = yamlFiles(sigmaDir).map((f) => readFileSync(f, "utf8"));
const rules: Rule[] = texts.flatMap((t) => loadSigmaText(t).rules);
const docs = texts.map((t) => parse(t) as unknown);
const emitMs = best(() => rules.forEach((r) => safely(() => toSigma(r))));
const splMs = best(() => rules.forEach((r) => safely(() => toSpl(r))));
const yamlMs = best(() => docs.forEach((d) => stringify(d)));

// Splunk: convert vs load.
const { macros } = await loadMacroFiles([join(splunkDir, "macros")]);
const detections = yamlFiles(join(splunkDir, "detections")).map((f) => readFileSync(f, "utf8"));
const loaded: Rule[] = detections.flatMap((t) => loadSplunkDetectionText(t, { macros }).rules);
const loadMs = best(() => detections.forEach((t) => loadSplunkDetectionText(t, { macros })));
const convertMs = best(() => loaded.forEach((r) => safely(() => toSigma(r))));

const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000)}/s`;
process.stdout.write([
  `toSigma (SigmaHQ rules/, ${rules.length} rules): ${emitMs.toFixed(0)} ms, ${rate(rules.length, emitMs)}; ${(emitMs / yamlMs).toFixed(2)}x the time of yaml.stringify on the same documents (${yamlMs.toFixed(0)} ms)`,
  `toSpl   (SigmaHQ rules/, ${rules.length} rules): ${splMs.toFixed(0)} ms, ${rate(rules.length, splMs)}; ${(splMs / yamlMs).toFixed(2)}x yaml.stringify`,
  `Splunk -> Sigma (${loaded.length} detections): ${convertMs.toFixed(0)} ms, ${rate(loaded.length, convertMs)}; ${(convertMs / loadMs).toFixed(2)}x the time of loading them (${loadMs.toFixed(0)} ms)`,
].join("\n") + "\n");
