// @ts-check
// The application code: the rule folder is compiled to matchers by the bundler plugin at
// build time (see build.ts). Nothing here parses YAML at run time.
import { matchers } from "./rules/?rulecast";

/**
 * The rules each event fires, by index.
 * @param {readonly unknown[]} events
 * @returns {{ event: number, rule: string, id: string }[]}
 */
export function detect(events) {
  const hits = [];
  for (const [i, event] of events.entries()) {
    for (const m of matchers) if (m.match(event)) hits.push({ event: i, rule: m.title, id: m.id });
  }
  return hits;
}

export const ruleCount = matchers.length;
