/**
 * SPL front-end speed over the whole security_content corpus (../shared/corpus/splunk):
 * searches per second with macros expanded (lex + parse + translate), next to two
 * baselines measured in the same process: `JSON.parse` of detections.jsonl (the cost of
 * merely reading the corpus) and lexing alone. Best of a few runs after a warm-up, so the
 * ratios mean the same on any machine. Run: `npm run bench:spl` (target: corpus < 1 s).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadMacroFiles, readSearch, SplParser } from "../src/spl/index.js";
import { tokenize } from "../src/spl/syntax/lexer.js";

const corpus = resolve(import.meta.dirname, "../../shared/corpus/splunk");
if (!existsSync(`${corpus}/detections.jsonl`)) {
  process.stdout.write(`skipped: ${corpus} is absent\n`);
  process.exit(0);
}

const jsonl = readFileSync(`${corpus}/detections.jsonl`, "utf8");
const searches = jsonl.trim().split("\n").map((l) => (JSON.parse(l) as { search: string }).search);
const { macros } = await loadMacroFiles([`${corpus}/security_content/macros`]);
const RUNS = Number(process.env.RUNS ?? 5);

/** Best CPU time of RUNS runs after one warm-up (CPU time: the machine may be shared). */
function best(fn: () => void): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

const expanded = searches.map((s) => readSearch(s, { macros }).expandedText);
const parser = new SplParser();
const jsonMs = best(() => { for (const l of jsonl.split("\n")) if (l) JSON.parse(l); });
const lexMs = best(() => { for (const s of expanded) tokenize(s); });
const parseMs = best(() => { for (const s of expanded) parser.parsePipeline(s); });
const fullMs = best(() => { for (const s of searches) readSearch(s, { macros }); });

const line = (name: string, ms: number) =>
  `${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(searches.length / (ms / 1000)).toFixed(0).padStart(7)} searches/s  ${(ms / jsonMs).toFixed(1).padStart(6)}x JSON.parse  ${(ms / lexMs).toFixed(2).padStart(6)}x lexing`;
process.stdout.write([
  `${searches.length} security_content searches, ${macros.size} macros (best CPU time of ${RUNS} runs)`,
  line("JSON.parse of detections.jsonl (baseline)", jsonMs),
  line("lexing only (baseline)", lexMs),
  line("lex + parse (expanded text)", parseMs),
  line("expand macros + parse + translate", fullMs),
  `whole corpus ${fullMs < 1000 ? "under" : "OVER"} the 1 s target`,
  "",
].join("\n"));
