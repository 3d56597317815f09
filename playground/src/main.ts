/** The playground page: wires the editor to convertText and renders the panels. Text only (never innerHTML). */
import type { RuleFormat } from "../../src/index.js";
import { convertText, type PanelResult } from "./convert.js";
import { EXAMPLES, DEFAULT_MACROS } from "./examples.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>("source");
const macros = $<HTMLTextAreaElement>("macros");
const format = $<HTMLSelectElement>("format");
const example = $<HTMLSelectElement>("example");
const status = $<HTMLSpanElement>("status");
const diagnosticsList = $<HTMLUListElement>("diagnostics");
const outputs = $<HTMLElement>("outputs");

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** Selects the text at a 1-based line and column, so a diagnostic click shows its place. */
function reveal(line: number | undefined, column: number | undefined): void {
  if (line === undefined) return;
  const lines = source.value.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  offset += Math.max(0, (column ?? 1) - 1);
  source.focus();
  source.setSelectionRange(offset, Math.min(source.value.length, offset + 1));
}

function renderPanel(p: PanelResult): HTMLElement {
  const notes = p.ok && p.diagnostics.length > 0 ? `${p.diagnostics.length} note${p.diagnostics.length > 1 ? "s" : ""}` : p.ok ? "" : "not supported";
  const section = el("section", { className: `panel ${p.name}${p.ok ? "" : " failed"}` },
    el("h3", {}, document.createTextNode(p.title), el("small", { text: notes })),
    el("pre", { text: p.text }));
  section.dataset.target = p.name;
  if (p.ok && p.diagnostics.length > 0) {
    section.append(el("pre", { className: "notes", text: p.diagnostics.map((d) => `${d.severity}[${d.code}]: ${d.message}`).join("\n") }));
  }
  return section;
}

function update(): void {
  const started = performance.now();
  const result = convertText(source.value, format.value as RuleFormat | "auto", macros.value);
  const ms = performance.now() - started;
  diagnosticsList.replaceChildren(...(result.diagnostics.length === 0
    ? [el("li", { className: "none", text: result.rules.length > 0 ? "No problems." : "Nothing to show yet." })]
    : result.diagnostics.map((d) => {
      const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}` : "";
      const li = el("li", { className: d.severity }, el("code", { text: `${d.severity}[${d.code}]` }), document.createTextNode(` ${where} ${d.message}`));
      li.addEventListener("click", () => reveal(d.line, d.column));
      return li;
    })));
  outputs.replaceChildren(...result.panels.map(renderPanel));
  status.textContent = `${result.rules.length} rule${result.rules.length === 1 ? "" : "s"} · ${ms.toFixed(1)} ms`;
  // The rule travels in the URL fragment (never to a server), so a link reproduces the page.
  history.replaceState(null, "", "#" + encodeState(source.value, format.value));
}

function encodeState(text: string, fmt: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ t: text, f: fmt }));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeState(hash: string): { t: string; f: string } | undefined {
  try {
    const bin = atob(hash.replace(/-/g, "+").replace(/_/g, "/"));
    const state = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    return typeof state?.t === "string" && typeof state?.f === "string" ? state : undefined;
  } catch {
    return undefined;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

for (const [i, ex] of EXAMPLES.entries()) example.append(new Option(ex.title, String(i)));
example.addEventListener("change", () => {
  const ex = EXAMPLES[Number(example.value)];
  if (!ex) return;
  source.value = ex.text;
  format.value = ex.format;
  update();
});
source.addEventListener("input", schedule);
macros.addEventListener("input", schedule);
format.addEventListener("change", update);
macros.value = DEFAULT_MACROS;

const shared = decodeState(location.hash.slice(1));
if (shared) {
  source.value = shared.t;
  format.value = shared.f;
  example.value = "";
} else {
  source.value = EXAMPLES[0]!.text;
  format.value = EXAMPLES[0]!.format;
}
update();
document.body.dataset.ready = "true";
