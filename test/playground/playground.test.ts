/// <reference lib="dom" />
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`playground test skipped: ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`);

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };

/** A static file server on 127.0.0.1 for the built page (module scripts need http, not file://). */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dir, path === "" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => {
    const addr = server.address();
    ok({ server, url: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/` });
  }));
}

describe.skipIf(!haveChromium)("playground in headless Chromium", () => {
  let out: string;
  let server: Server | undefined;
  let url: string;
  let browser: import("playwright-core").Browser;

  beforeAll(async () => {
    // Build the page exactly as `npm run playground:build` does, into a temp folder.
    out = mkdtempSync(join(tmpdir(), "rulecast-playground-"));
    const { build } = await import("vite");
    await build({ configFile: join(root, "playground/vite.config.ts"), logLevel: "silent", build: { outDir: out, emptyOutDir: true } });
    ({ server, url } = await serve(out));
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** Opens the page, collecting console errors and any request that leaves 127.0.0.1. */
  async function open() {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    const external: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("request", (r) => !r.url().startsWith(url) && !r.url().startsWith("data:") && external.push(r.url()));
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    return { page, errors, external };
  }

  it("renders a seed Splunk detection: AST, Lucene, DSL, ES|QL, Sigma and SPL side by side", async () => {
    const { page, errors, external } = await open();
    const seed = await page.$$eval("#example option", (opts) => opts.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
    const pod = seed.find((o) => /^Splunk: .*Pod Created in Default Namespace/i.test(o.text));
    expect(pod, `examples offered: ${seed.map((s) => s.text).join(", ")}`).toBeDefined();
    await page.selectOption("#example", pod!.value);
    await page.waitForFunction(() => document.querySelectorAll(".panel").length >= 2);
    const panels = await page.$$eval(".panel", (els) => els.map((e) => ({ target: (e as HTMLElement).dataset.target, failed: e.classList.contains("failed"), text: e.querySelector("pre")?.textContent ?? "" })));
    const byName = new Map(panels.map((p) => [p.target, p]));
    expect(byName.get("ast")?.text).toContain('"kind": "Rule"');
    expect(byName.get("ast")?.text).toContain("objectRef.namespace");
    await page.screenshot({ path: join(tmpdir(), "rulecast-playground.png"), fullPage: true });
    for (const name of ["lucene", "dsl", "esql", "sigma", "spl"]) {
      const p = byName.get(name);
      expect(p, `panel ${name}`).toBeDefined();
      expect(p!.text.trim().length, `panel ${name} is empty`).toBeGreaterThan(0);
    }
    expect(byName.get("lucene")!.text).toContain("objectRef.namespace:");
    expect(byName.get("dsl")!.text).toContain("kube-system");
    expect(byName.get("sigma")!.text).toMatch(/detection:/);
    expect(byName.get("esql")!.text).toMatch(/FROM|WHERE/);
    // Kept in the temp dir (outside the project) so a person can look at it.
    const shot = join(tmpdir(), "rulecast-playground.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    expect(external, "the page must not contact any server").toEqual([]);
    await page.close();
  });

  it("shows diagnostics with line and column for a broken rule, and jumps to them", async () => {
    const { page } = await open();
    await page.fill("#source", "title: broken\nlogsource:\n  product: kubernetes\ndetection:\n  sel:\n    verb|contain: create\n  condition: sel\n");
    await page.waitForFunction(() => document.querySelector("#diagnostics li.error") !== null);
    const text = await page.textContent("#diagnostics");
    expect(text).toContain("sigma/unknown-modifier");
    expect(text).toMatch(/6:\d+/);
    await page.click("#diagnostics li.error");
    const selected = await page.evaluate(() => {
      const ta = document.querySelector("#source") as HTMLTextAreaElement;
      return ta.value.slice(0, ta.selectionStart).split("\n").length;
    });
    expect(selected).toBe(6);
    await page.close();
  });

  it("keeps rule text out of the DOM as markup (no HTML injection)", async () => {
    const { page, errors } = await open();
    await page.fill("#source", 'title: <img src=x onerror="window.__pwned=1">\nlogsource:\n  product: k\ndetection:\n  sel:\n    f: "<script>window.__pwned=1</script>"\n  condition: sel\n');
    await page.waitForFunction(() => document.querySelector(".panel.ast") !== null);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$("img[src=x]")).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("restores a shared link (rule text in the URL fragment)", async () => {
    const { page } = await open();
    await page.fill("#source", "index=main sourcetype=kube:audit verb=delete");
    await page.selectOption("#format", "spl");
    await page.waitForFunction(() => location.hash.length > 10);
    const link = page.url();
    const other = await browser.newPage();
    await other.goto(link);
    await other.waitForSelector("body[data-ready=true]");
    expect(await other.inputValue("#source")).toBe("index=main sourcetype=kube:audit verb=delete");
    expect(await other.textContent(".panel.lucene pre")).toMatch(/^verb:/);
    await other.close();
    await page.close();
  });

  it("renders the grammar syntax diagrams (grammar/*.html) offline", async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on("request", (r) => !r.url().startsWith("file:") && external.push(r.url()));
    for (const name of ["sigma-condition.html", "spl.html"]) {
      await page.goto("file://" + join(root, "grammar", name));
      await page.waitForSelector("svg.railroad-diagram", { timeout: 15_000 });
      expect(await page.$$eval("svg.railroad-diagram", (s) => s.length)).toBeGreaterThan(1);
    }
    expect(external).toEqual([]);
    await page.close();
  });
});
