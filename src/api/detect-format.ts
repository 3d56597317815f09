import type { RuleFormat } from "../ast/rule.js";

/**
 * Tells a rule file's format from its name and content:
 * `*.spl` -> raw SPL; YAML with a top-level `search:` key -> Splunk detection;
 * YAML with `detection:`, `correlation:` or `filter:` -> Sigma. `undefined` when none fits.
 */
export function detectFormat(text: string, file?: string): RuleFormat | undefined {
  if (file && /\.spl$/i.test(file)) return "spl";
  // Top-level keys only: a line starting at column 0 with `key:`.
  const keys = new Set<string>();
  for (const m of text.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm)) keys.add(m[1]!);
  if (keys.has("detection") || keys.has("correlation") || (keys.has("filter") && keys.has("logsource"))) return "sigma";
  if (keys.has("search")) return "splunk";
  if (keys.has("action") && keys.has("logsource")) return "sigma"; // multi-document `action: global` header
  return undefined;
}

/** File names the directory walk treats as rule files. */
export function isRuleFileName(name: string): boolean {
  return /\.(ya?ml|spl)$/i.test(name);
}
