/** The shared SigmaHQ corpus (`../shared/corpus/sigmahq`): rule files and regression cases, for the matcher's corpus test. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";

const SIGMAHQ = resolve(import.meta.dirname, "../..", "../shared/corpus/sigmahq");
export const sigmahqAvailable = existsSync(join(SIGMAHQ, "rules"));

function walk(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(name)) out.push(p);
  }
  return out;
}

/** Every rule file of the corpus (every top folder but regression_data). */
export function sigmahqRuleFiles(): string[] {
  return readdirSync(SIGMAHQ).sort()
    .filter((top) => top !== "regression_data" && statSync(join(SIGMAHQ, top)).isDirectory())
    .flatMap((top) => walk(join(SIGMAHQ, top), (n) => /\.ya?ml$/.test(n)));
}

/** The events of a regression JSON file: one object, an array, or several objects one after another. */
function jsonEvents(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (depth++ === 0) start = i;
    } else if ((c === "}" || c === "]") && --depth === 0) {
      const v = JSON.parse(text.slice(start, i + 1));
      out.push(...(Array.isArray(v) ? v : [v]));
    }
  }
  return out;
}

export interface RegressionCase {
  readonly dir: string;
  readonly ruleId: string;
  readonly matchCount: number;
  readonly events: unknown[];
}

/** Regression cases that have JSON events. */
export function regressionCases(): RegressionCase[] {
  const root = join(SIGMAHQ, "regression_data");
  return walk(root, (n) => n === "info.yml").flatMap((info) => {
    const doc = parseYaml(readFileSync(info, "utf8")) as { rule_metadata?: { id: string }[]; regression_tests_info?: { match_count?: number }[] };
    const dir = dirname(info);
    const events = readdirSync(dir).filter((f) => f.endsWith(".json")).flatMap((f) => jsonEvents(readFileSync(join(dir, f), "utf8")));
    const ruleId = doc.rule_metadata?.[0]?.id;
    return events.length && ruleId ? [{ dir: relative(root, dir), ruleId, matchCount: doc.regression_tests_info?.[0]?.match_count ?? 1, events }] : [];
  });
}
