import type { LogSource, Rule } from "../ast/rule.js";

/**
 * What the input events are, as far as routing rules goes: Sigma's product / category /
 * service, Splunk's source / sourcetype / index. Unset keys constrain nothing.
 */
export interface InputLogSource {
  readonly product?: string;
  readonly category?: string;
  readonly service?: string;
  readonly source?: string;
  readonly sourcetype?: string;
  readonly index?: string;
}

const KEYS = ["product", "category", "service", "source", "sourcetype", "index"] as const;

/** A malformed `--logsource` value (a command-line error, not a rule error). */
export class LogSourceOptionError extends Error {
  override readonly name = "LogSourceOptionError";
}

/** Parses `product=kubernetes,service=audit` (the `--logsource` option). */
export function parseLogSourceOption(text: string): InputLogSource {
  const out: Record<string, string> = {};
  for (const part of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? "" : part.slice(0, eq).trim();
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new LogSourceOptionError(`--logsource: expected key=value with key one of ${KEYS.join(", ")}, got ${JSON.stringify(part)}`);
    }
    out[key] = part.slice(eq + 1).trim();
  }
  return out;
}

/** True when no key is set: every rule then runs as if its log source matched. */
export function isUnspecified(input: InputLogSource): boolean {
  return KEYS.every((k) => input[k] === undefined);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Splunk metadata values may be wildcards (`source=*kube*`). */
function splunkValueMatches(ruleValue: string, input: string): boolean {
  if (!ruleValue.includes("*")) return same(ruleValue, input);
  const re = new RegExp("^" + ruleValue.split("*").map((p) => p.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join(".*") + "$", "is");
  return re.test(input);
}

/**
 * Does a rule apply to input of this log source? A rule's log source key that the input
 * also names must agree (case-insensitively); keys only one side names do not constrain.
 * Sigma rules are routed by product/category/service, Splunk rules by source/sourcetype/index.
 */
export function ruleAppliesTo(rule: Rule, input: InputLogSource): boolean {
  const ls: LogSource = rule.logsource;
  for (const k of ["product", "category", "service"] as const) {
    const want = ls[k];
    const have = input[k];
    if (want !== undefined && have !== undefined && !same(want, have)) return false;
  }
  const splunk = ls.splunk;
  if (splunk) {
    for (const k of ["source", "sourcetype", "index"] as const) {
      const want = splunk[k];
      const have = input[k];
      if (want && want.length > 0 && have !== undefined && !want.some((w) => splunkValueMatches(w, have))) return false;
    }
  }
  return true;
}
