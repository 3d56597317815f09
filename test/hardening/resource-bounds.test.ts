import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { once } from "node:events";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Streaming `rulecast run` over big generated NDJSON files (written to a temp dir, deleted
 * after): memory stays flat for filter rules, and pipelines/correlations stop at their state
 * limit with `run/state-limit`. Sizes: RULECAST_BIG_MB (default 120; `npm run fuzz` uses 1024).
 * Peak RSS is read from /proc (Linux); elsewhere the memory assertions are skipped.
 */
const projectRoot = resolve(import.meta.dirname, "../..");
const BIG_MB = Number(process.env.RULECAST_BIG_MB ?? 120);
const SMALL_MB = Math.max(10, Math.round(BIG_MB / 6));
const hasProc = existsSync("/proc/self/status");
const work = mkdtempSync(join(tmpdir(), "rulecast-bounds-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes ~`mb` MB of audit-like events; one in 1,000 has verb `create`. */
async function writeEvents(path: string, mb: number): Promise<number> {
  const out = createWriteStream(path);
  const filler = "x".repeat(700);
  let bytes = 0;
  let n = 0;
  const target = mb * 1024 * 1024;
  while (bytes < target) {
    let chunk = "";
    for (let k = 0; k < 1000; k++, n++) {
      chunk += JSON.stringify({ verb: n % 1000 === 7 ? "create" : "get", user: { username: `u${n % 5000}` }, n, pad: filler }) + "\n";
    }
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return n;
}

interface RunResult {
  code: number | null;
  stdoutLines: number;
  stderr: string;
  peakRssMb: number | undefined;
  seconds: number;
}

/** Runs the CLI, counting output lines (not keeping them) and sampling the child's peak RSS. */
async function runCli(args: string[]): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src/cli/main.ts"), ...args], { cwd: projectRoot });
  let stdoutLines = 0;
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => {
    for (const byte of b) if (byte === 10) stdoutLines++;
  });
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
  let peak: number | undefined;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
      if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
    } catch {
      /* exited */
    }
  };
  const timer = hasProc ? setInterval(sample, 50) : undefined;
  const [code] = (await once(child, "exit")) as [number | null];
  if (timer) clearInterval(timer);
  return { code, stdoutLines, stderr, peakRssMb: peak, seconds: (performance.now() - started) / 1000 };
}

const filterRule = `title: Create verbs
id: 6f708192-a3b4-45c6-d7e8-f90112233445
status: test
logsource:
  product: kubernetes
  service: audit
detection:
  selection:
    verb: create
  condition: selection
`;

describe("resource bounds of streaming `rulecast run`", () => {
  const rulePath = join(work, "create.yml");
  writeFileSync(rulePath, filterRule);

  it(`a filter rule keeps memory flat from ${SMALL_MB} MB to ${BIG_MB} MB of events`, async () => {
    const small = join(work, "small.jsonl");
    const big = join(work, "big.jsonl");
    const smallEvents = await writeEvents(small, SMALL_MB);
    const bigEvents = await writeEvents(big, BIG_MB);
    const a = await runCli(["run", rulePath, "--events", small]);
    rmSync(small);
    const b = await runCli(["run", rulePath, "--events", big]);
    rmSync(big);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdoutLines).toBe(Math.floor((smallEvents - 8) / 1000) + 1);
    expect(b.stdoutLines).toBe(Math.floor((bigEvents - 8) / 1000) + 1);
    process.stdout.write(`[resource-bounds] filter: ${SMALL_MB} MB peak RSS ${a.peakRssMb?.toFixed(0)} MB (${a.seconds.toFixed(1)} s); ${BIG_MB} MB (${bigEvents} events) peak RSS ${b.peakRssMb?.toFixed(0)} MB (${b.seconds.toFixed(1)} s, ${(BIG_MB / b.seconds).toFixed(1)} MB/s)\n`);
    if (hasProc) {
      // Flat: 6x the input must not grow the peak by more than a small constant.
      expect(b.peakRssMb!).toBeLessThan(a.peakRssMb! + 64);
      expect(b.peakRssMb!).toBeLessThan(400);
    }
  });

  it("a line longer than the limit (70 MB, no newline inside) is reported and skipped; the next lines still run", async () => {
    const events = join(work, "long-line.jsonl");
    const out = createWriteStream(events);
    out.write(JSON.stringify({ verb: "create", n: 1 }) + "\n");
    const block = "x".repeat(1024 * 1024);
    for (let k = 0; k < 70; k++) if (!out.write(block)) await once(out, "drain");
    out.write("\n" + JSON.stringify({ verb: "create", n: 3 }) + "\n");
    out.end();
    await once(out, "finish");
    const r = await runCli(["run", rulePath, "--events", events]);
    rmSync(events);
    expect(r.code).toBe(0);
    expect(r.stdoutLines).toBe(2);
    expect(r.stderr).toMatch(/long-line\.jsonl:2:1: warning\[run\/invalid-event\]: line longer than \d+ characters/);
    process.stdout.write(`[resource-bounds] 70 MB line: skipped, peak RSS ${r.peakRssMb?.toFixed(0)} MB (${r.seconds.toFixed(1)} s)\n`);
    if (hasProc) expect(r.peakRssMb!).toBeLessThan(400);
  });

  it("readLineBatches keeps lines up to the limit, skips longer ones, and handles CRLF split across chunks", async () => {
    const { readLineBatches } = await import("../../src/run/lines.js");
    const { Readable } = await import("node:stream");
    const chunks = ["ab", "c\r", "\n", "0123456789", "0123456789\nok\r\n", "tail"];
    const lines = [];
    for await (const batch of readLineBatches(Readable.from(chunks), 12)) lines.push(...batch);
    expect(lines).toEqual([
      { line: 1, text: "abc" },
      { line: 2, text: "", skipped: "line longer than 12 characters (20); skipped" },
      { line: 3, text: "ok" },
      { line: 4, text: "tail" },
    ]);
  });

  it("a pipeline stops at its state limit with run/state-limit, the filter rule in the same run goes on", async () => {
    const events = join(work, "pipeline.jsonl");
    const n = await writeEvents(events, SMALL_MB);
    const pipelineRule = join(work, "pipeline.spl");
    // Every event is selected and held for `stats`: the limit must stop it.
    writeFileSync(pipelineRule, "user.username=* | stats count by user.username\n");
    const r = await runCli(["run", pipelineRule, rulePath, "--events", events, "--state-limit", "5000"]);
    rmSync(events);
    expect(r.stderr).toMatch(/error\[run\/state-limit\]/);
    // The filter rule still reports all its hits.
    expect(r.stdoutLines).toBeGreaterThanOrEqual(Math.floor((n - 8) / 1000) + 1);
    process.stdout.write(`[resource-bounds] pipeline with --state-limit 5000 over ${SMALL_MB} MB: peak RSS ${r.peakRssMb?.toFixed(0)} MB, exit ${r.code}\n`);
    if (hasProc) expect(r.peakRssMb!).toBeLessThan(400);
  });
});
