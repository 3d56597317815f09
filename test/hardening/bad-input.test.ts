import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRules } from "../../src/api/load-files.js";
import { decodeRuleFile, firstInvalidUtf8 } from "../../src/api/decode-text.js";

const projectRoot = resolve(import.meta.dirname, "../..");
const badDir = join(projectRoot, "test/fixtures/bad");

interface ExpectedRow {
  file: string;
  code: string;
  severity: string;
  line: number | undefined;
  column: number | undefined;
  rules: number;
}

/** The table in EXPECTED.md is the one source of what each fixture must give. */
function expectedRows(): ExpectedRow[] {
  const rows: ExpectedRow[] = [];
  for (const line of readFileSync(join(badDir, "EXPECTED.md"), "utf8").split("\n")) {
    if (!line.startsWith("| ") || line.startsWith("| file") ) continue;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const num = (s: string) => (s === "-" ? undefined : Number(s));
    rows.push({ file: cells[0]!, code: cells[1]!, severity: cells[2]!, line: num(cells[3]!), column: num(cells[4]!), rules: Number(cells[5]) });
  }
  return rows;
}

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(projectRoot, "src/cli/main.ts"), ...args], {
    cwd: projectRoot, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bad input corpus: every bad file reported, nothing lost", async () => {
  const rows = expectedRows();
  const batch = await loadRules(badDir);

  it("the table covers every fixture file", () => {
    const files = readdirSync(badDir).filter((f) => /\.(ya?ml|spl)$/.test(f)).sort();
    expect(rows.map((r) => r.file).sort()).toEqual(files);
  });

  it.each(rows.map((r) => [r.file, r] as const))("%s", (file, row) => {
    const loaded = batch.files.find((f) => f.file.endsWith("/" + file));
    expect(loaded, `${file} was not read`).toBeDefined();
    expect(loaded!.rules).toHaveLength(row.rules);
    // Batch-level diagnostics (cross-rule references) carry the file too.
    const mine = batch.diagnostics.filter((d) => d.file === loaded!.file);
    if (row.code === "ok") {
      expect(mine.filter((d) => d.severity === "error")).toEqual([]);
      return;
    }
    expect(mine.map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column }))).toContainEqual({
      code: row.code, severity: row.severity, line: row.line, column: row.column,
    });
  });

  it("every diagnostic has a file, line and column", () => {
    for (const d of batch.diagnostics) {
      expect(d.file, d.message).toBeDefined();
      expect(d.line, `${d.code}: ${d.message}`).toBeGreaterThanOrEqual(1);
      expect(d.column, `${d.code}: ${d.message}`).toBeGreaterThanOrEqual(1);
    }
  });

  it("good rules load alongside bad ones", () => {
    const good = rows.filter((r) => r.code === "ok").map((r) => r.file);
    for (const file of good) expect(batch.rules.some((rule) => rule.file?.endsWith("/" + file)), file).toBe(true);
  });
});

describe("decoding rule files", () => {
  it("drops a UTF-8 BOM and keeps CRLF text as it is", () => {
    expect(decodeRuleFile(Buffer.from("\uFEFFa: 1\r\n"))).toEqual({ text: "a: 1\r\n" });
  });
  it("finds the first invalid UTF-8 byte (truncated, overlong, surrogate, Latin-1)", () => {
    expect(firstInvalidUtf8(Buffer.from("héllo ✓ 😀"))).toBeUndefined();
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
  it("does not count a BOM as a column", () => {
    const d = decodeRuleFile(Buffer.concat([Buffer.from("\uFEFFab"), Buffer.from([0xe9])]), "f.yml");
    expect(d).toMatchObject({ diagnostic: { code: "input/encoding", line: 1, column: 3 } });
  });
  it("points at the line and character column of the bad byte", () => {
    const d = decodeRuleFile(Buffer.concat([Buffer.from("a: 1\nbé: "), Buffer.from([0xff])]), "f.yml");
    expect(d).toMatchObject({ diagnostic: { code: "input/encoding", file: "f.yml", line: 2, column: 5 } });
  });
});

describe("CLI on a mixed batch", () => {
  const work = mkdtempSync(join(tmpdir(), "rulecast-bad-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("validate --json reports every file and exits 1; the good files alone exit 0", () => {
    const all = cli(["validate", badDir, "--json"]);
    expect(all.status).toBe(1);
    const records = all.stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; ok: boolean });
    for (const row of expectedRows()) {
      const rec = records.filter((r) => r.file?.endsWith("/" + row.file));
      expect(rec.length, row.file).toBeGreaterThan(0);
      if (row.code === "ok") expect(rec.every((r) => r.ok), row.file).toBe(true);
    }
    const goodDir = join(work, "good");
    spawnSync("mkdir", ["-p", goodDir]);
    for (const row of expectedRows().filter((r) => r.code === "ok")) copyFileSync(join(badDir, row.file), join(goodDir, row.file));
    expect(cli(["validate", goodDir]).status).toBe(0);
  });

  it("convert converts every good rule and reports every bad one (exit 1)", () => {
    const r = cli(["convert", badDir, "--to", "sigma", "--json"]);
    expect(r.status).toBe(1);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; ok: boolean; output?: unknown });
    for (const row of expectedRows().filter((x) => x.code === "ok" && x.file.endsWith(".yml"))) {
      const rec = records.find((x) => x.file?.endsWith("/" + row.file));
      expect(rec?.ok, row.file).toBe(true);
      expect(rec?.output, row.file).toBeDefined();
    }
    for (const row of expectedRows().filter((x) => x.severity === "error")) {
      expect(records.some((x) => x.file?.endsWith("/" + row.file) && !x.ok), row.file).toBe(true);
    }
  });

  it("run reports broken, huge and non-object NDJSON lines and keeps going", () => {
    const rule = join(work, "create.yml");
    writeFileSync(rule, readFileSync(join(badDir, "ok-plain.yml"), "utf8").replace("Image|endswith: '\\\\cmd.exe'", "verb: create"));
    const lines = [
      JSON.stringify({ verb: "create", n: 1 }),
      "not json at all",
      "[1,2,3]",
      '"a string"',
      "42",
      "null",
      '{"verb":"create","truncated":',
      "",
      JSON.stringify({ verb: "create", big: "x".repeat(5_000_000) }),
      "\u0000\u0001binary\u00ff",
      JSON.stringify({ verb: "create", n: 2 }),
      JSON.stringify({ verb: "delete" }),
    ];
    const events = join(work, "events.jsonl");
    writeFileSync(events, lines.join("\n") + "\n");
    const r = cli(["run", rule, "--events", events]);
    expect(r.status).toBe(0);
    const hits = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number });
    expect(hits.map((h) => h.line)).toEqual([1, 9, 11]);
    const warned = [...r.stderr.matchAll(/events\.jsonl:(\d+):\d+: warning\[run\/invalid-event\]/g)].map((m) => Number(m[1]));
    expect(warned).toEqual([2, 3, 4, 5, 6, 7, 10]);
  });
});
