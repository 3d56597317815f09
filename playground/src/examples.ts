/**
 * Example inputs: the project's own rules (rules/), bundled as text at build time, plus a
 * raw SPL search. Macro definition files (`macros/*.yml`) become the default macro table.
 */
export interface Example {
  readonly title: string;
  readonly format: "auto" | "sigma" | "splunk" | "spl";
  readonly text: string;
}

const ruleFiles = import.meta.glob<string>("../../rules/**/*.{yml,yaml,spl}", { query: "?raw", import: "default", eager: true });

const isMacroFile = (path: string) => /\/macros\//.test(path);

/** The title of a rule file: its `title:` (Sigma) or `name:` (Splunk), else the file name. */
function titleOf(path: string, text: string): string {
  const m = /^(?:title|name):\s*(.+)$/m.exec(text);
  const kind = /^search:/m.test(text) ? "Splunk" : path.endsWith(".spl") ? "SPL" : "Sigma";
  return `${kind}: ${m ? m[1]!.trim().replace(/^['"]|['"]$/g, "") : path.split("/").pop()}`;
}

export const EXAMPLES: readonly Example[] = [
  ...Object.entries(ruleFiles)
    .filter(([path]) => !isMacroFile(path))
    .map(([path, text]) => ({ title: titleOf(path, text), format: "auto" as const, text }))
    .sort((a, b) => a.title.localeCompare(b.title)),
  {
    title: "SPL: a raw search",
    format: "spl",
    text: 'index=k8s sourcetype=kube:audit verb=create objectRef.resource=pods NOT user.username="system:*"\n| stats count by user.username objectRef.namespace',
  },
];

/** Every bundled macro definition file, concatenated as YAML documents. */
export const DEFAULT_MACROS: string = Object.entries(ruleFiles)
  .filter(([path]) => isMacroFile(path))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, text]) => text.trim())
  .join("\n---\n");
